namespace Supervision.Reporting.Domain;

/// <summary>An inspection group (监督检查组) of a round.</summary>
public sealed record InspectionGroup
{
    /// <summary>The id, unique within the round.</summary>
    public required string Id { get; init; }

    /// <summary>The name (e.g. 第一监督检查组).</summary>
    public required string Name { get; init; }

    /// <summary>How the group is composed.</summary>
    public GroupComposition Composition { get; init; } = GroupComposition.Other;

    /// <summary>The group leader's name (组长), when given.</summary>
    public string? Leader { get; init; }

    /// <summary>The members' names.</summary>
    public EquatableArray<string> Members { get; init; } = [];

    /// <summary>The ids of the units (areas) the group is responsible for.</summary>
    public EquatableArray<string> AreaIds { get; init; } = [];
}
