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
        catch (IOException e) when (IsDiskFull(e))
        {
            // Every output went to a temporary file first, which is gone now: nothing was changed.
            stderr.WriteLine($"error: the disk is full (no space left on the device): {e.Message}; no output was changed");
            return ExitCodes.UsageOrIo;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // File-system trouble is the user's to fix: a message, not a stack trace.
            stderr.WriteLine($"error: {e.Message}");
            return ExitCodes.UsageOrIo;
        }
    }

    // ENOSPC (28) / EDQUOT (122) on Linux, ERROR_DISK_FULL / ERROR_HANDLE_DISK_FULL on Windows.
    internal static bool IsDiskFull(IOException e) =>
        (e.HResult & 0xFFFF) is 28 or 122 or 0x70 or 0x27 || e.Message.Contains("No space left", StringComparison.OrdinalIgnoreCase);
}
