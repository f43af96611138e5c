using NodaTime;

namespace Supervision.Reporting.Analytics;

/// <summary>One day of the daily series (日报): what happened that day and the running totals at its end.</summary>
public sealed record DailyEntry
{
    /// <summary>The day.</summary>
    public required LocalDate Date { get; init; }

    /// <summary>Violations found that day.</summary>
    public required int Found { get; init; }

    /// <summary>Violations rectified (completed) that day.</summary>
    public required int Rectified { get; init; }

    /// <summary>Violations closed that day.</summary>
    public required int Closed { get; init; }

    /// <summary>Violations found on or before the day (including any found before the round's period).</summary>
    public required int CumulativeFound { get; init; }

    /// <summary>Violations rectified on or before the day.</summary>
    public required int CumulativeRectified { get; init; }

    /// <summary>Violations closed on or before the day.</summary>
    public required int CumulativeClosed { get; init; }

    /// <summary>Open violations at the end of the day: cumulative found minus cumulative rectified.</summary>
    public int Open => CumulativeFound - CumulativeRectified;
}
