using Supervision.Reporting.Domain;
using Supervision.Reporting.Rendering.Excel.Import;
using Supervision.Reporting.Validation;

namespace Supervision.Reporting;

/// <summary>
/// Imports a returned rectification ledger (回收整改台账, .xlsx or legacy .xls) into a round (docs/import.md): the units'
/// status, progress, measures, completion and closure dates and remarks become a new round, and a
/// <see cref="ChangeReport"/> says what was applied, rejected and why. Like every reader of outside data here it
/// returns a <see cref="ReadResult{T}"/>: rejected rows, unknown ids and conflicts are errors (the accepted rows are
/// still applied in <see cref="ImportedRound.Round"/>), formulas and edits in columns that are not imported are warnings.
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
public static partial class LedgerImport
{
    // The code of the error for a workbook past a limit of what a returned ledger may hold (docs/security.md).
    internal const string WorkbookLimitCode = "workbook-limit";

    /// <summary>Imports a returned ledger from a stream (which is left open).</summary>
    /// <param name="round">The round the ledger was written from; it must be valid.</param>
    /// <param name="workbook">The .xlsx or .xls file's bytes; a stream that cannot seek is copied into memory first.</param>
    /// <param name="options">The report date and calendar.</param>
    /// <returns>
    /// The new round and the change report, with every problem as a diagnostic at its sheet!cell; no value when the
    /// stream is not a readable workbook or no sheet has a ledger header row (问题编号 and 整改状态).
    /// </returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InvalidInputException">The round has errors.</exception>
    public static ReadResult<ImportedRound> Import(SupervisionRound round, Stream workbook, LedgerImportOptions options)
    {
        ArgumentNullException.ThrowIfNull(round);
        ArgumentNullException.ThrowIfNull(workbook);
        ArgumentNullException.ThrowIfNull(options);
        ValidatedRounds.EnsureValid(round, options.Analytics.Calendar);

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
            ReturnedSheet sheet;
            try
            {
                sheet = ReturnedLedgerReader.Read(stream);
            }
            catch (InvalidDataException e)
            {
                return Unreadable(e);
            }

            using (sheet)
            {
                IReadOnlyList<(int Row, int Column)>? formulas = sheet.Formulas ?? [];
                if (sheet.IsLegacyXls)
                {
                    // A .xls has been read whole and closed; its formulas are scanned in the same stream.
                    stream.Position = start;
                    formulas = LegacyFormulaScanner.Scan(stream, sheet.Name);
                }

                ImportedRound imported;
                try
                {
                    // An .xlsx's rows are read as they are imported: a row past a limit, or XML that breaks off,
                    // refuses the workbook as it does when found before the first row.
                    imported = new LedgerImporter(round, options, sheet, formulas).Run();
                }
                catch (InvalidDataException e)
                {
                    return Unreadable(e);
                }

                // Where the whole-sheet reading left it, as before the rows were streamed.
                stream.Position = start;
                return new ReadResult<ImportedRound>(imported, new DiagnosticReport(imported.Changes.Diagnostics()));
            }
        }
        finally
        {
            copy?.Dispose();
        }
    }

    private static ReadResult<ImportedRound> Unreadable(InvalidDataException e)
    {
        var code = WorkbookLimit.Is(e) ? WorkbookLimitCode : "unreadable-workbook";
        return new ReadResult<ImportedRound>(null, new DiagnosticReport([Diagnostic.Error(code, e.Message, DiagnosticLocation.None)]));
    }

    /// <summary>Imports a returned ledger from a file, which is only read.</summary>
    /// <param name="round">The round the ledger was written from; it must be valid.</param>
    /// <param name="path">The .xlsx or .xls file.</param>
    /// <param name="options">The report date and calendar.</param>
    /// <returns>The new round and the change report, or no value when the file is not a readable ledger; every problem as a diagnostic.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    /// <exception cref="InvalidInputException">The round has errors.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static ReadResult<ImportedRound> ImportFile(SupervisionRound round, string path, LedgerImportOptions options)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        return Import(round, stream, options);
    }
}
