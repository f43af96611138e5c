using System.CommandLine;
using System.Globalization;
using NodaTime;
using Supervision.Reporting.Domain;
using Supervision.Reporting.Serialization;

namespace Supervision.Reporting.Cli.Commands;

// supervision-report notices ROUND.json -o DIR: a 督办通知 per responsible unit with overdue findings (docs/notices.md).
internal static class NoticesCommand
{
    public static Command Create(CommandIo io, IClock clock)
    {
        var file = new Argument<FileInfo>("ROUND.json") { Description = "The round (JSON, format version 1)." };
        var output = new Option<DirectoryInfo>("--output", "-o") { Description = "The folder to write the notices and manifest.json into; created when missing.", Required = true };
        var asOf = new Option<string?>("--as-of") { Description = "The as-of date (YYYY-MM-DD): units with findings overdue on it get a notice; default: the round's period end or today in Asia/Shanghai, whichever is earlier." };
        var replyBy = new Option<string?>("--reply-by") { Description = "The date (YYYY-MM-DD) by which units report in writing; default: 3 working days after the as-of date." };
        var dueSoon = new Option<bool>("--include-due-soon") { Description = "Also remind each unit (提醒) of its findings due within the yellow-light window (3 working days)." };
        var format = new Option<string>("--format") { Description = "pdf or docx.", DefaultValueFactory = _ => "pdf" };
        format.AcceptOnlyFromAmong("pdf", "docx");
        var specFile = new Option<FileInfo>("--spec") { Description = "A document spec (JSON, as for bulletins): mark, number ({n} = the notice's number), signatory, date, 抄送, 印发." };
        var audience = new Option<string?>("--audience") { Description = "public (names masked, the default) or internal (full names)." };
        audience.AcceptOnlyFromAmong("internal", "public");
        var language = new Option<string?>("--lang") { Description = "zh-Hans (default), zh-Hant or en." };
        var command = new Command("notices", "Write a 督办通知 (GB/T 9704, PDF or .docx) to each responsible unit with overdue findings, and manifest.json.")
        {
            file, output, asOf, replyBy, dueSoon, format, specFile, audience, language,
        };
        command.SetAction(parsed => Run(
            io,
            clock,
            parsed.GetValue(file)!,
            parsed.GetValue(output)!,
            parsed.GetValue(asOf),
            parsed.GetValue(replyBy),
            parsed.GetValue(dueSoon),
            parsed.GetValue(format)!,
            parsed.GetValue(specFile),
            parsed.GetValue(audience),
            parsed.GetValue(language)));
        return command;
    }

    private static int Run(CommandIo io, IClock clock, FileInfo file, DirectoryInfo output, string? asOfText, string? replyByText, bool includeDueSoon, string formatText, FileInfo? specFile, string? audience, string? languageText)
    {
        Language? language = null;
        if (languageText is not null)
        {
            if (!Vocabulary.TryParseLanguage(languageText, out var parsedLanguage))
            {
                io.Error.WriteLine($"error: unknown language '{languageText}' (use zh-Hans, zh-Hant or en)");
                return ExitCodes.UsageOrIo;
            }

            language = parsedLanguage;
        }

        if (!RoundLoader.TryParseDate(io, asOfText, "--as-of", out var asOf) || !RoundLoader.TryParseDate(io, replyByText, "--reply-by", out var replyBy))
        {
            return ExitCodes.UsageOrIo;
        }

        // The outputs are checked before any work, as for the split ledgers: a folder, never holding the round or the
        // spec under a name a notice could take.
        using var outputs = new OutputSet(io);
        outputs.Input(file.FullName);
        if (specFile is not null)
        {
            outputs.Input(specFile.FullName);
        }

        var target = outputs.Folder(output.ToString(), "--output");
        outputs.NoInputIn(target, "--output", name => name.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".docx", StringComparison.OrdinalIgnoreCase) || name == NoticeSetResult.ManifestFileName);
        if (!outputs.Check())
        {
            return ExitCodes.UsageOrIo;
        }

        var round = RoundLoader.Load(io, file, asOf, out var exitCode);
        if (round is null)
        {
            return exitCode;
        }

        var spec = RoundLoader.LoadSpec(io, specFile, out exitCode);
        if (spec is null)
        {
            return exitCode;
        }

        var day = asOf ?? round.DefaultAsOf(clock);
        if (replyBy is { } reply && reply < day)
        {
            io.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"error: --reply-by {reply:uuuu-MM-dd} is before the as-of date {day:uuuu-MM-dd}"));
            return ExitCodes.UsageOrIo;
        }

        if (replyBy is { } far && far > day.PlusYears(1))
        {
            io.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"error: --reply-by {far:uuuu-MM-dd} is more than a year after the as-of date {day:uuuu-MM-dd}"));
            return ExitCodes.UsageOrIo;
        }

        // Options on the command line win over the spec file.
        var options = new NoticeOptions
        {
            AsOf = day,
            ReplyBy = replyBy,
            IncludeDueSoon = includeDueSoon,
            Document = spec with
            {
                Format = formatText == "docx" ? BulletinFormat.Word : BulletinFormat.Pdf,
                Audience = audience switch { "internal" => Audience.Internal, "public" => Audience.Public, _ => spec.Audience },
                Language = language ?? spec.Language,
            },
        };

        try
        {
            var result = io.Busy("Writing the notices…", () => RectificationNotices.WriteAll(round, target, options));
            foreach (var notice in result.Files)
            {
                foreach (var warning in notice.Document.Warnings)
                {
                    io.Error.WriteLine($"warning: {notice.FileName}: {warning}");
                }

                io.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Path.Combine(target, notice.FileName)}\t{notice.FindingIds.Count} overdue\treply by {notice.ReplyBy:uuuu-MM-dd}"));
            }

            if (result.Files.IsEmpty)
            {
                io.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"note: no finding is overdue as of {day:uuuu-MM-dd}; no notice was written"));
            }

            if (!result.UnassignedFindingIds.IsEmpty)
            {
                io.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"note: {result.UnassignedFindingIds.Count} overdue findings have no responsible unit and are in no notice: {string.Join(", ", result.UnassignedFindingIds)}"));
            }

            io.Out.WriteLine(Path.Combine(target, NoticeSetResult.ManifestFileName));
            return ExitCodes.Success;
        }
        catch (InvalidInputException e)
        {
            io.WriteProblems(specFile?.Name ?? file.Name, e.Report);
            return ExitCodes.InvalidInput;
        }
    }
}
