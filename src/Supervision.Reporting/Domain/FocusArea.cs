namespace Supervision.Reporting.Domain;

/// <summary>A supervision focus point of a round (监督重点), e.g. F1 疫情防控责任落实情况.</summary>
public sealed record FocusArea
{
    /// <summary>The code, unique within the round (e.g. <c>F1</c>).</summary>
    public required string Code { get; init; }

    /// <summary>The title of the focus point.</summary>
    public required string Title { get; init; }
}
