using System.Text.Json;
using Supervision.Reporting.Validation;

namespace Supervision.Reporting.Serialization;

// Turns JSON parse failures into problems, and places problems at their line and column.
internal static class JsonProblems
{
    public static Diagnostic Syntax(ReadOnlySpan<byte> utf8Json, JsonException e)
    {
        int? line = null, column = null;
        if (e.LineNumber is { } zeroBasedLine)
        {
            (line, column) = new TextPositions(utf8Json).AtLine((int)zeroBasedLine, e.BytePositionInLine ?? 0);
        }

        return Syntax(e, line, column);
    }

    // The same, for a text read as a stream, whose reader knows the position.
    public static Diagnostic Syntax(JsonException e, TextPosition? at) => Syntax(e, at?.Line, at?.Column);

    private static Diagnostic Syntax(JsonException e, int? line, int? column)
    {
        var message = e.Message;
        foreach (var marker in new[] { " Path: ", " LineNumber: " })
        {
            var cut = message.IndexOf(marker, StringComparison.Ordinal);
            if (cut > 0)
            {
                message = message[..cut];
            }
        }

        return Diagnostic.Error(
            "syntax",
            $"the file is not valid JSON: {message.TrimEnd()}",
            DiagnosticLocation.Json(string.IsNullOrEmpty(e.Path) ? "$" : e.Path, line, column));
    }

    public static List<Diagnostic> Locate(ReadOnlySpan<byte> utf8Json, List<Diagnostic> problems)
    {
        if (problems.Count == 0)
        {
            return problems;
        }

        var positions = JsonProblemLocator.Locate(utf8Json, problems.Select(p => p.Location.Path!).Distinct(StringComparer.Ordinal).ToList());
        return
        [
            .. problems
                .Select(p => positions.TryGetValue(p.Location.Path!, out var at) ? p.At(p.Location.WithPosition(at.Line, at.Column)) : p)
                .OrderBy(p => p.Location.Line ?? int.MaxValue)
                .ThenBy(p => p.Location.Column ?? int.MaxValue),
        ];
    }
}
