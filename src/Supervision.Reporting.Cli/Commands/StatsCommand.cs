using System.CommandLine;
using NodaTime;
using NodaTime.Text;
using Supervision.Reporting.Analytics;
using Supervision.Reporting.Calendar;
using Supervision.Reporting.Domain;
using Supervision.Reporting.Serialization;

namespace Supervision.Reporting.Cli.Commands;

internal static class StatsCommand
{
    public static Command Create(CommandIo io, IClock clock)
    {
        var file = new Argument<FileInfo>("ROUND.json") { Description = "The round (JSON, format version 1)." };
        var asOf = new Option<string?>("--as-of")
        {
            Description = "The as-of date YYYY-MM-DD: nothing dated after it counts. Default: the round's period end or today (in the round's time zone), whichever is earlier.",
        };
        var format = new Option<string>("--format")
        {
            Description = "table (readable, default), json (the documented statistics, see docs/analytics.md) or csv (the breakdowns, UTF-8 with BOM).",
            DefaultValueFactory = _ => "table",
        };
        format.AcceptOnlyFromAmong("table", "json", "csv");
        var lang = new Option<string>("--lang")
        {
            Description = "Language of labels: zh-Hans (default), zh-Hant or en.",
            DefaultValueFactory = _ => "zh-Hans",
        };
        lang.AcceptOnlyFromAmong("zh-Hans", "zh-Hant", "en");
        var command = new Command("stats", "Print the statistics of a round as of a date: inspections, findings, rectification, overdue, accountability, breakdowns.")
        {
            file,
            asOf,
            format,
            lang,
        };
        command.SetAction(parsed => Run(io, clock, parsed.GetValue(file)!, parsed.GetValue(asOf), parsed.GetValue(format)!, parsed.GetValue(lang)!));
        return command;
    }

    private static int Run(CommandIo io, IClock clock, FileInfo file, string? asOfText, string format, string languageTag)
    {
        if (!RoundLoader.TryParseDate(io, asOfText, "--as-of", out var asOf))
        {
            return ExitCodes.UsageOrIo;
        }

        // Warnings go to stderr too, so that stdout stays the requested document.
        var round = RoundLoader.Load(io, file, asOf, out var exitCode);
        if (round is null)
        {
            if (exitCode == ExitCodes.InvalidInput)
            {
                io.Error.WriteLine($"invalid: {file.Name}; no statistics computed");
            }

            return exitCode;
        }

        Vocabulary.TryParseLanguage(languageTag, out var language);
        var date = asOf ?? round.DefaultAsOf(clock);
        if (WorkingDayCalendar.China.DescribeCoverageGap(date, date) is { } gap)
        {
            io.Error.WriteLine($"warning: --as-of {date.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}: {gap}");
        }

        var statistics = RoundAnalytics.Compute(round, date);
        switch (format)
        {
            case "json":
                io.Out.WriteLine(StatisticsJson.Serialize(statistics));
                break;
            case "csv":
                // The BOM lets Excel open a redirected file (`> stats.csv`) as UTF-8.
                io.Out.Write('\uFEFF');
                io.Out.Write(StatisticsCsv.Serialize(statistics, round, language));
                break;
            default:
                StatsTable.Render(io.Out, round, statistics, language);
                break;
        }

        return ExitCodes.Success;
    }
}
