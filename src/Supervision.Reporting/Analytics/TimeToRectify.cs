namespace Supervision.Reporting.Analytics;

/// <summary>
/// Working days from assignment to completion (整改用时) over the findings rectified on or before the as-of
/// date: working days in (assignedOn, completedOn], so a problem completed on the day it was assigned took 0.
/// </summary>
/// <remarks>The statistics are null when <see cref="Count"/> is 0: there is no time to report, and 0 would read as "instant".</remarks>
public sealed record TimeToRectify
{
    /// <summary>The number of rectified findings measured.</summary>
    public required int Count { get; init; }

    /// <summary>The median; the mean of the two middle values for an even count; null when there are none.</summary>
    public double? Median { get; init; }

    /// <summary>The arithmetic mean; null when there are none.</summary>
    public double? Mean { get; init; }

    /// <summary>
    /// The 90th percentile by the nearest-rank method: the value at rank ⌈0.9 × n⌉ of the ascending values
    /// (so 90% of the findings took at most this long); null when there are none.
    /// </summary>
    public double? P90 { get; init; }

    /// <summary>The shortest time; null when there are none.</summary>
    public int? Min { get; init; }

    /// <summary>The longest time; null when there are none.</summary>
    public int? Max { get; init; }
}
