using NodaTime;

namespace Supervision.Reporting.Domain;

/// <summary>One visit or check by an inspection group (监督检查) on a date, to one or more units.</summary>
public sealed record Inspection
{
    /// <summary>The id, unique within the round.</summary>
    public required string Id { get; init; }

    /// <summary>The id of the group that inspected.</summary>
    public required string GroupId { get; init; }

    /// <summary>The date of the inspection.</summary>
    public required LocalDate Date { get; init; }

    /// <summary>The ids of the units visited (at least one).</summary>
    public EquatableArray<string> UnitIds { get; init; } = [];

    /// <summary>How the inspection was carried out.</summary>
    public required InspectionMethod Method { get; init; }

    /// <summary>Free notes.</summary>
    public string? Notes { get; init; }
}
