using NodaTime;

namespace Supervision.Reporting.Domain;

/// <summary>A public notification (公开通报) of one or more typical findings.</summary>
public sealed record PublicNotice
{
    /// <summary>The id, unique within the round.</summary>
    public required string Id { get; init; }

    /// <summary>The notice's title.</summary>
    public required string Title { get; init; }

    /// <summary>The date it was published.</summary>
    public required LocalDate PublishedOn { get; init; }

    /// <summary>The ids of the findings it notifies.</summary>
    public EquatableArray<string> FindingIds { get; init; } = [];
}
