using System.Globalization;

namespace Supervision.Reporting.Validation;

/// <summary>
/// One problem found in a round: where it is (a JSON path such as
/// <c>$.findings[3].rectification.deadline</c>, and the line and column when read from a file), the rule
/// it breaks and how serious it is. Messages name ids, dates and codes, never a person's name.
/// </summary>
public sealed record ValidationProblem
{
    /// <summary>Error or warning.</summary>
    public required ProblemSeverity Severity { get; init; }

    /// <summary>The JSON path of the value concerned (e.g. <c>$.findings[3].rectification.deadline</c>).</summary>
    public required string Path { get; init; }

    /// <summary>What is wrong, stating the rule.</summary>
    public required string Message { get; init; }

    /// <summary>A short stable name of the rule (e.g. <c>reference</c>, <c>date-order</c>, <c>unknown-property</c>).</summary>
    public required string Rule { get; init; }

    /// <summary>The 1-based line in the source file, when known.</summary>
    public int? Line { get; init; }

    /// <summary>The 1-based column (in characters) in the source file, when known.</summary>
    public int? Column { get; init; }

    /// <summary>Formats the problem as one line: <c>error $.path (line 12, column 5): message</c>.</summary>
    public override string ToString()
    {
        var severity = Severity == ProblemSeverity.Error ? "error" : "warning";
        var position = Line is { } line
            ? string.Create(CultureInfo.InvariantCulture, $" (line {line}, column {Column ?? 1})")
            : string.Empty;
        return $"{severity} {Path}{position}: {Message}";
    }
}
