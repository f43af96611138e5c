using System.Text.Json;
using Supervision.Reporting.Calendar;
using Supervision.Reporting.Domain;
using Supervision.Reporting.Validation;

namespace Supervision.Reporting.Serialization;

// Reading a round: one streaming pass maps the text and places the reader's own problems as it goes; the rules
// then run on the round; the few problems they find are placed by reading again only the items they concern
// (the reader kept where each item of the top-level lists starts). A valid file is read once.
internal static class RoundJsonReading
{
    // `source` is read from its current position to its end; it must be seekable (problems found by the rules
    // are placed by seeking back to their items).
    public static ReadResult<SupervisionRound> Read(Stream source, WorkingDayCalendar calendar)
    {
        var origin = source.Position;
        if (source.Length - origin > JsonTokenStream.MaxInputBytes)
        {
            return Refused(new JsonInputLimitException(TooLarge), new TextPosition(1, 1));
        }

        SupervisionRound? round;
        JsonRoundReader reader;
        long bom;
        using (var stream = new JsonTokenStream(source, new TextPosition(1, 1), skipBom: true))
        {
            bom = stream.HasBom ? 3 : 0;
            reader = new JsonRoundReader(stream);
            try
            {
                var r = stream.Begin();
                stream.Read(ref r);
                round = reader.ReadRound(ref r);
                while (stream.Read(ref r))
                {
                    // Anything after the round is a syntax error, thrown by the reader.
                }
            }
            catch (JsonException e)
            {
                return new ReadResult<SupervisionRound>(null, new DiagnosticReport([JsonProblems.Syntax(e, stream.ErrorPosition(e))]));
            }
            catch (JsonInputLimitException e)
            {
                return Refused(e, stream.Here);
            }
        }

        var problems = new List<Diagnostic>(reader.Problems);
        if (round is not null)
        {
            var unreadable = new HashSet<string>(reader.Unreadable, StringComparer.Ordinal);
            var found = new List<Diagnostic>();
            foreach (var problem in RoundValidator.Validate(round, calendar, unreadable).Diagnostics)
            {
                // A value the reader could not read was reported there; do not report it twice.
                if (!AtOrBelowAny(problem.Location.Path!, unreadable))
                {
                    found.Add(problem);
                }
            }

            problems.AddRange(Place(found, reader, source, origin + bom));
        }

        var report = new DiagnosticReport(problems.Count == 0
            ? problems
            : [.. problems.OrderBy(p => p.Location.Line ?? int.MaxValue).ThenBy(p => p.Location.Column ?? int.MaxValue)]);
        if (round is not null)
        {
            // Generators validate the rounds they are given; this one has just been judged.
            ValidatedRounds.Remember(round, calendar, report);
        }

        return new ReadResult<SupervisionRound>(round, report);
    }

    private static readonly string TooLarge = $"the input is larger than {JsonTokenStream.MaxInputBytes / (1 << 20):N0} MiB, the most a round or spec may be (docs/security.md)";

    public static ReadResult<SupervisionRound> TooLargeResult() => Refused(new JsonInputLimitException(TooLarge), new TextPosition(1, 1));

    private static ReadResult<SupervisionRound> Refused(JsonInputLimitException e, TextPosition at) =>
        new(null, new DiagnosticReport([Diagnostic.Error("size", e.Message, DiagnosticLocation.Json("$", at.Line, at.Column))]));

    private static bool AtOrBelowAny(string path, HashSet<string> ancestors)
    {
        if (ancestors.Count == 0)
        {
            return false;
        }

        for (var p = path; p is not null; p = JsonPath.Parent(p))
        {
            if (ancestors.Contains(p))
            {
                return true;
            }
        }

        return false;
    }

