using Supervision.Reporting.Validation;

namespace Supervision.Reporting.Cli;

// Where a command writes: stdout carries only the requested output; messages go to stderr.
internal sealed class CommandIo(TextWriter stdout, TextWriter stderr)
{
    public TextWriter Out { get; } = stdout;

    public TextWriter Error { get; } = stderr;

    public void WriteProblems(string source, ValidationReport report)
    {
        foreach (var problem in report.Problems)
        {
            Error.WriteLine($"{source}: {problem}");
        }
    }
}
