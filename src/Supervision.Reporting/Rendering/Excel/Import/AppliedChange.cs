namespace Supervision.Reporting.Rendering.Excel.Import;

/// <summary>One field of one finding changed by a returned ledger.</summary>
public sealed record AppliedChange
{
    /// <summary>The finding's id (问题编号).</summary>
    public required string FindingId { get; init; }

    /// <summary>The field changed.</summary>
    public required ImportField Field { get; init; }

    /// <summary>The cell the new value came from, as <c>sheet!A1</c>.</summary>
    public required string Cell { get; init; }

    /// <summary>
    /// The value before, in the round's JSON form (dates <c>YYYY-MM-DD</c>, statuses as codes); null when there was none.
    /// For <see cref="ImportField.Progress"/> and <see cref="ImportField.Remarks"/>, the latest progress note before.
    /// </summary>
    public string? Old { get; init; }

    /// <summary>The value after, in the same form; for progress and remarks, the note appended.</summary>
    public string? New { get; init; }

    /// <summary>The returned file the change came from, as named to a batch import (<see cref="LedgerImport.ImportFiles"/>); null for a single-file import.</summary>
    public string? File { get; init; }
}
