using NodaTime;

namespace Supervision.Reporting.Analytics;

/// <summary>A violation overdue on the as-of date (逾期未整改).</summary>
public sealed record OverdueFinding
{
    /// <summary>The finding id.</summary>
    public required string FindingId { get; init; }

    /// <summary>The effective deadline on the as-of date (after extensions granted on or before it).</summary>
    public required LocalDate EffectiveDeadline { get; init; }

    /// <summary>Calendar days from the effective deadline to the as-of date (at least 1).</summary>
    public required int DaysOverdue { get; init; }

    /// <summary>Working days in (effective deadline, as-of date]; may be 0 when only days off have passed.</summary>
    public required int WorkingDaysOverdue { get; init; }
}
