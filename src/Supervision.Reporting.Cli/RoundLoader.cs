using System.Globalization;
using NodaTime;
using NodaTime.Text;
using Supervision.Reporting.Domain;
using Supervision.Reporting.Serialization;

namespace Supervision.Reporting.Cli;

// What every command that takes a round does first: read it, print its problems, and work out the as-of date.
internal static class RoundLoader
{
    // The library's supported dates (Calendar/SupportedDates, internal to it); Robustness/FarDateTests
    // asserts that both say the same range.
    private static readonly LocalDate MinDate = new(1900, 1, 1);
    private static readonly LocalDate MaxDate = new(2099, 12, 31);

    private static readonly LocalDatePattern DatePattern = LocalDatePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd");

    // The round, with --as-of checked against its period: null and the exit code to stop with (1 invalid, 2 missing
    // file or an --as-of too far from the period).
    public static SupervisionRound? Load(CommandIo io, FileInfo file, LocalDate? asOf, out int exitCode)
    {
        var round = Load(io, file, out exitCode);
        if (round is not null && !AsOfNearPeriod(io, round, asOf))
        {
            exitCode = ExitCodes.UsageOrIo;
            return null;
        }

        return round;
    }

    // Returns the round, or the exit code to stop with (1 invalid, 2 missing file).
    public static SupervisionRound? Load(CommandIo io, FileInfo file, out int exitCode)
    {
        exitCode = ExitCodes.Success;
        if (!file.Exists)
        {
            io.Error.WriteLine($"error: file not found: {file.FullName}");
            exitCode = ExitCodes.UsageOrIo;
            return null;
        }

        var result = RoundJson.ReadFile(file.FullName);
        io.WriteProblems(file.Name, result.Report);
        if (!result.IsValid)
        {
            exitCode = ExitCodes.InvalidInput;
            return null;
        }

        return result.Value;
    }

    // The bulletin spec of --spec, or the defaults when none is given. Null when the file is missing (exit 2) or
    // has errors (exit 1), after printing every problem; warnings are printed too.
    public static BulletinSpec? LoadSpec(CommandIo io, FileInfo? specFile, out int exitCode)
    {
        exitCode = ExitCodes.Success;
        if (specFile is null)
        {
            return new BulletinSpec();
        }

        if (!specFile.Exists)
        {
            io.Error.WriteLine($"error: file not found: {specFile.FullName}");
            exitCode = ExitCodes.UsageOrIo;
            return null;
        }

        var read = BulletinSpecJson.ReadFile(specFile.FullName);
        io.WriteProblems(specFile.Name, read.Report);
        if (!read.IsValid)
        {
            exitCode = ExitCodes.InvalidInput;
            return null;
        }

        return read.Value;
    }

    public static bool TryParseDate(CommandIo io, string? text, string option, out LocalDate? date)
    {
        date = null;
        if (text is null)
        {
            return true;
        }

        var parsed = DatePattern.Parse(text);
        if (!parsed.Success)
        {
            io.Error.WriteLine($"error: {option} must be a date YYYY-MM-DD (e.g. 2022-11-30), got '{text}'");
            return false;
        }

        if (parsed.Value < MinDate || parsed.Value > MaxDate)
        {
            io.Error.WriteLine($"error: {option} {text} is outside the supported dates 1900-01-01..2099-12-31");
            return false;
        }

        date = parsed.Value;
        return true;
    }

    // How far --as-of may lie from the round's period. Statistics, ledgers and bulletins are taken within
    // or shortly after a round; a date decades away is a typo, and it would make daily series and the
    // ledger's dates absurd (and `import` would write a round whose progress dates the others refuse).
    public const int AsOfYearsAroundPeriod = 10;

    // A usage error (exit 2) when --as-of is given and lies more than AsOfYearsAroundPeriod years from the period.
    public static bool AsOfNearPeriod(CommandIo io, SupervisionRound round, LocalDate? asOf, string option = "--as-of")
    {
        if (asOf is not { } date)
        {
            return true;
        }

        var from = round.Period.Start.PlusYears(-AsOfYearsAroundPeriod);
        var to = round.Period.End.PlusYears(AsOfYearsAroundPeriod);
        if (date >= from && date <= to)
        {
            return true;
        }

        io.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"error: {option} {date:uuuu-MM-dd} is too far from the round's period {round.Period.Start:uuuu-MM-dd}..{round.Period.End:uuuu-MM-dd}; give a date between {from:uuuu-MM-dd} and {to:uuuu-MM-dd}"));
        return false;
    }
}
