namespace Supervision.Reporting.Cli;

internal static class Program
{
    private static int Main(string[] args) => args.Length;
}
