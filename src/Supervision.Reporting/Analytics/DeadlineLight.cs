namespace Supervision.Reporting.Analytics;

/// <summary>
/// The deadline light of a finding on an as-of date (整改亮灯), as shown in rectification ledgers (docs/analytics.md).
/// </summary>
/// <remarks>
/// The rules are applied in this order: green (rectified), blue (ongoing), red (overdue), yellow (due soon),
/// else none. See <see cref="RoundAnalytics.LightOf(Domain.Finding, NodaTime.LocalDate, AnalyticsOptions)"/>.
/// </remarks>
public enum DeadlineLight
{
    /// <summary>No light: open and not due soon, no deadline, no rectification, or not yet found on the as-of date.</summary>
    None,

    /// <summary>Green (绿灯): rectified on or before the as-of date.</summary>
    Green,

    /// <summary>Yellow (黄灯): open, and the effective deadline is on or after the as-of date and within <see cref="AnalyticsOptions.DueSoonWorkingDays"/> working days of it.</summary>
    Yellow,

    /// <summary>Red (红灯): overdue — not rectified and the effective deadline is before the as-of date.</summary>
    Red,

    /// <summary>Blue (蓝灯): rectified in the ongoing mode (长期坚持) and not yet rectified.</summary>
    Blue,
}
