using NodaTime;
using Supervision.Reporting.Domain;

namespace Supervision.Reporting.Rendering.Excel.Import;

// The detail sheet of a returned ledger as read: where its header is, which column holds what, and its rows
// (values only, merges already spread). Row and column numbers are the sheet's own, for sheet!cell messages.
// The rows of an .xlsx are read as they are enumerated, once, straight from the worksheet's XML (issue 15: the
// sheet is never held); disposing the sheet closes the reader.
internal sealed class ReturnedSheet : IDisposable
{
    public required string Name { get; init; }

    public required bool IsLegacyXls { get; init; }

    // 1-based row number of the header row.
    public required int HeaderRow { get; init; }

    // 0-based column index of each recognised ledger column.
    public required IReadOnlyDictionary<LedgerColumn, int> Columns { get; init; }

    // A column the writer does not write but a unit may add: the date of the progress reported on the row.
    public int? ProgressDateColumn { get; init; }

    public required Language Language { get; init; }

    // From the subtitle (截至2022年11月30日 / As of 2022-11-30); null when it was deleted.
    public LocalDate? AsOf { get; init; }

    public bool IsPublicEdition { get; init; }

    // The rows below the header, numbered consecutively; enumerable once.
    public required IEnumerable<ReturnedRow> Rows { get; init; }

    // What the rows are read from, closed with the sheet (null when they were read already, as for a .xls).
    public IDisposable? Reader { get; init; }

    // The formula cells of an .xlsx sheet (1-based row, 0-based column), found by ReturnedPackageScan; null for a .xls.
    public IReadOnlyList<(int Row, int Column)>? Formulas { get; init; }

    public List<string> Notes { get; } = [];

    public DiagnosticLocation Location(int row, int column, string? findingId = null) =>
        DiagnosticLocation.SheetCell(Name, $"{CellTextSanitizer.ColumnName(column + 1)}{row}").ForItem(findingId);

    public string Cell(int row, int column) => $"{Name}!{CellTextSanitizer.ColumnName(column + 1)}{row}";

    public void Dispose() => Reader?.Dispose();
}
