using BenchmarkDotNet.Attributes;
using NodaTime;
using Supervision.Reporting.Analytics;
using Supervision.Reporting.Domain;

namespace Supervision.Reporting.Benchmarks;

// DESIGN §11: statistics of 1M findings under 1 s single-threaded.
[MemoryDiagnoser]
public class StatisticsBenchmarks
{
    private SupervisionRound _round = null!;

    [Params(100_000, 1_000_000)]
    public int Findings { get; set; }

    [GlobalSetup]
    public void Setup() => _round = SyntheticRound.Create(Findings, seed: 42);

    [Benchmark]
    public RoundStatistics Compute() => RoundAnalytics.Compute(_round, new LocalDate(2023, 10, 20));
}
