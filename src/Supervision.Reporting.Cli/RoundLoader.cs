using NodaTime;
using NodaTime.Text;
using Supervision.Reporting.Domain;
using Supervision.Reporting.Serialization;

namespace Supervision.Reporting.Cli;

// What every command that takes a round does first: read it, print its problems, and work out the as-of date.
internal static class RoundLoader
{
    private static readonly LocalDatePattern DatePattern = LocalDatePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd");

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

        date = parsed.Value;
        return true;
    }
}
