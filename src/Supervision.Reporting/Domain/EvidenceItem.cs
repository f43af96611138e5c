using NodaTime;

namespace Supervision.Reporting.Domain;

/// <summary>An item of evidence a unit submits for a rectification (佐证材料): a document, photo or record.</summary>
public sealed record EvidenceItem
{
    /// <summary>What the item is, e.g. 检查站24小时值守排班表.</summary>
    public required string Title { get; init; }

    /// <summary>The file name or a reference to where the item is kept (an archive number, a document number), when any.</summary>
    public string? File { get; init; }

    /// <summary>The date of the item or of its submission, when known.</summary>
    public LocalDate? Date { get; init; }
}
