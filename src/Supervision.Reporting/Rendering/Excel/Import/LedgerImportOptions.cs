using NodaTime;
using Supervision.Reporting.Calendar;

namespace Supervision.Reporting.Rendering.Excel.Import;

/// <summary>How to import a returned rectification ledger (回收整改台账).</summary>
public sealed record LedgerImportOptions
{
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

    /// <summary>The working-day calendar the ledger was written with (for deadlines in working days); China's by default.</summary>
    public WorkingDayCalendar Calendar { get; init; } = WorkingDayCalendar.China;
}
