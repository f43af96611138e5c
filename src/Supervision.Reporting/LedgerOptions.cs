using NodaTime;
using Supervision.Reporting.Analytics;
using Supervision.Reporting.Domain;

namespace Supervision.Reporting;

/// <summary>How to write a rectification ledger (整改台账).</summary>
public sealed record LedgerOptions
{
    private readonly Audience _audience = Audience.Internal;
    private readonly Language _language = Language.ZhHans;
    private readonly LedgerPaper _paper = LedgerPaper.A4;
    private readonly LedgerOptionalColumns _optionalColumns = LedgerOptionalColumns.All;
    private readonly AnalyticsOptions _analytics = AnalyticsOptions.Default;
    private readonly string? _title;

    /// <summary>The as-of date (截至日期): nothing after it counts, and the deadline lights are as of it. There is no default: the library never reads the clock.</summary>
    public required LocalDate AsOf { get; init; }

    /// <summary>Internal (full names, the default) or public (masked per docs/bulletins.md, "Names").</summary>
    public Audience Audience { get => _audience; init => _audience = Guard.Defined(value); }

    /// <summary>The language of sheet names, headers, labels and date formats; simplified Chinese by default.</summary>
    public Language Language { get => _language; init => _language = Guard.Defined(value); }

    /// <summary>The paper the sheets are set up to print on; A4 by default.</summary>
    public LedgerPaper Paper { get => _paper; init => _paper = Guard.Defined(value); }

    /// <summary>The optional detail columns to show; <see cref="LedgerOptionalColumns.All"/> by default (add <see cref="LedgerOptionalColumns.OfficeFields"/> for 分管领导, 牵头科室, 佐证材料 and 验收).</summary>
    public LedgerOptionalColumns OptionalColumns
    {
        get => _optionalColumns;
        init => _optionalColumns = (value & ~(LedgerOptionalColumns.All | LedgerOptionalColumns.OfficeFields)) == 0
            ? value
            : throw new ArgumentOutOfRangeException(nameof(value), value, "OptionalColumns has undefined flags.");
    }

    /// <summary>
    /// The working-day calendar (for deadlines given in working days) and the deadline-light threshold (an open
    /// problem due within <see cref="AnalyticsOptions.DueSoonWorkingDays"/> working days shows yellow, 黄灯):
    /// the same settings as the statistics, so the ledger and the statistics agree. China's calendar and 3 days by default.
    /// </summary>
    public AnalyticsOptions Analytics { get => _analytics; init => _analytics = Guard.NotNull(value); }

    /// <summary>The title above the detail sheet; by default the authority and round title followed by 问题整改台账.</summary>
    public string? Title { get => _title; init => _title = Guard.MaxLength(value, RoundValidator.MaxNameLength); }
}
