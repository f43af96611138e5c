using System.CommandLine;
using NodaTime;
using NodaTime.Text;
using Supervision.Reporting.Domain;
using Supervision.Reporting.Rendering.Excel;
using Supervision.Reporting.Serialization;
using Supervision.Reporting.Privacy;

namespace Supervision.Reporting.Cli.Commands;

internal static class LedgerCommand
{
    public static Command Create(CommandIo io, IClock clock)
    {
        var file = new Argument<FileInfo>("ROUND.json") { Description = "The round (JSON, format version 1)." };
        var output = new Option<FileInfo>("--output", "-o") { Description = "The .xlsx file to write; with --split-by, the folder to write the workbooks and manifest.json into.", Required = true };
        var splitBy = new Option<string?>("--split-by") { Description = "Write one workbook per responsible-unit, area or group (only its rows) into the --output folder, with manifest.json." };
        splitBy.AcceptOnlyFromAmong("responsible-unit", "area", "group");
        var asOf = new Option<string?>("--as-of") { Description = "The as-of date (YYYY-MM-DD); default: the round's period end or today in Asia/Shanghai, whichever is earlier." };
        var audience = new Option<string>("--audience") { Description = "internal (full names) or public (names masked).", DefaultValueFactory = _ => "internal" };
        audience.AcceptOnlyFromAmong("internal", "public");
        var language = new Option<string>("--lang") { Description = "zh-Hans, zh-Hant or en.", DefaultValueFactory = _ => "zh-Hans" };
        var paper = new Option<string>("--paper") { Description = "A4 or A3.", DefaultValueFactory = _ => "A4" };
        paper.AcceptOnlyFromAmong("A4", "A3", "a4", "a3");
        var officeFields = new Option<bool>("--office-fields") { Description = "Add the office columns 分管领导, 牵头科室, 佐证材料, 验收人 and 验收日期 (imported back like the others)." };
        var command = new Command("ledger", "Write the rectification ledger (整改台账) of a round as an Excel workbook.")
        {
            file, output, asOf, audience, language, paper, splitBy, officeFields,
        };
        command.SetAction(parsed => Run(
            io,
            clock,
            parsed.GetValue(file)!,
            parsed.GetValue(output)!,
            parsed.GetValue(asOf),
            parsed.GetValue(audience)!,
            parsed.GetValue(language)!,
            parsed.GetValue(paper)!,
            parsed.GetValue(splitBy),
            parsed.GetValue(officeFields)));
        return command;
    }

    private static int Run(CommandIo io, IClock clock, FileInfo file, FileInfo output, string? asOfText, string audienceText, string languageText, string paperText, string? splitByText, bool officeFields)
    {
        if (!Vocabulary.TryParseLanguage(languageText, out var language))
        {
            io.Error.WriteLine($"error: unknown language '{languageText}' (use zh-Hans, zh-Hant or en)");
            return ExitCodes.UsageOrIo;
        }

        if (!RoundLoader.TryParseDate(io, asOfText, "--as-of", out var asOf))
        {
            return ExitCodes.UsageOrIo;
        }

        // The outputs are checked before any work: never the round itself, never a device, a FIFO or a link.
        using var outputs = new OutputSet(io);
        outputs.Input(file.FullName);
        var target = splitByText is null ? outputs.File(output.ToString(), "--output") : outputs.Folder(output.ToString(), "--output");
        if (splitByText is not null)
        {
            outputs.NoInputIn(target, "--output", name => name.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) || name == LedgerSplitResult.ManifestFileName);
        }

        if (!outputs.Check())
        {
            return ExitCodes.UsageOrIo;
        }

        var round = RoundLoader.Load(io, file, asOf, out var exitCode);
        if (round is null)
        {
            return exitCode;
        }

        var options = new LedgerOptions
        {
            AsOf = asOf ?? round.DefaultAsOf(clock),
            Audience = string.Equals(audienceText, "public", StringComparison.Ordinal) ? Audience.Public : Audience.Internal,
            Language = language,
            Paper = string.Equals(paperText, "A3", StringComparison.OrdinalIgnoreCase) ? LedgerPaper.A3 : LedgerPaper.A4,
            OptionalColumns = officeFields ? LedgerOptionalColumns.All | LedgerOptionalColumns.OfficeFields : LedgerOptionalColumns.All,
        };
        if (splitByText is not null)
        {
            return WriteSplit(io, round, target, options, splitByText);
        }

        LedgerResult? result = null;
        io.Busy("Writing the ledger…", () => outputs.Write(target, stream => result = RectificationLedger.Write(round, stream, options)));
        outputs.Commit();
        foreach (var warning in result!.Warnings)
        {
            io.Error.WriteLine($"warning: {warning}");
        }

        if (result.WarningCount > result.Warnings.Count)
        {
            io.Error.WriteLine($"warning: … and {result.WarningCount - result.Warnings.Count} more");
        }

        io.Out.WriteLine(target);
        return ExitCodes.Success;
    }

    // One workbook per unit into a folder; prints each file with its row and overdue counts, the manifest last.
    private static int WriteSplit(CommandIo io, SupervisionRound round, string directory, LedgerOptions options, string splitByText)
    {
        var by = splitByText switch
        {
            "area" => LedgerSplit.Area,
            "group" => LedgerSplit.Group,
            _ => LedgerSplit.ResponsibleUnit,
        };
        var result = io.Busy("Writing the split ledgers…", () => RectificationLedger.WriteSplit(round, directory, options, by));
        foreach (var file in result.Files)
        {
            foreach (var warning in file.Ledger.Warnings)
            {
                io.Error.WriteLine($"warning: {file.FileName}: {warning}");
            }

            io.Out.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Path.Combine(directory, file.FileName)}\t{file.Rows} rows\t{file.Overdue} overdue"));
        }

        if (result.UnassignedRows > 0)
        {
            io.Error.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"note: {result.UnassignedRows} rows belong to no {splitByText} and are in no file (they are in the whole ledger)"));
        }

        io.Out.WriteLine(Path.Combine(directory, LedgerSplitResult.ManifestFileName));
        return ExitCodes.Success;
    }
}
