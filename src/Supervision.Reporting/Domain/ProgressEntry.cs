using NodaTime;

namespace Supervision.Reporting.Domain;

/// <summary>A dated progress report on a rectification (整改进展).</summary>
public sealed record ProgressEntry
{
    /// <summary>The date of the report.</summary>
    public required LocalDate Date { get; init; }

    /// <summary>The status reported on that date.</summary>
    public required RectificationStatus Status { get; init; }

    /// <summary>What was reported.</summary>
    public string? Note { get; init; }
}
