using NodaTime;

namespace Supervision.Reporting.Domain;

/// <summary>
/// A finding (发现问题): a problem found during a round (<see cref="FindingKind.Violation"/>, to be
/// rectified) or a service problem solved for the public (<see cref="FindingKind.Service"/>, 办实事, counted apart).
/// </summary>
public sealed record Finding
{
    /// <summary>The id, unique within the round; the ledger's 问题编号.</summary>
    public required string Id { get; init; }

    /// <summary>The id of the inspection that found it, when any.</summary>
    public string? InspectionId { get; init; }

    /// <summary>Where the finding came from.</summary>
    public FindingSource Source { get; init; } = FindingSource.Inspection;

    /// <summary>The date it was found.</summary>
    public required LocalDate FoundOn { get; init; }

    /// <summary>The id of the inspected unit where it was found.</summary>
    public string? UnitId { get; init; }

    /// <summary>The id of the unit responsible for rectifying it (责任单位).</summary>
    public string? ResponsibleUnitId { get; init; }

    /// <summary>The ids of the people responsible (责任人).</summary>
    public EquatableArray<string> ResponsiblePersonIds { get; init; } = [];

    /// <summary>The id of the person, a leader, who supervises the rectification (分管领导: "one problem, one leader, one office"), when recorded.</summary>
    public string? SupervisingLeaderId { get; init; }

    /// <summary>The id of the unit (an office or department) that leads the rectification (牵头科室), when recorded.</summary>
    public string? LeadOfficeId { get; init; }

    /// <summary>The category code (built-in or defined by the round).</summary>
    public required string CategoryCode { get; init; }

    /// <summary>The code of the focus area, when any.</summary>
    public string? FocusAreaCode { get; init; }

    /// <summary>How serious it is.</summary>
    public Severity Severity { get; init; } = Severity.General;

    /// <summary>Violation (to rectify) or service problem.</summary>
    public FindingKind Kind { get; init; } = FindingKind.Violation;

    /// <summary>A one-line summary.</summary>
    public required string Summary { get; init; }

    /// <summary>The full description.</summary>
    public string? Description { get; init; }

    /// <summary>The rectification; required for a violation, optional for a service problem.</summary>
    public Rectification? Rectification { get; init; }

    /// <summary>True for a problem to rectify (not a service problem).</summary>
    public bool IsViolation => Kind == FindingKind.Violation;
}
