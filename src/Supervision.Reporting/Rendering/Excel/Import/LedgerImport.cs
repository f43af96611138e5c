using Supervision.Reporting.Domain;

namespace Supervision.Reporting.Rendering.Excel.Import;

/// <summary>
/// Imports a returned rectification ledger (回收整改台账, .xlsx or legacy .xls) into a round (DESIGN §8): the units'
/// status, progress, measures, completion and closure dates and remarks become a new round, and a
/// <see cref="ChangeReport"/> says what was applied, rejected and why.
/// </summary>
/// <remarks>
/// <para>The detail sheet and its header row are found by header text in simplified or traditional Chinese or
/// English; columns may be reordered, added or removed, rows sorted, filtered, hidden or deleted. Rows are matched
/// on 问题编号. A cell is a change only when it differs from what the ledger showed (the round rendered as of the
/// ledger's 截至 date) and from what the round holds now, so an untouched ledger, or the same file imported twice,
/// changes nothing.</para>
/// <para>Each changed finding is checked with the rules of the round's JSON; a row with any problem is not applied
/// at all. The input round is never modified. Formulas are reported and never evaluated. Methods are thread-safe.</para>
/// </remarks>
public static class LedgerImport
{
    /// <summary>Imports a returned ledger from a stream (which is left open).</summary>
    /// <param name="round">The round the ledger was written from; it should be valid (see <see cref="Validation.RoundValidator"/>).</param>
    /// <param name="workbook">The .xlsx or .xls file's bytes; a stream that cannot seek is copied into memory first.</param>
    /// <param name="options">The report date and calendar.</param>
    /// <returns>The new round and the change report.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InvalidDataException">The stream is not a readable workbook, or no sheet has a ledger header row (问题编号 and 整改状态).</exception>
    public static LedgerImportResult Import(SupervisionRound round, Stream workbook, LedgerImportOptions options)
    {
        ArgumentNullException.ThrowIfNull(round);
        ArgumentNullException.ThrowIfNull(workbook);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(options.Calendar, nameof(options));

        MemoryStream? copy = null;
        try
        {
            var stream = workbook;
            if (!workbook.CanSeek)
            {
                // Both the zip reader and the formula scan need to seek.
                copy = new MemoryStream();
                workbook.CopyTo(copy);
                copy.Position = 0;
                stream = copy;
            }

            var start = stream.Position;
            var sheet = ReturnedLedgerReader.Read(stream);
            stream.Position = start;
            var formulas = sheet.IsLegacyXls ? LegacyFormulaScanner.Scan(stream, sheet.Name) : FormulaScanner.Scan(stream, sheet.Name);
            return new LedgerImporter(round, options, sheet, formulas).Run();
        }
        finally
        {
            copy?.Dispose();
        }
    }

    /// <summary>Imports a returned ledger from a file, which is only read.</summary>
    /// <param name="round">The round the ledger was written from; it should be valid.</param>
    /// <param name="path">The .xlsx or .xls file.</param>
    /// <param name="options">The report date and calendar.</param>
    /// <returns>The new round and the change report.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="InvalidDataException">The file is not a readable workbook, or no sheet has a ledger header row.</exception>
    public static LedgerImportResult ImportFile(SupervisionRound round, string path, LedgerImportOptions options)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        return Import(round, stream, options);
    }
}
