using System.CommandLine;
using Supervision.Reporting.Rendering.Excel;
using Supervision.Reporting.Rendering.Pdf.Bulletins;
using Supervision.Reporting.Serialization;

namespace Supervision.Reporting.Cli.Commands;

internal static class DemoCommand
{
    public const string ExampleFileName = "guilin-2022-11.json";

    public const string LedgerFileName = "guilin-2022-11-ledger.xlsx";

    public const string NoticesFolderName = "guilin-2022-11-notices";

    public static Command Create(CommandIo io)
    {
        var output = new Option<DirectoryInfo>("--output", "-o")
        {
            Description = "The folder to write into (created when missing).",
            DefaultValueFactory = _ => new DirectoryInfo("supervision-demo"),
        };
        var command = new Command("demo", "Write the Guilin 2022 example round and every document generated from it into a folder.")
        {
            output,
        };
        command.SetAction(parsed => Run(io, parsed.GetValue(output)!));
        return command;
    }

    private static void Report(CommandIo io, BulletinResult result)
    {
        foreach (var warning in result.Warnings)
        {
            io.Error.WriteLine($"warning: {warning}");
        }
    }

    internal static byte[] ExampleBytes()
    {
        using var stream = typeof(DemoCommand).Assembly.GetManifestResourceStream("Supervision.Reporting.Cli.Examples." + ExampleFileName)
            ?? throw new InvalidOperationException("The example round is missing from the tool's resources.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    private static int Run(CommandIo io, DirectoryInfo output)
    {
        var bytes = ExampleBytes();
        var result = RoundJson.Read(bytes);
        if (!result.IsValid)
        {
            // The shipped example is checked by the tests; this guards a broken build.
            io.WriteProblems(ExampleFileName, result.Report);
            return ExitCodes.InvalidInput;
        }

        // Every file goes to a temporary file in the folder first and all are moved in at the end: an interrupted
        // or failed demo changes none of them (the folder itself is created only for them).
        using var outputs = new OutputSet(io);
        var folder = outputs.Folder(output.ToString(), "--output");
        if (!outputs.Check())
        {
            return ExitCodes.UsageOrIo;
        }

        var written = new List<string>();
        var jsonPath = Path.Combine(folder, ExampleFileName);
        outputs.Write(jsonPath, stream => stream.Write(bytes));
        written.Add(jsonPath);

        // Documents as of the end of the round, so that the demo gives the same files every day.
        var round = result.GetValueOrThrow();
        var ledgerPath = Path.Combine(folder, LedgerFileName);
        outputs.Write(ledgerPath, stream => RectificationLedger.Write(round, stream, new LedgerOptions { AsOf = round.Period.End }));
        written.Add(ledgerPath);

        // The three bulletins, each as the final PDF and as the editable Word draft of the same content. The month's
        // 情况通报 is as of the period end; the daily report is of 17 November, a busy day (a measure in 雁山区, the
        // second 常委会 meeting, the 自治区 working group arriving).
        var bulletins = new (string Name, BulletinSpec Spec)[]
        {
            ("guilin-2022-11-typical-cases", new BulletinSpec { DocumentNumber = "桂纪通〔2022〕12号" }),
            ("guilin-2022-11-statistics", new BulletinSpec { Kind = BulletinKind.Statistics, DocumentNumber = "桂纪通〔2022〕13号", AsOf = new NodaTime.LocalDate(2022, 11, 30) }),
            ("guilin-2022-11-daily-2022-11-17", new BulletinSpec { Kind = BulletinKind.Daily, ReportDate = new NodaTime.LocalDate(2022, 11, 17) }),
        };
        foreach (var (name, spec) in bulletins)
        {
            foreach (var (extension, format) in new[] { (".pdf", BulletinFormat.Pdf), (".docx", BulletinFormat.Word) })
            {
                var path = Path.Combine(folder, name + extension);
                outputs.Write(path, stream => Report(io, Bulletin.Write(round, stream, spec with { Format = format })));
                written.Add(path);
            }
        }

        // The 督办通知 of the round's last day: four units still have overdue findings on 30 November. The notices are a
        // set the library writes all-or-none; they go before the other files are moved in, so a failure changes nothing.
        var notices = Path.Combine(folder, NoticesFolderName);
        var set = RectificationNotices.WriteAll(round, notices, new NoticeOptions { AsOf = round.Period.End, IncludeDueSoon = true });
        foreach (var notice in set.Files)
        {
            Report(io, notice.Document);
            written.Add(Path.Combine(notices, notice.FileName));
        }

        written.Add(Path.Combine(notices, NoticeSetResult.ManifestFileName));

        outputs.Commit();
        foreach (var path in written)
        {
            io.Out.WriteLine(path);
        }

        return ExitCodes.Success;
    }
}
