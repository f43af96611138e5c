namespace Supervision.Reporting.Analytics;

/// <summary>
/// The changes of the headline figures between two statistics (e.g. this week against last week, 较上周):
/// every delta is <see cref="Later"/> minus <see cref="Earlier"/>; rate deltas are in fraction points
/// (0.05 = five percentage points).
/// </summary>
public sealed record StatisticsComparison
{
    /// <summary>The earlier statistics.</summary>
    public required RoundStatistics Earlier { get; init; }

    /// <summary>The later statistics.</summary>
    public required RoundStatistics Later { get; init; }

    /// <summary>Calendar days between the two as-of dates.</summary>
    public int Days => NodaTime.Period.DaysBetween(Earlier.AsOf, Later.AsOf);

    /// <summary>Change in inspections.</summary>
    public int InspectionsDelta => Later.Inspections - Earlier.Inspections;

    /// <summary>Change in units visited.</summary>
    public int UnitsVisitedDelta => Later.UnitsVisited - Earlier.UnitsVisited;

    /// <summary>Change in violations found (new findings when both are of one round).</summary>
    public int FindingsDelta => Later.Findings - Earlier.Findings;

    /// <summary>Change in service problems.</summary>
    public int ServiceProblemsDelta => Later.ServiceProblems - Earlier.ServiceProblems;

    /// <summary>Change in rectified violations.</summary>
    public int RectifiedDelta => Later.Rectified - Earlier.Rectified;

    /// <summary>Change in closed violations.</summary>
    public int ClosedDelta => Later.Closed - Earlier.Closed;

    /// <summary>Change in open violations (may be negative).</summary>
    public int OpenDelta => Later.Open - Earlier.Open;

    /// <summary>Change in overdue violations (may be negative).</summary>
    public int OverdueDelta => Later.Overdue - Earlier.Overdue;

    /// <summary>Change in the rectification rate, in fraction points.</summary>
    public double RectificationRateDelta => Later.RectificationRate - Earlier.RectificationRate;

    /// <summary>Change in the closure rate, in fraction points.</summary>
    public double ClosureRateDelta => Later.ClosureRate - Earlier.ClosureRate;

    /// <summary>Change in the on-time rate, in fraction points.</summary>
    public double OnTimeRateDelta => Later.OnTimeRate - Earlier.OnTimeRate;

    /// <summary>Change in accountability person-times (人次).</summary>
    public int PersonTimesDelta => Later.Measures.PersonTimes - Earlier.Measures.PersonTimes;

    /// <summary>Change in the distinct people held accountable.</summary>
    public int PeopleDelta => Later.Measures.People - Earlier.Measures.People;
}
