using NodaTime;

namespace Supervision.Reporting.Domain;

/// <summary>A dated event of the round (工作动态): a meeting, a deployment, a guidance visit.</summary>
public sealed record RoundEvent
{
    /// <summary>The date.</summary>
    public required LocalDate Date { get; init; }

    /// <summary>The kind of event.</summary>
    public RoundEventKind Kind { get; init; } = RoundEventKind.Other;

    /// <summary>What happened.</summary>
    public required string Title { get; init; }
}
