using Supervision.Reporting.Calendar;

namespace Supervision.Reporting;

/// <summary>Settings of the analytics: the working-day calendar and the deadline-light threshold.</summary>
/// <remarks>Invalid values are rejected when set, so an options instance is always usable.</remarks>
public sealed record AnalyticsOptions
{
    private readonly WorkingDayCalendar _calendar = WorkingDayCalendar.China;
    private readonly int _dueSoonWorkingDays = 3;

    /// <summary>The default options: the China State Council calendar and a 3-working-day yellow threshold.</summary>
    public static AnalyticsOptions Default { get; } = new();

    /// <summary>The working-day calendar for deadlines given in working days, overdue working days, time to rectify and aging.</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public WorkingDayCalendar Calendar
    {
        get => _calendar;
        init => _calendar = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>
    /// A finding is yellow (due soon) when open and its effective deadline is on or after the as-of date and at
    /// most this many working days after it; 3 by default (docs/analytics.md).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public int DueSoonWorkingDays
    {
        get => _dueSoonWorkingDays;
        init => _dueSoonWorkingDays = value >= 0
            ? value
            : throw new ArgumentOutOfRangeException(nameof(value), value, "DueSoonWorkingDays must be 0 or more.");
    }
}
