using NodaTime;

namespace Supervision.Reporting;

/// <summary>The 督办通知 written into a folder by <see cref="RectificationNotices"/>, and the manifest beside them.</summary>
public sealed record NoticeSetResult
{
    /// <summary>The name of the manifest written beside the notices.</summary>
    public const string ManifestFileName = "manifest.json";

    /// <summary>The as-of date of the notices.</summary>
    public required LocalDate AsOf { get; init; }

    /// <summary>The reply-by date every notice gives.</summary>
    public required LocalDate ReplyBy { get; init; }

    /// <summary>The file format of the notices.</summary>
    public required BulletinFormat Format { get; init; }

    /// <summary>One notice per responsible unit with overdue findings, in the round's order of units.</summary>
    public required EquatableArray<NoticeFile> Files { get; init; }

    /// <summary>Overdue findings that have no responsible unit, and so are in no notice.</summary>
    public EquatableArray<string> UnassignedFindingIds { get; init; } = [];
}
