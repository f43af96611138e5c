using System.Runtime.InteropServices;
using System.Text;
using Supervision.Reporting.IO;

namespace Supervision.Reporting.Cli;

internal static class Program
{
    private static int Main(string[] args)
    {
        // Chinese text must reach Windows consoles intact too.
        Console.OutputEncoding = Encoding.UTF8;

        // Interrupted (Ctrl+C, kill, a closed terminal): remove the temporary files of unfinished outputs, then end
        // as the signal would. Only kill -9 can leave one, which the next run in that folder removes.
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, _ => AtomicFile.DiscardAll());
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, _ => AtomicFile.DiscardAll());
        using var hangUp = PosixSignalRegistration.Create(PosixSignal.SIGHUP, _ => AtomicFile.DiscardAll());
        return CommandLine.Run(args, Console.Out, Console.Error);
    }
}
