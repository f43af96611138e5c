namespace Supervision.Reporting.Analytics;

/// <summary>The figures of one inspection group (监督检查组) on an as-of date.</summary>
public sealed record GroupStatistics
{
    /// <summary>The group id.</summary>
    public required string GroupId { get; init; }

    /// <summary>The group's inspections dated on or before the as-of date.</summary>
    public required int Inspections { get; init; }

    /// <summary>The distinct units visited by those inspections.</summary>
    public required int UnitsVisited { get; init; }

    /// <summary>The counts of the violations found by the group's inspections.</summary>
    public required BreakdownCounts Counts { get; init; }
}
