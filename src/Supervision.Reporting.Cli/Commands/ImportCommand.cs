using System.CommandLine;
using System.Globalization;
using NodaTime;
using NodaTime.Text;
using Spectre.Console;
using Supervision.Reporting.Domain;
using Supervision.Reporting.Rendering.Excel.Import;
using Supervision.Reporting.Serialization;

namespace Supervision.Reporting.Cli.Commands;

// `import ROUND.json RETURNED.xlsx|.xls -o UPDATED.json`: the library does the import; this parses arguments,
// prints the summary table (stdout) and every problem (stderr), and writes the files unless told not to.
internal static class ImportCommand
{
    public static Command Create(CommandIo io, IClock clock)
    {
        var roundFile = new Argument<FileInfo>("ROUND.json") { Description = "The round the ledger was written from (JSON, format version 1)." };
        var returned = new Argument<string[]>("RETURNED") { Description = "The returned ledgers (.xlsx or .xls), or folders of them (e.g. the units' returned split ledgers).", Arity = ArgumentArity.OneOrMore };
        var output = new Option<FileInfo?>("--output", "-o") { Description = "The updated round to write (JSON); required unless --dry-run." };
        var report = new Option<FileInfo?>("--report") { Description = "Also write the change report (JSON)." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Show what would change; write nothing." };
        var strict = new Option<bool>("--strict") { Description = "Write no updated round when any row is rejected or conflicts." };
        var asOf = new Option<string?>("--as-of") { Description = "The date the units reported (YYYY-MM-DD), given to new progress entries of rows without a progress date; default: today in the round's time zone." };
        var command = new Command("import", "Import returned rectification ledgers (回收整改台账: files or folders, in one call) into a new round, with one change report.")
        {
            roundFile, returned, output, report, dryRun, strict, asOf,
        };
        command.SetAction(parsed => Run(
            io,
            clock,
            parsed.GetValue(roundFile)!,
            parsed.GetValue(returned)!,
            parsed.GetValue(output),
            parsed.GetValue(report),
            parsed.GetValue(dryRun),
            parsed.GetValue(strict),
            parsed.GetValue(asOf)));
        return command;
    }

    private static int Run(CommandIo io, IClock clock, FileInfo roundFile, string[] returned, FileInfo? output, FileInfo? reportFile, bool dryRun, bool strict, string? asOfText)
    {
        if (output is null && !dryRun)
        {
            io.Error.WriteLine("error: --output (-o) is required unless --dry-run is given");
            return ExitCodes.UsageOrIo;
        }

        // The date the units' reports arrive defaults to today where the round happens: unlike the statistics'
        // as-of date it is not capped at the period's end — a note reported in December is dated in December.
        if (!RoundLoader.TryParseDate(io, asOfText, "--as-of", out var asOf))
        {
            return ExitCodes.UsageOrIo;
        }

        foreach (var path in returned)
        {
            if (!File.Exists(path) && !Directory.Exists(path))
            {
                io.Error.WriteLine($"error: file not found: {Path.GetFullPath(path)}");
                return ExitCodes.UsageOrIo;
            }
        }

        // One file is the single import (its report names no file); several, or a folder, the batch import.
        var single = returned.Length == 1 && File.Exists(returned[0]);

        // Every output is checked before any work (never an input, never two on one path, never a device), and all
        // are written together: a missing --report folder no longer leaves the round written and exit 2.
        using var outputs = new OutputSet(io);
        outputs.Input(roundFile.FullName);
        foreach (var path in returned)
        {
            outputs.Input(path);
        }

        var roundTarget = output is null || dryRun ? null : outputs.File(output.ToString(), "--output");
        var reportTarget = reportFile is null || dryRun ? null : outputs.File(reportFile.ToString(), "--report");
        if (!outputs.Check())
        {
            return ExitCodes.UsageOrIo;
        }

        var round = RoundLoader.Load(io, roundFile, asOf, out var exitCode);
        if (round is null)
        {
            return exitCode;
        }

        var importOptions = new LedgerImportOptions { ReportedOn = asOf ?? round.Today(clock) };
        var read = single
            ? io.Busy("Reading the returned ledger…", () => LedgerImport.ImportFile(round, returned[0], importOptions))
            : io.Busy("Reading the returned ledgers…", () => LedgerImport.ImportFiles(round, returned, importOptions));
        if (read.Value is not { } result)
        {
            foreach (var problem in read.Report.Errors)
            {
                io.Error.WriteLine($"error: {Path.GetFileName(returned[0])}: {problem.Message}");
            }

            // A workbook past a limit is invalid input; one that cannot be read as a workbook at all, an I/O matter.
            return read.Report.Errors.Any(e => e.Code == "workbook-limit") ? ExitCodes.InvalidInput : ExitCodes.UsageOrIo;
        }

        var changes = result.Changes;
        WriteTable(io.Out, changes);
        WriteProblems(io.Error, changes);

        var writeRound = !dryRun && !(strict && !changes.IsComplete);
        if (writeRound)
        {
            outputs.Write(roundTarget!, stream => RoundJson.Write(result.Round, stream));
        }

        if (reportTarget is not null)
        {
            outputs.Write(reportTarget, changes.WriteJson);
        }

        outputs.Commit();

        if (dryRun)
        {
            io.Error.WriteLine("dry run: nothing written");
        }
        else if (!writeRound)
        {
            io.Error.WriteLine($"--strict: {output!.Name} not written because rows were rejected or conflicted");
        }

        // Exit 0 only when every row was applied or unchanged: a rejected or conflicting row, or a row whose id
        // matches no finding, is a row not applied.
        return changes.IsComplete && changes.UnknownIds.Count == 0 ? ExitCodes.Success : ExitCodes.InvalidInput;
    }

    private static void WriteTable(TextWriter output, ChangeReport report)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Out = new AnsiConsoleOutput(output),
        });
        console.Profile.Width = 120;
        if (report.Files.Count > 0)
        {
            console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{report.Files.Count} files: {string.Join(", ", report.Files)}"));
        }

        var table = new Table().AddColumn("rows").AddColumn(new TableColumn("count").RightAligned());
        void Row(string label, int count) => table.AddRow(Markup.Escape(label), count.ToString(CultureInfo.InvariantCulture));
        Row("rows read", report.Rows);
        Row("findings changed", report.ChangedFindings);
        Row("fields changed", report.Applied.Count);
        Row("unchanged", report.Unchanged.Count);
        Row("rejected", report.Rejected.Count);
        Row("conflicts", report.Conflicts.Count);
        Row("unknown ids", report.UnknownIds.Count);
        Row(report.Files.Count > 0 ? "missing from every file" : "missing from the file", report.Missing.Count);
        Row("formula cells", report.Formulas.Count);
        Row("edits in columns not imported", report.IgnoredEdits.Count);
        console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{report.Sheet} — ledger as of {report.LedgerAsOf:uuuu-MM-dd}, reported {report.ReportedOn:uuuu-MM-dd}"));
        console.Write(table);
        if (report.Applied.Count > 0)
        {
            var batch = report.Files.Count > 0;
            var applied = new Table().AddColumn("finding").AddColumn("field").AddColumn("cell").AddColumn("old").AddColumn("new");
            if (batch)
            {
                applied.AddColumn("file");
            }

            foreach (var change in report.Applied)
            {
                // Free text (progress, measures, remarks) may name people: the table shows only its length.
                var text = change.Field is ImportField.Progress or ImportField.Measures or ImportField.Remarks or ImportField.Evidence;
                string[] cells =
                [
                    Markup.Escape(change.FindingId),
                    Markup.Escape(FieldName(change.Field)),
                    Markup.Escape(change.Cell),
                    Markup.Escape(text ? Length(change.Old) : change.Old ?? "—"),
                    Markup.Escape(text ? Length(change.New) : change.New ?? "—"),
                ];
                applied.AddRow(batch ? [.. cells, Markup.Escape(change.File ?? string.Empty)] : cells);
            }

            console.Write(applied);
        }

        console.WriteLine(report.Summary);
    }

    // Stderr lists at most DiagnosticReport.MaxListed problems, then a count: a file with 50,000 bad rows
    // must not flood the terminal; --report keeps every one.
    private static void WriteProblems(TextWriter error, ChangeReport report)
    {
        var listed = 0;
        var more = 0;
        foreach (var line in ProblemLines(report))
        {
            if (listed < DiagnosticReport.MaxListed)
            {
                error.WriteLine(line);
                listed++;
            }
            else
            {
                more++;
            }
        }

        if (more > 0)
        {
            error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"… and {more:N0} more (--report writes them all)"));
        }
    }

    private static IEnumerable<string> ProblemLines(ChangeReport report)
    {
        foreach (var issue in report.Rejected)
        {
            yield return $"rejected: {issue}";
        }

        foreach (var issue in report.Conflicts)
        {
            yield return $"conflict: {issue}";
        }

        foreach (var issue in report.UnknownIds)
        {
            // The "id" of an unknown row is whatever was typed in the id column (a footer may hold a name): the cell only.
            yield return $"unknown: {issue.Location}: {issue.Message}";
        }

        foreach (var id in report.Missing)
        {
            yield return report.Files.Count > 0 ? $"missing: {id} has no row in any file" : $"missing: {id} has no row in the file";
        }

        foreach (var issue in report.Formulas)
        {
            yield return $"formula: {issue}";
        }

        foreach (var issue in report.IgnoredEdits)
        {
            yield return $"ignored: {issue}";
        }

        foreach (var note in report.Notes)
        {
            yield return $"note: {note}";
        }
    }

    private static string FieldName(ImportField field) => field switch
    {
        ImportField.Status => "status",
        ImportField.Progress => "progress",
        ImportField.Measures => "measures",
        ImportField.CompletedOn => "completedOn",
        ImportField.ClosedOn => "closedOn",
        ImportField.SupervisingLeader => "supervisingLeader",
        ImportField.LeadOffice => "leadOffice",
        ImportField.Evidence => "evidence",
        ImportField.Verification => "verification",
        _ => "remarks",
    };

    private static string Length(string? text) =>
        text is null ? "—" : string.Create(CultureInfo.InvariantCulture, $"({text.Length} characters)");
}
