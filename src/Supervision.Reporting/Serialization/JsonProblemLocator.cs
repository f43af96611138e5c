using System.Text.Json;

namespace Supervision.Reporting.Serialization;

// Finds the line and column of JSON paths in the source text. Run only when there are problems,
// so a valid file is parsed once.
internal static class JsonProblemLocator
{
    public static Dictionary<string, (int Line, int Column)> Locate(ReadOnlySpan<byte> utf8, IReadOnlyCollection<string> paths)
    {
        var wanted = new HashSet<string>(paths, StringComparer.Ordinal);
        var offsets = new Dictionary<string, long>(StringComparer.Ordinal);
        AddAncestors(wanted);
        try
        {
            Walk(utf8, wanted, offsets);
        }
        catch (JsonException)
        {
            // The problems of a broken document carry their own positions.
        }

        var found = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            // A missing property is placed at the object that lacks it.
            for (var p = path; p is not null; p = JsonPath.Parent(p))
            {
                if (offsets.TryGetValue(p, out var offset))
                {
                    found[path] = offset;
                    break;
                }
            }
        }

        var positions = new TextPositions(utf8).AtAll(found.Values);
        var result = new Dictionary<string, (int, int)>(found.Count, StringComparer.Ordinal);
        foreach (var (path, offset) in found)
        {
            result[path] = positions[offset];
        }

        return result;
    }

    private static void AddAncestors(HashSet<string> wanted)
    {
        foreach (var path in wanted.ToArray())
        {
            for (var p = JsonPath.Parent(path); p is not null; p = JsonPath.Parent(p))
            {
                wanted.Add(p);
            }
        }

        wanted.Add("$");
    }

    private static void Walk(ReadOnlySpan<byte> utf8, HashSet<string> wanted, Dictionary<string, long> offsets)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        var frames = new Stack<Frame>();
        string? pendingName = null;
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    pendingName = reader.GetString() ?? string.Empty;
                    Record(JsonPath.Property(frames.Peek().Path, pendingName), reader.TokenStartIndex);
                    break;
                case JsonTokenType.StartObject:
                case JsonTokenType.StartArray:
                    var path = ValuePath();
                    Record(path, reader.TokenStartIndex);
                    frames.Push(new Frame(path, reader.TokenType == JsonTokenType.StartArray));
                    break;
                case JsonTokenType.EndObject:
                case JsonTokenType.EndArray:
                    frames.Pop();
                    break;
                default:
                    Record(ValuePath(), reader.TokenStartIndex);
                    break;
            }
        }

        string ValuePath()
        {
            if (frames.Count == 0)
            {
                return "$";
            }

            var frame = frames.Peek();
            if (frame.IsArray)
            {
                return JsonPath.Item(frame.Path, frame.NextIndex++);
            }

            return JsonPath.Property(frame.Path, pendingName ?? string.Empty);
        }

        void Record(string path, long offset)
        {
            if (wanted.Contains(path))
            {
                offsets.TryAdd(path, offset);
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
