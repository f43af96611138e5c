using System.CommandLine;
using NodaTime;
using Supervision.Reporting.Domain;
using Supervision.Reporting.Privacy;
using Supervision.Reporting.Rendering.Pdf.Bulletins;
using Supervision.Reporting.Validation;

namespace Supervision.Reporting.Cli.Commands;

internal static class BulletinCommand
{
    public static Command Create(CommandIo io, IClock clock)
    {
        var file = new Argument<FileInfo>("ROUND.json") { Description = "The round (JSON, format version 1)." };
        var output = new Option<FileInfo>("--output", "-o") { Description = "The file to write: .pdf (the final form) or .docx (the editable draft).", Required = true };
        var format = new Option<string>("--format") { Description = "pdf or docx; default from the output's extension." };
        format.AcceptOnlyFromAmong("pdf", "docx");
        var kind = new Option<string>("--kind") { Description = "typical-cases (default), statistics or daily." };
        kind.AcceptOnlyFromAmong("typical-cases", "statistics", "daily");
        var date = new Option<string>("--date") { Description = "The day of a daily report (YYYY-MM-DD); default the as-of date." };
        var asOf = new Option<string>("--as-of") { Description = "Facts up to this date count (YYYY-MM-DD); default the round's period end or today, whichever is earlier." };
        var specFile = new Option<FileInfo>("--spec") { Description = "A document spec (JSON): mark, number, recipients, texts, cases, signature, 版记." };
        var audience = new Option<string>("--audience") { Description = "public (default: names masked per disclosure) or internal (full names)." };
        audience.AcceptOnlyFromAmong("public", "internal");
        var language = new Option<string>("--lang") { Description = "zh-Hans (default), zh-Hant or en." };
        language.AcceptOnlyFromAmong("zh-Hans", "zh-Hant", "en");
        var command = new Command("bulletin", "Generate a bulletin as a GB/T 9704 PDF: typical cases (典型问题通报), statistics (情况通报) or a daily report (日报).")
        {
            file, output, format, kind, date, asOf, specFile, audience, language,
        };
        command.SetAction(parsed => Run(
            io,
            clock,
            parsed.GetValue(file)!,
            parsed.GetValue(output)!,
            parsed.GetValue(format),
            parsed.GetValue(kind),
            parsed.GetValue(date),
            parsed.GetValue(asOf),
            parsed.GetValue(specFile),
            parsed.GetValue(audience),
            parsed.GetValue(language)));
        return command;
    }

    private static int Run(CommandIo io, IClock clock, FileInfo file, FileInfo output, string? formatText, string? kind, string? dateText, string? asOfText, FileInfo? specFile, string? audience, string? language)
    {
        if (FormatOf(io, output, formatText) is not { } format)
        {
            return ExitCodes.UsageOrIo;
        }

        if (!RoundLoader.TryParseDate(io, asOfText, "--as-of", out var asOf) || !RoundLoader.TryParseDate(io, dateText, "--date", out var date))
        {
            return ExitCodes.UsageOrIo;
        }

        using var outputs = new OutputSet(io);
        outputs.Input(file.FullName);
        if (specFile is not null)
        {
            outputs.Input(specFile.FullName);
        }

        var target = outputs.File(output.ToString(), "--output");
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

        // Options on the command line win over the spec file.
        spec = spec with
        {
            Format = format,
            Kind = kind switch { "statistics" => BulletinKind.Statistics, "daily" => BulletinKind.Daily, "typical-cases" => BulletinKind.TypicalCases, _ => spec.Kind },
            AsOf = asOf ?? spec.AsOf ?? round.DefaultAsOf(clock),
            ReportDate = date ?? spec.ReportDate,
            Audience = audience switch { "internal" => Audience.Internal, "public" => Audience.Public, _ => spec.Audience },
            Language = language is not null && Vocabulary.TryParseLanguage(language, out var lang) ? lang : spec.Language,
        };

        try
        {
            BulletinResult? result = null;
            io.Busy("Writing the bulletin…", () => outputs.Write(target, stream => result = Bulletin.Write(round, stream, spec)));
            outputs.Commit();
            foreach (var warning in result!.Warnings)
            {
                io.Error.WriteLine($"warning: {warning}");
            }

            io.Out.WriteLine(target);
            return ExitCodes.Success;
        }
        catch (InvalidInputException e)
        {
            io.WriteProblems(specFile?.Name ?? "spec", e.Report);
            return ExitCodes.InvalidInput;
        }
    }

    // The format follows --format, else the output's extension; anything else is a usage error rather than PDF bytes
    // in a file named .docx.
    internal static BulletinFormat? FormatOf(CommandIo io, FileInfo output, string? formatText)
    {
        var extension = output.Extension.ToLowerInvariant();
        BulletinFormat? byExtension = extension switch { ".pdf" => BulletinFormat.Pdf, ".docx" => BulletinFormat.Word, _ => null };
        BulletinFormat? byOption = formatText switch { "pdf" => BulletinFormat.Pdf, "docx" => BulletinFormat.Word, _ => null };
        if (byOption is { } chosen && byExtension is { } named && chosen != named)
        {
            io.Error.WriteLine($"error: --format {formatText} does not match the output's extension {extension}");
            return null;
        }

        if ((byOption ?? byExtension) is not { } format)
        {
            io.Error.WriteLine($"error: the output must end in .pdf or .docx (or give --format pdf|docx); got '{output.Name}'");
            return null;
        }

        return format;
    }
}
