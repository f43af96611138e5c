using System.CommandLine;
using Supervision.Reporting.Serialization;

namespace Supervision.Reporting.Cli.Commands;

internal static class ValidateCommand
{
    public static Command Create(CommandIo io)
    {
        var file = new Argument<FileInfo>("ROUND.json") { Description = "The round to check (JSON, format version 1)." };
        var command = new Command("validate", "Check a round: exit 0 when valid (warnings printed), 1 when invalid, with every problem listed.")
        {
            file,
        };
        command.SetAction(parsed => Run(io, parsed.GetValue(file)!));
        return command;
    }

    private static int Run(CommandIo io, FileInfo file)
    {
        if (!file.Exists)
        {
            io.Error.WriteLine($"error: file not found: {file.FullName}");
            return ExitCodes.UsageOrIo;
        }

        var result = RoundJson.ReadFile(file.FullName);
        io.WriteProblems(file.Name, result.Report);
        var counts = $"{result.Report.Errors.Count} error(s), {result.Report.Warnings.Count} warning(s)";
        if (result.IsValid)
        {
            io.Out.WriteLine($"valid: {file.Name} ({counts})");
            return ExitCodes.Success;
        }

        io.Out.WriteLine($"invalid: {file.Name} ({counts})");
        return ExitCodes.InvalidInput;
    }
}
