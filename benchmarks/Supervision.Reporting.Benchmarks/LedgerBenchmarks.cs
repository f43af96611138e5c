using BenchmarkDotNet.Attributes;
using NodaTime;
using Supervision.Reporting.Domain;
using Supervision.Reporting.Rendering.Excel;

namespace Supervision.Reporting.Benchmarks;

// `dotnet run -c Release --project benchmarks/Supervision.Reporting.Benchmarks -- --filter *LedgerBenchmarks*`
// The ledger against bare SpreadCheetah writing the same detail cells (see LedgerBareWriter).
[MemoryDiagnoser]
public class LedgerBenchmarks
{
    private static readonly LocalDate AsOf = new(2023, 10, 20);
    private SupervisionRound round = null!;

    [Params(10_000, 100_000)]
    public int Findings { get; set; }

    [GlobalSetup]
    public void Setup() => round = LedgerRound.Create(Findings, seed: 42);

    [Benchmark(Baseline = true)]
    public Task BareSpreadCheetah() => LedgerBareWriter.WriteAsync(round, Stream.Null, AsOf);

    [Benchmark]
    public LedgerResult Ledger() => RectificationLedger.Write(round, Stream.Null, new LedgerOptions { AsOf = AsOf });
}
