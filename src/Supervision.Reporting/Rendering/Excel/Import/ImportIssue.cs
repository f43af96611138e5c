namespace Supervision.Reporting.Rendering.Excel.Import;

/// <summary>
/// A row or cell of a returned ledger that was not applied, or that needs a look: a rejected row, an unknown id,
/// a conflict or a formula. The reason names the cell and the rule; it never quotes a person's name.
/// </summary>
public sealed record ImportIssue
{
    /// <summary>The finding's id (问题编号) on the row; null when the row has none.</summary>
    public string? FindingId { get; init; }

    /// <summary>The cell concerned, as <c>sheet!A1</c>.</summary>
    public required string Cell { get; init; }

    /// <summary>The field concerned, when the issue is about one.</summary>
    public ImportField? Field { get; init; }

    /// <summary>Why, in English, naming the rule.</summary>
    public required string Reason { get; init; }

    /// <inheritdoc/>
    public override string ToString() => FindingId is null ? $"{Cell}: {Reason}" : $"{Cell} ({FindingId}): {Reason}";
}
