using System.Text;

namespace Supervision.Reporting.Cli;

internal static class Program
{
    private static int Main(string[] args)
    {
        // Chinese text must reach Windows consoles intact too.
        Console.OutputEncoding = Encoding.UTF8;
        return CommandLine.Run(args, Console.Out, Console.Error);
    }
}
