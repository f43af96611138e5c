using Supervision.Reporting.Cli;

namespace Supervision.Reporting.Tests.Cli;

internal sealed record CliResult(int ExitCode, string Out, string Error);

// Runs the tool in-process with captured output, as a user would from a shell.
internal static class CliRunner
{
    public static CliResult Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = CommandLine.Run(args, stdout, stderr);
        return new CliResult(code, stdout.ToString(), stderr.ToString());
    }
}
