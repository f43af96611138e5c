using System.Diagnostics;
using System.Globalization;
using NodaTime;
using Supervision.Reporting.Analytics;

namespace Supervision.Reporting.Benchmarks;

// A quick console check of the 1M-finding target without BenchmarkDotNet's full run:
// `dotnet run -c Release --project benchmarks/Supervision.Reporting.Benchmarks -- stats-check [findings]`.
internal static class StatisticsCheck
{
    public static void Run(int findings)
    {
        var build = Stopwatch.StartNew();
        var round = SyntheticRound.Create(findings, seed: 42);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"generated {findings:N0} findings in {build.Elapsed.TotalSeconds:F1} s"));

        var asOf = new LocalDate(2023, 10, 20);

        // The freshly built round is still in the young generations; collect it now so that the first
        // Compute is not charged for promoting half a gigabyte of input.
        GC.Collect();
        GC.WaitForPendingFinalizers();

        // The first call pays for JIT and for the round's lazily built id index; report it apart.
        var (stats, wall, cpu) = Measure(() => RoundAnalytics.Compute(round, asOf));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"first Compute in the process (includes JIT): wall {wall:F0} ms, process CPU {cpu:F0} ms"));

        // A second round of the same size, computed once: the cost of a single call in a warmed-up process.
        var other = SyntheticRound.Create(findings, seed: 7);
        GC.Collect();
        (_, wall, cpu) = Measure(() => RoundAnalytics.Compute(other, asOf));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"first Compute of another round: wall {wall:F0} ms, process CPU {cpu:F0} ms"));
        other = null;
        GC.Collect();

        // Wall time suffers when other work shares the cores; process CPU time shows the cost of the work itself.
        var walls = new List<double>();
        var cpus = new List<double>();
        for (var i = 0; i < 5; i++)
        {
            (stats, wall, cpu) = Measure(() => RoundAnalytics.Compute(round, asOf.PlusDays(i)));
            walls.Add(wall);
            cpus.Add(cpu);
        }

        walls.Sort();
        cpus.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Compute, 5 runs: wall median {walls[2]:F0} ms (min {walls[0]:F0}), process CPU median {cpus[2]:F0} ms (min {cpus[0]:F0})"));
        Console.WriteLine(stats);
    }

    private static (RoundStatistics Result, double WallMs, double CpuMs) Measure(Func<RoundStatistics> compute)
    {
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var result = compute();
        watch.Stop();
        process.Refresh();
        return (result, watch.Elapsed.TotalMilliseconds, (process.TotalProcessorTime - cpuBefore).TotalMilliseconds);
    }
}
