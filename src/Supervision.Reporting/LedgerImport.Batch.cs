using Supervision.Reporting.Domain;
using Supervision.Reporting.Rendering.Excel.Import;
using Supervision.Reporting.Validation;

namespace Supervision.Reporting;

// Batch import (docs/import.md, "Importing many files"): every returned file of a round in one call.
public static partial class LedgerImport
{
    /// <summary>
    /// Imports many returned ledgers in one call — typically the split workbooks units sent back — into one new round
    /// with one change report in which every change names its file (<see cref="AppliedChange.File"/>) and every problem
    /// its file (<see cref="DiagnosticLocation.Source"/>). Two files that change the same finding differently are a
    /// conflict: neither is applied and both files' cells are reported; the same change twice is applied once. A file
    /// whose 说明 names another round is not imported; a split file's changes to findings outside its unit are rejected.
    /// </summary>
    /// <param name="round">The round the ledgers were written from; it must be valid.</param>
    /// <param name="workbooks">The files, each with the name to report it by; each stream is read and left open.</param>
    /// <param name="options">The report date and calendar, for every file.</param>
    /// <returns>The new round and the merged change report (always a value; unreadable files are errors in it).</returns>
    /// <exception cref="ArgumentNullException">An argument or an element is null.</exception>
    /// <exception cref="ArgumentException">A name is empty.</exception>
    /// <exception cref="InvalidInputException">The round has errors.</exception>
    public static ReadResult<ImportedRound> ImportMany(SupervisionRound round, IEnumerable<LedgerImportSource> workbooks, LedgerImportOptions options)
    {
        ArgumentNullException.ThrowIfNull(round);
        ArgumentNullException.ThrowIfNull(workbooks);
        ArgumentNullException.ThrowIfNull(options);
        ValidatedRounds.EnsureValid(round, options.Analytics.Calendar);
        var batch = new BatchImporter(round, options);
        foreach (var source in workbooks)
        {
            ArgumentNullException.ThrowIfNull(source);
            ArgumentException.ThrowIfNullOrEmpty(source.Name);
            ArgumentNullException.ThrowIfNull(source.Workbook);
            if (source.Workbook.CanSeek)
            {
                batch.Add(source.Name, source.Workbook);
                continue;
            }

            // Both the ledger and the 说明 sheet are read, so the bytes must be read twice.
            using var copy = new MemoryStream();
            source.Workbook.CopyTo(copy);
            copy.Position = 0;
            batch.Add(source.Name, copy);
        }

        return Result(batch.Run());
    }

    /// <summary>
    /// Imports many returned ledgers from files and folders in one call; a folder stands for its .xlsx and .xls files
    /// (not its subfolders; hidden files and Office lock files <c>~$…</c> skipped), in name order. See
    /// <see cref="ImportMany"/> for how the files are merged. Files are reported by name within their folder.
    /// </summary>
    /// <param name="round">The round the ledgers were written from; it must be valid.</param>
    /// <param name="paths">Files and folders, which are only read.</param>
    /// <param name="options">The report date and calendar, for every file.</param>
    /// <returns>The new round and the merged change report; a path that does not exist is an error in it.</returns>
    /// <exception cref="ArgumentNullException">An argument or an element is null.</exception>
    /// <exception cref="InvalidInputException">The round has errors.</exception>
    /// <exception cref="IOException">A file cannot be read.</exception>
    public static ReadResult<ImportedRound> ImportFiles(SupervisionRound round, IEnumerable<string> paths, LedgerImportOptions options)
    {
        ArgumentNullException.ThrowIfNull(round);
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(options);
        ValidatedRounds.EnsureValid(round, options.Analytics.Calendar);
        var batch = new BatchImporter(round, options);
        foreach (var path in paths)
        {
            ArgumentNullException.ThrowIfNull(path);
            if (Directory.Exists(path))
            {
                foreach (var file in ReturnedFilesIn(path))
                {
                    AddFile(batch, file, Path.GetFileName(file));
                }
            }
            else if (File.Exists(path))
            {
                AddFile(batch, path, Path.GetFileName(path));
            }
            else
            {
                batch.AddError(Diagnostic.Error("file-not-found", "no such file or folder", DiagnosticLocation.None.InSource(Path.GetFileName(path))));
            }
        }

        return Result(batch.Run());
    }

    private static void AddFile(BatchImporter batch, string path, string name)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        batch.Add(name, stream);
    }

    private static IEnumerable<string> ReturnedFilesIn(string directory) =>
        Directory.EnumerateFiles(directory)
            .Where(f =>
            {
                var name = Path.GetFileName(f);
                return !name.StartsWith('.') && !name.StartsWith("~$", StringComparison.Ordinal)
                    && (name.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".xls", StringComparison.OrdinalIgnoreCase));
            })
            .Order(StringComparer.Ordinal);

    private static ReadResult<ImportedRound> Result(ImportedRound imported) =>
        new(imported, new DiagnosticReport(imported.Changes.Diagnostics()));
}
