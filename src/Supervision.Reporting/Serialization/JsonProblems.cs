using System.Text.Json;
using Supervision.Reporting.Validation;

namespace Supervision.Reporting.Serialization;

// Turns JSON parse failures into problems, and places problems at their line and column.
internal static class JsonProblems
{
    public static ValidationProblem Syntax(ReadOnlySpan<byte> utf8Json, JsonException e)
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

        int? line = null, column = null;
        if (e.LineNumber is { } zeroBasedLine)
        {
            (line, column) = new TextPositions(utf8Json).AtLine((int)zeroBasedLine, e.BytePositionInLine ?? 0);
        }

        return new ValidationProblem
        {
            Severity = ProblemSeverity.Error,
            Path = string.IsNullOrEmpty(e.Path) ? "$" : e.Path,
            Rule = "syntax",
            Message = $"the file is not valid JSON: {message.TrimEnd()}",
            Line = line,
            Column = column,
        };
    }

    public static List<ValidationProblem> Locate(ReadOnlySpan<byte> utf8Json, List<ValidationProblem> problems)
    {
        if (problems.Count == 0)
        {
            return problems;
        }

        var positions = JsonProblemLocator.Locate(utf8Json, problems.Select(p => p.Path).Distinct(StringComparer.Ordinal).ToList());
        return
        [
            .. problems
                .Select(p => positions.TryGetValue(p.Path, out var at) ? p with { Line = at.Line, Column = at.Column } : p)
                .OrderBy(p => p.Line ?? int.MaxValue)
                .ThenBy(p => p.Column ?? int.MaxValue),
        ];
    }
}
