using NodaTime;

namespace Supervision.Reporting;

/// <summary>How to import a returned rectification ledger (回收整改台账).</summary>
public sealed record LedgerImportOptions
{
    private readonly AnalyticsOptions _analytics = AnalyticsOptions.Default;

    /// <summary>
    /// The date the returned ledger reports on (填报日期): progress notes and status changes are recorded in the
    /// progress history with this date, unless the row has its own progress date column (进展日期/填报日期).
    /// There is no default: the library never reads the clock.
    /// </summary>
    public required LocalDate ReportedOn { get; init; }

    /// <summary>
    /// The ledger's as-of date when its subtitle (截至YYYY年M月D日) has been deleted; by default
    /// <see cref="ReportedOn"/>. The subtitle, when present, wins.
    /// </summary>
    public LocalDate? LedgerAsOf { get; init; }

    /// <value>The working-day calendar used to check the changed findings (deadlines in working days), the same
    /// settings as the ledger's; <see cref="AnalyticsOptions.Default"/> (China's calendar) by default.</value>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public AnalyticsOptions Analytics { get => _analytics; init => _analytics = Guard.NotNull(value); }
}
