using Spectre.Console;
using Supervision.Reporting.Validation;

namespace Supervision.Reporting.Cli;

// Where a command writes: stdout carries only the requested output; messages go to stderr.
internal sealed class CommandIo(TextWriter stdout, TextWriter stderr)
{
    public TextWriter Out { get; } = stdout;

    public TextWriter Error { get; } = stderr;

    // Progress is shown only when stderr is the console's own terminal, never into a redirected stream.
    public bool ShowsProgress { get; } = ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected;

    public void WriteProblems(string source, DiagnosticReport report)
    {
        foreach (var problem in report.Diagnostics)
        {
            Error.WriteLine($"{source}: {problem}");
        }
    }

    public void Busy(string what, Action work) => Busy(what, () =>
    {
        work();
        return 0;
    });

    // Runs long work with a spinner on stderr when it is a terminal (DESIGN §12); otherwise just runs it.
    public T Busy<T>(string what, Func<T> work)
    {
        if (!ShowsProgress)
        {
            return work();
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        return console.Status().Start(what, _ => work());
    }
}
