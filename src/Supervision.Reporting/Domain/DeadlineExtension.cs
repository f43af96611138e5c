using NodaTime;

namespace Supervision.Reporting.Domain;

/// <summary>An extension of a rectification deadline (延期).</summary>
public sealed record DeadlineExtension
{
    /// <summary>The date the extension was granted.</summary>
    public required LocalDate GrantedOn { get; init; }

    /// <summary>The new deadline.</summary>
    public required LocalDate NewDeadline { get; init; }

    /// <summary>Why it was granted.</summary>
    public string? Reason { get; init; }
}
