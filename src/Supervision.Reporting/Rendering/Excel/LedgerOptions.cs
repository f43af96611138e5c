using NodaTime;
using Supervision.Reporting.Analytics;
using Supervision.Reporting.Domain;
using Supervision.Reporting.Privacy;

namespace Supervision.Reporting.Rendering.Excel;

/// <summary>How to write a rectification ledger (整改台账).</summary>
public sealed record LedgerOptions
{
    /// <summary>The as-of date (截至日期): nothing after it counts, and the deadline lights are as of it. There is no default: the library never reads the clock.</summary>
    public required LocalDate AsOf { get; init; }

    /// <summary>Internal (full names, the default) or public (masked per docs/bulletins.md, "Names").</summary>
    public Audience Audience { get; init; } = Audience.Internal;

    /// <summary>The language of sheet names, headers, labels and date formats; simplified Chinese by default.</summary>
    public Language Language { get; init; } = Language.ZhHans;

    /// <summary>The paper the sheets are set up to print on; A4 by default.</summary>
    public LedgerPaper Paper { get; init; } = LedgerPaper.A4;

    /// <summary>The optional detail columns to show; all by default.</summary>
    public LedgerOptionalColumns OptionalColumns { get; init; } = LedgerOptionalColumns.All;

    /// <summary>
    /// The working-day calendar (for deadlines given in working days) and the deadline-light threshold (an open
    /// problem due within <see cref="AnalyticsOptions.DueSoonWorkingDays"/> working days shows yellow, 黄灯):
    /// the same settings as the statistics, so the ledger and the statistics agree. China's calendar and 3 days by default.
    /// </summary>
    public AnalyticsOptions Analytics { get; init; } = AnalyticsOptions.Default;

    /// <summary>The title above the detail sheet; by default the authority and round title followed by 问题整改台账.</summary>
    public string? Title { get; init; }
}
