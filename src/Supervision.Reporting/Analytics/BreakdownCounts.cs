namespace Supervision.Reporting.Analytics;

/// <summary>The counts of one slice of a round's violations on an as-of date (one row of a breakdown).</summary>
/// <remarks>The rates are computed from the counts, so they cannot disagree with them.</remarks>
public sealed record BreakdownCounts
{
    /// <summary>Violations found on or before the as-of date.</summary>
    public required int Findings { get; init; }

    /// <summary>Of those, rectified (completed) on or before the as-of date.</summary>
    public required int Rectified { get; init; }

    /// <summary>Of those, closed (销号) on or before the as-of date.</summary>
    public required int Closed { get; init; }

    /// <summary>Of those, overdue on the as-of date.</summary>
    public required int Overdue { get; init; }

    /// <summary>Rectified / findings, a fraction in [0, 1]; 0 when there are no findings.</summary>
    public double RectificationRate => Ratio.Of(Rectified, Findings);

    /// <summary>Closed / findings, a fraction in [0, 1]; 0 when there are no findings.</summary>
    public double ClosureRate => Ratio.Of(Closed, Findings);
}
