using BenchmarkDotNet.Attributes;
using NodaTime;
using Supervision.Reporting.Domain;
using Supervision.Reporting.Rendering.Excel;
using Supervision.Reporting.Rendering.Excel.Import;

namespace Supervision.Reporting.Benchmarks;

// Importing a returned ledger: the untouched ledger of a synthetic round read back (every row matched,
// compared and found unchanged), which is the whole work of an import but applying changes.
[MemoryDiagnoser]
public class LedgerImportBenchmarks
{
    private static readonly LocalDate AsOf = new(2023, 10, 20);
    private SupervisionRound _round = null!;
    private byte[] _ledger = [];

    [Params(10_000, 100_000)]
    public int Findings { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _round = SyntheticRound.Create(Findings, seed: 42);
        using var buffer = new MemoryStream();
        RectificationLedger.Write(_round, buffer, new LedgerOptions { AsOf = AsOf });
        _ledger = buffer.ToArray();
    }

    [Benchmark]
    public int ImportUntouched()
    {
        using var stream = new MemoryStream(_ledger, writable: false);
        return LedgerImport.Import(_round, stream, new LedgerImportOptions { ReportedOn = AsOf }).Value!.Changes.Applied.Count;
    }
}
