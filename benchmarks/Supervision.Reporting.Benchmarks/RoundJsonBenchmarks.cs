using BenchmarkDotNet.Attributes;
using NodaTime;
using Supervision.Reporting.Domain;
using Supervision.Reporting.Serialization;

namespace Supervision.Reporting.Benchmarks;

// DESIGN §11: load + validate a 100k-finding JSON round in under 2 s.
[MemoryDiagnoser]
public class RoundJsonBenchmarks
{
    private byte[] _json = [];

    [Params(10_000, 100_000)]
    public int Findings { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        using var buffer = new MemoryStream();
        RoundJson.Write(SyntheticRound.Create(Findings, seed: 42), buffer);
        _json = buffer.ToArray();
    }

    [Benchmark]
    public bool LoadAndValidate() => RoundJson.Read(_json).IsValid;
}
