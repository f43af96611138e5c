namespace Supervision.Reporting.Domain;

/// <summary>
/// A unit (单位): a place or body that is inspected or responsible for a problem — a county, a town,
/// a checkpoint, a hospital, a department. Units form a hierarchy through <see cref="ParentId"/>.
/// </summary>
public sealed record Unit
{
    /// <summary>The id, unique within the round.</summary>
    public required string Id { get; init; }

    /// <summary>The name (e.g. 全州县).</summary>
    public required string Name { get; init; }

    /// <summary>The kind of unit.</summary>
    public UnitKind Kind { get; init; } = UnitKind.Other;

    /// <summary>The id of the parent unit, or null for a root unit (e.g. the city).</summary>
    public string? ParentId { get; init; }

    /// <summary>The administrative division code (行政区划代码), when known.</summary>
    public string? DivisionCode { get; init; }
}