    // Line and column for the problems of the rules: at the token of their path, or of its nearest ancestor
    // in the document (a missing value is placed at the object that lacks it).
    private static List<Diagnostic> Place(List<Diagnostic> problems, JsonRoundReader reader, Stream source, long textStart)
    {
        var placed = new Diagnostic?[problems.Count];
        var byItem = new SortedDictionary<long, (TextPosition At, string Path, List<int> Problems)>();
        for (var i = 0; i < problems.Count; i++)
        {
            var path = problems[i].Location.Path!;
            if (ItemOf(path) is var (list, index, itemPath) && reader.Items.TryGetValue(list, out var starts) && index < starts.Count)
            {
                var (offset, at) = starts[index];
                if (!byItem.TryGetValue(offset, out var item))
                {
                    item = (at, itemPath, []);
                    byItem[offset] = item;
                }

                item.Problems.Add(i);
            }
            else
            {
                placed[i] = Nearest(problems[i], reader.Outside);
            }
        }

        foreach (var (offset, (at, itemPath, indices)) in byItem)
        {
            var wanted = new HashSet<string>(StringComparer.Ordinal);
            foreach (var i in indices)
            {
                for (var p = problems[i].Location.Path; p is not null && p.Length > itemPath.Length; p = JsonPath.Parent(p))
                {
                    wanted.Add(p);
                }
            }

            var positions = new Dictionary<string, TextPosition>(StringComparer.Ordinal) { [itemPath] = at };
            if (wanted.Count > 0)
            {
                source.Position = textStart + offset;
                Walk(source, at, itemPath, wanted, positions);
            }

            foreach (var i in indices)
            {
                placed[i] = Nearest(problems[i], positions);
            }
        }

        return [.. placed.Select(p => p!)];
    }

    private static Diagnostic Nearest(Diagnostic problem, Dictionary<string, TextPosition> positions)
    {
        for (var p = problem.Location.Path; p is not null; p = JsonPath.Parent(p))
        {
            if (positions.TryGetValue(p, out var at))
            {
                return problem.At(problem.Location.WithPosition(at.Line, at.Column));
            }
        }

        return problem;
    }

    // "$.findings[12].rectification.deadline" → ("findings", 12, "$.findings[12]").
    private static (string List, int Index, string ItemPath)? ItemOf(string path)
    {
        if (!path.StartsWith("$.", StringComparison.Ordinal))
        {
            return null;
        }

        var open = path.IndexOf('[', 2);
        var close = open < 0 ? -1 : path.IndexOf(']', open);
        if (close < 0 || path.AsSpan(2, open - 2).ContainsAny('.', '\'') ||
            !int.TryParse(path.AsSpan(open + 1, close - open - 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index))
        {
            return null;
        }

        return (path[2..open], index, path[..(close + 1)]);
    }

    // Reads one item (an object or array) from its first token, noting the first position of each wanted path.
    private static void Walk(Stream source, TextPosition at, string itemPath, HashSet<string> wanted, Dictionary<string, TextPosition> positions)
    {
        using var stream = new JsonTokenStream(source, at, skipBom: false);
        var frames = new Stack<Frame>();
        string? pendingName = null;
        try
        {
            var r = stream.Begin();
            while (stream.Read(ref r))
            {
                switch (r.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        pendingName = r.GetString() ?? string.Empty;
                        Record(JsonPath.Property(frames.Peek().Path, pendingName), ref r);
                        break;
                    case JsonTokenType.StartObject:
                    case JsonTokenType.StartArray:
                        var path = ValuePath();
                        Record(path, ref r);
                        frames.Push(new Frame(path, r.TokenType == JsonTokenType.StartArray));
                        break;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        frames.Pop();
                        if (frames.Count == 0)
                        {
                            return;
                        }

                        break;
                    default:
                        Record(ValuePath(), ref r);
                        break;
                }
            }
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or JsonInputLimitException)
        {
            // The file changed since it was read: the problems keep the position of their item.
        }

        string ValuePath()
        {
            if (frames.Count == 0)
            {
                return itemPath;
            }

            var frame = frames.Peek();
            return frame.IsArray ? JsonPath.Item(frame.Path, frame.NextIndex++) : JsonPath.Property(frame.Path, pendingName ?? string.Empty);
        }

        void Record(string path, ref Utf8JsonReader r)
        {
            if (wanted.Contains(path))
            {
                positions.TryAdd(path, stream.Position(r));
            }
        }
    }

    private sealed class Frame(string path, bool isArray)
    {
        public string Path { get; } = path;

        public bool IsArray { get; } = isArray;

        public int NextIndex { get; set; }
    }
}
