using NodaTime;

namespace Supervision.Reporting;

/// <summary>One 督办通知 written by <see cref="RectificationNotices"/>: the unit it is sent to, its file and what it lists.</summary>
public sealed record NoticeFile
{
    /// <summary>The id of the responsible unit (主送).</summary>
    public required string UnitId { get; init; }

    /// <summary>The unit's name.</summary>
    public required string UnitName { get; init; }

    /// <summary>The file name in the folder, e.g. <c>05-全州县卫生健康局.pdf</c>: numbered like the split ledger of the same unit.</summary>
    public required string FileName { get; init; }

    /// <summary>The ids of the unit's overdue findings, in the round's order: exactly those <see cref="RoundAnalytics"/> counts overdue.</summary>
    public required EquatableArray<string> FindingIds { get; init; }

    /// <summary>The ids of the unit's findings due soon, listed in the 提醒 section; empty unless <see cref="NoticeOptions.IncludeDueSoon"/>.</summary>
    public EquatableArray<string> DueSoonIds { get; init; } = [];

    /// <summary>The date by which the unit is to report in writing.</summary>
    public required LocalDate ReplyBy { get; init; }

    /// <summary>The document number printed, when any.</summary>
    public string? DocumentNumber { get; init; }

    /// <summary>The rendering result: pages (PDF) and warnings.</summary>
    public required BulletinResult Document { get; init; }
}
