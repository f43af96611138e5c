using NodaTime;
using Supervision.Reporting.Calendar;

namespace Supervision.Reporting.Domain;

/// <summary>
/// The rectification of a finding (整改): assigned on a date with a deadline (a date, or a number of
/// working days from assignment), tracked through progress reports, extensions, completion and closure (销号).
/// </summary>
/// <remarks>
/// Derived facts (effective deadline, overdue, status on a date) are computed from an as-of date passed
/// in, never from the clock.
/// </remarks>
public sealed record Rectification
{
    /// <summary>The date the problem was fed back and assigned for rectification (交办日期).</summary>
    public required LocalDate AssignedOn { get; init; }

    /// <summary>The deadline (整改时限) as a date; null when given as <see cref="WorkingDays"/> or when there is none.</summary>
    public LocalDate? Deadline { get; init; }

    /// <summary>The deadline as a number of working days from <see cref="AssignedOn"/> (N个工作日, counted from the next day).</summary>
    public int? WorkingDays { get; init; }

    /// <summary>How the problem is to be rectified.</summary>
    public RectificationMode Mode { get; init; } = RectificationMode.TimeLimited;

    /// <summary>The rectification measures (整改措施).</summary>
    public string? Measures { get; init; }

    /// <summary>The id of the person who owns the rectification.</summary>
    public string? OwnerId { get; init; }

    /// <summary>The current status as recorded.</summary>
    public required RectificationStatus Status { get; init; }

    /// <summary>The progress reports, oldest first.</summary>
    public EquatableArray<ProgressEntry> Progress { get; init; } = [];

    /// <summary>The date the rectification was completed (完成日期).</summary>
    public LocalDate? CompletedOn { get; init; }

    /// <summary>The date the problem was closed (销号日期).</summary>
    public LocalDate? ClosedOn { get; init; }

    /// <summary>Deadline extensions, in the order granted.</summary>
    public EquatableArray<DeadlineExtension> Extensions { get; init; } = [];

    /// <summary>The evidence submitted for the rectification (佐证材料), in the order recorded.</summary>
    public EquatableArray<EvidenceItem> Evidence { get; init; } = [];

    /// <summary>The verification before closure (验收), when recorded; a closed problem is expected to have one once a round records verifications.</summary>
    public ClosureVerification? Verification { get; init; }

    /// <summary>The original deadline: <see cref="Deadline"/>, or <see cref="WorkingDays"/> working days after assignment; null when there is none.</summary>
    /// <param name="calendar">The working-day calendar (used when the deadline is given in working days).</param>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    public LocalDate? OriginalDeadline(WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return Deadline ?? (WorkingDays is { } days ? calendar.AddWorkingDays(AssignedOn, days) : null);
    }

    /// <summary>
    /// The deadline in force on <paramref name="asOf"/>: the new deadline of the last extension granted on or
    /// before that date, else the original deadline; null when there is none.
    /// </summary>
    /// <param name="asOf">The as-of date.</param>
    /// <param name="calendar">The working-day calendar.</param>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    public LocalDate? EffectiveDeadline(LocalDate asOf, WorkingDayCalendar calendar)
    {
        LocalDate? extended = null;
        LocalDate latestGrant = default;
        foreach (var extension in Extensions)
        {
            // "The last extension granted": the latest grant date wins; list order breaks ties.
            if (extension.GrantedOn <= asOf && (extended is null || extension.GrantedOn >= latestGrant))
            {
                extended = extension.NewDeadline;
                latestGrant = extension.GrantedOn;
            }
        }

        return extended ?? OriginalDeadline(calendar);
    }

    /// <summary>True when the rectification was completed on or before <paramref name="asOf"/>.</summary>
    /// <param name="asOf">The as-of date.</param>
    public bool IsRectifiedAsOf(LocalDate asOf) => CompletedOn is { } done && done <= asOf;

    /// <summary>True when the problem was closed on or before <paramref name="asOf"/>.</summary>
    /// <param name="asOf">The as-of date.</param>
    public bool IsClosedAsOf(LocalDate asOf) => ClosedOn is { } closed && closed <= asOf;

    /// <summary>True when, on <paramref name="asOf"/>, the rectification is not completed and its effective deadline has passed.</summary>
    /// <param name="asOf">The as-of date.</param>
    /// <param name="calendar">The working-day calendar.</param>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    public bool IsOverdueAsOf(LocalDate asOf, WorkingDayCalendar calendar) =>
        !IsRectifiedAsOf(asOf) && EffectiveDeadline(asOf, calendar) is { } deadline && deadline < asOf;

    /// <summary>Calendar days past the effective deadline on <paramref name="asOf"/>; 0 when not overdue.</summary>
    /// <param name="asOf">The as-of date.</param>
    /// <param name="calendar">The working-day calendar.</param>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    public int DaysOverdue(LocalDate asOf, WorkingDayCalendar calendar) =>
        IsOverdueAsOf(asOf, calendar) ? Period.DaysBetween(EffectiveDeadline(asOf, calendar)!.Value, asOf) : 0;

    /// <summary>Working days past the effective deadline on <paramref name="asOf"/> (counted from the day after the deadline); 0 when not overdue.</summary>
    /// <param name="asOf">The as-of date.</param>
    /// <param name="calendar">The working-day calendar.</param>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    public int WorkingDaysOverdue(LocalDate asOf, WorkingDayCalendar calendar) =>
        IsOverdueAsOf(asOf, calendar) ? calendar.CountWorkingDays(EffectiveDeadline(asOf, calendar)!.Value, asOf) : 0;

    /// <summary>
    /// The status on <paramref name="asOf"/>: closed or rectified from the closure and completion dates, else
    /// the status of the last progress report on or before that date (open or in progress), else open.
    /// </summary>
    /// <param name="asOf">The as-of date.</param>
    public RectificationStatus StatusAsOf(LocalDate asOf)
    {
        if (IsClosedAsOf(asOf))
        {
            return RectificationStatus.Closed;
        }

        if (IsRectifiedAsOf(asOf))
        {
            return RectificationStatus.Rectified;
        }

        var status = RectificationStatus.Open;
        foreach (var entry in Progress)
        {
            if (entry.Date <= asOf && entry.Status is RectificationStatus.Open or RectificationStatus.InProgress)
            {
                status = entry.Status;
            }
        }

        return status;
    }
}
