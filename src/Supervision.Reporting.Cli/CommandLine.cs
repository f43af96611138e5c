using System.CommandLine;
using NodaTime;
using Supervision.Reporting.Cli.Commands;

namespace Supervision.Reporting.Cli;

// Parses arguments and dispatches; every command's work is done by the library.
internal static class CommandLine
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr) => Run(args, stdout, stderr, SystemClock.Instance);

    // The clock is read only here, for the default as-of date, and can be fixed in tests.
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, IClock clock)
    {
        var root = new RootCommand("supervision-report — validate supervision rounds and generate their bulletins, ledgers and statistics.");
        var io = new CommandIo(stdout, stderr);
        root.Subcommands.Add(ValidateCommand.Create(io));
        root.Subcommands.Add(StatsCommand.Create(io, clock));
        root.Subcommands.Add(LedgerCommand.Create(io, clock));
        root.Subcommands.Add(ImportCommand.Create(io, clock));
        root.Subcommands.Add(BulletinCommand.Create(io, clock));
        root.Subcommands.Add(NoticesCommand.Create(io, clock));
        root.Subcommands.Add(DemoCommand.Create(io));

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                stderr.WriteLine($"error: {error.Message}");
            }

            stderr.WriteLine("Run 'supervision-report --help' for usage.");
            return ExitCodes.UsageOrIo;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (InvalidInputException e)
        {
            // An input the library refuses (a round too big for a ledger, …): its report, not a stack trace.
            stderr.WriteLine($"error: {e.Message}");
            return ExitCodes.InvalidInput;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // File-system trouble is the user's to fix: a message, not a stack trace.
            stderr.WriteLine($"error: {e.Message}");
            return ExitCodes.UsageOrIo;
        }
    }
}
