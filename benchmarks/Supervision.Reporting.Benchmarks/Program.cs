using BenchmarkDotNet.Running;

namespace Supervision.Reporting.Benchmarks;

internal static class Program
{
    // `dotnet run -c Release --project benchmarks/Supervision.Reporting.Benchmarks -- --filter *`
    // runs BenchmarkDotNet; the console comparisons are added beside it as their issues land.
    private static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
