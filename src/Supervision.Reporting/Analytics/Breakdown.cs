namespace Supervision.Reporting.Analytics;

/// <summary>One row of a breakdown: a key (category code, focus area code, unit id, severity or source code) and its counts.</summary>
public sealed record Breakdown
{
    /// <summary>
    /// The key: a category code, a focus area code, a unit id (responsible unit or top-level area), or the
    /// kebab-case code of a severity or source.
    /// </summary>
    public required string Key { get; init; }

    /// <summary>The counts of the violations with this key.</summary>
    public required BreakdownCounts Counts { get; init; }
}
