using NodaTime;

namespace Supervision.Reporting.Domain;

/// <summary>
/// An accountability measure (问责处理) decided for one person about one or more findings. One person
/// may receive several measures for one case.
/// </summary>
public sealed record AccountabilityMeasure
{
    /// <summary>The id, unique within the round.</summary>
    public required string Id { get; init; }

    /// <summary>The id of the person held accountable.</summary>
    public required string PersonId { get; init; }

    /// <summary>The ids of the findings the measure is about.</summary>
    public EquatableArray<string> FindingIds { get; init; } = [];

    /// <summary>The form of the measure.</summary>
    public required MeasureForm Form { get; init; }

    /// <summary>The date of the decision.</summary>
    public required LocalDate DecidedOn { get; init; }

    /// <summary>The deciding body (e.g. 梅溪镇纪委).</summary>
    public string? DecidedBy { get; init; }

    /// <summary>
    /// The responsibility the person bears for the findings (直接责任, 主要领导责任, 重要领导责任); optional. Bulletins
    /// state it in the case narrative before the handling sentence.
    /// </summary>
    public Responsibility? Responsibility { get; init; }

    /// <summary>Free notes.</summary>
    public string? Notes { get; init; }

    /// <summary>The measure's place in the four forms (四种形态).</summary>
    public FourForms FourForms => Vocabulary.FourFormsOf(Form);
}
