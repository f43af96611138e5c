using NodaTime;

namespace Supervision.Reporting.Domain;

/// <summary>
/// A case filed for review and investigation (立案审查调查) of one person about one or more findings. A 党纪处分 or
/// 政务处分 follows a filed case; the filing is recorded on its own because it precedes the decision, often by
/// weeks, and offices count filed cases (立案N件) while they are still open.
/// </summary>
public sealed record CaseFiling
{
    /// <summary>The id, unique within the round.</summary>
    public required string Id { get; init; }

    /// <summary>The id of the person under review and investigation.</summary>
    public required string PersonId { get; init; }

    /// <summary>The ids of the findings (问题线索) the case was filed on.</summary>
    public EquatableArray<string> FindingIds { get; init; } = [];

    /// <summary>The date the case was filed (立案日期).</summary>
    public required LocalDate FiledOn { get; init; }

    /// <summary>The filing body (立案机关, e.g. 全州县纪委监委).</summary>
    public string? FiledBy { get; init; }

    /// <summary>Free notes.</summary>
    public string? Notes { get; init; }
}
