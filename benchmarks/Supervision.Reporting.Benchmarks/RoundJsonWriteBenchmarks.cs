using BenchmarkDotNet.Attributes;
using Supervision.Reporting.Domain;

namespace Supervision.Reporting.Benchmarks;

// `dotnet run -c Release --project benchmarks/Supervision.Reporting.Benchmarks -- --filter *RoundJsonWrite*`
// Writing a round as JSON (what `import` does last, the updated round): the synthetic round with a real ledger's
// texts, to Stream.Null, so that only the writer's own work and allocations are measured.
[MemoryDiagnoser]
public class RoundJsonWriteBenchmarks
{
    private SupervisionRound _round = null!;

    [Params(10_000, 100_000)]
    public int Findings { get; set; }

    [GlobalSetup]
    public void Setup() => _round = LedgerRound.Create(Findings, seed: 42);

    [Benchmark]
    public void Write() => RoundJson.Write(_round, Stream.Null);
}
