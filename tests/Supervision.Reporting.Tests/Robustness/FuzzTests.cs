using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using Supervision.Reporting.Tests.Cli;
using Supervision.Reporting.Tests.Support;
using Xunit.Abstractions;

namespace Supervision.Reporting.Tests.Robustness;

// Issue 10: a fuzz test over mutated inputs, bounded in count and time. Returned ledgers (.xlsx with bytes
// flipped, entries truncated, duplicated or their XML mangled inside the zip; the .xls fixture with bytes
// flipped) are imported, round JSON (the Guilin example and generated rounds, bytes flipped, cut, spliced,
// values replaced) is validated or written as a ledger, all through the tool's entry point. Every run must end
// in exit 0, 1 or 2, with no stack trace, and leave no file but the inputs (and an output only on exit 0).
// Seeded: FUZZ_SEED=<n> repeats a run; a failure names the seed and the case.
public sealed class FuzzTests(ITestOutputHelper output) : IDisposable
{
    private const int Cases = 120;

    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(50);

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("fuzz-");

    public void Dispose() => _folder.Delete(recursive: true);

    private static int Seed() =>
        int.TryParse(Environment.GetEnvironmentVariable("FUZZ_SEED"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var seed) ? seed : 20221130;

    [Fact]
    public void Cli_MutatedLedgersAndRounds_ExitOneOrTwoNoStackTraceNoFileLeft()
    {
        var seed = Seed();
        output.WriteLine($"FUZZ_SEED={seed}");
        var random = new Random(seed);
        var inputs = Directory.CreateDirectory(Path.Combine(_folder.FullName, "inputs"));
        // A small generated round keeps each import and ledger quick, so that the budget buys more cases.
        var round = Path.Combine(inputs.FullName, "round.json");
        var small = RandomRounds.Generate(seed, findings: 25);
        File.WriteAllText(round, RoundJson.Serialize(small));
        var reportedOn = small.Period.End.PlusDays(5).ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
        var ledger = Path.Combine(_folder.FullName, "ledger.xlsx");
        CliRunner.Run("ledger", round, "-o", ledger).ExitCode.Should().Be(0);
        var xlsx = File.ReadAllBytes(ledger);
        File.Delete(ledger);
        var xls = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "returned-guilin-ledger.xls"));
        var jsons = new[]
        {
            File.ReadAllBytes(Example.Path),
            Encoding.UTF8.GetBytes(RoundJson.Serialize(RandomRounds.Generate(seed, findings: 15))),
            Encoding.UTF8.GetBytes(RoundJson.Serialize(RandomRounds.Generate(seed + 1, findings: 40))),
        };

        var clock = Stopwatch.StartNew();
        var counts = new int[3];
        var run = 0;
        for (; run < Cases && clock.Elapsed < Budget; run++)
        {
            var work = Directory.CreateDirectory(Path.Combine(_folder.FullName, $"case-{run}"));
            var kind = run % 4;
            string[] args;
            string mutation;
            string outputPath;
            if (kind is 0 or 1)
            {
                var (bytes, what) = MutateXlsx(xlsx, random);
                var returned = Path.Combine(work.FullName, "returned.xlsx");
                File.WriteAllBytes(returned, bytes);
                outputPath = Path.Combine(work.FullName, "updated.json");
                args = ["import", round, returned, "-o", outputPath, "--report", Path.Combine(work.FullName, "changes.json"), "--strict", "--as-of", reportedOn];
                mutation = "xlsx: " + what;
            }
            else if (kind == 2 && run % 8 == 2)
            {
                var returned = Path.Combine(work.FullName, "returned.xls");
                var (bytes, what) = FlipBytes(xls, random);
                File.WriteAllBytes(returned, bytes);
                outputPath = Path.Combine(work.FullName, "updated.json");
                args = ["import", Example.Path, returned, "-o", outputPath, "--strict", "--as-of", "2022-12-05"];
                mutation = "xls: " + what;
            }
            else
            {
                var baseRound = random.Next(jsons.Length);
                var (bytes, what) = MutateJson(jsons[baseRound], random);
                var mutated = Path.Combine(work.FullName, "round.json");
                File.WriteAllBytes(mutated, bytes);
                outputPath = Path.Combine(work.FullName, "ledger.xlsx");
                args = run % 3 == 0 && baseRound > 0 ? ["ledger", mutated, "-o", outputPath] : ["validate", mutated];
                mutation = "json: " + what;
            }

            var before = HostileInput.FilesIn(work);
            CliResult result;
            try
            {
                result = CliRunner.Run(args);
            }
            catch (Exception e)
            {
                throw new InvalidOperationException($"FUZZ_SEED={seed}, case {run} ({mutation}): {string.Join(' ', args[..2])} threw", e);
            }

            var because = $"FUZZ_SEED={seed}, case {run} ({mutation}): {string.Join(' ', args[..2])}";
            result.ExitCode.Should().BeOneOf([0, 1, 2], because);
            result.Error.Should().NotMatchRegex(@"(?m)^\s+at \S+\(", because).And.NotContain("Exception:", because);
            var left = HostileInput.FilesIn(work).Except(before).ToList();
            if (result.ExitCode == 0 || (args[0] == "import" && result.ExitCode == 1))
            {
                // An import that applied some rows writes them (exit 1 for the rows it could not apply), --strict aside.
                left.Except([Path.GetFileName(outputPath), "changes.json"]).Should().BeEmpty(because);
            }
            else
            {
                left.Should().BeEmpty(because + " left files");
            }

            counts[Math.Min(result.ExitCode, 2)]++;
            work.Delete(recursive: true);
        }

        output.WriteLine($"{run} cases in {clock.Elapsed.TotalSeconds:F1} s: exit 0 ×{counts[0]}, 1 ×{counts[1]}, 2 ×{counts[2]}");
        run.Should().BeGreaterThanOrEqualTo(40, "the budget allows at least a third of the cases even on a loaded machine");
        (counts[1] + counts[2]).Should().BeGreaterThan(run / 3, "most mutations are caught, or the fuzzer mutates nothing");
        HostileInput.FilesIn(inputs).Should().Equal("round.json");
    }

    private static (byte[] Bytes, string What) FlipBytes(byte[] source, Random random)
    {
        var bytes = (byte[])source.Clone();
        var flips = random.Next(1, 20);
        for (var i = 0; i < flips; i++)
        {
            bytes[random.Next(bytes.Length)] ^= (byte)random.Next(1, 256);
        }

        return (bytes, $"{flips} bytes flipped");
    }

    private static (byte[] Bytes, string What) MutateJson(byte[] source, Random random)
    {
        var text = Encoding.UTF8.GetString(source);
        switch (random.Next(6))
        {
            case 0:
                return FlipBytes(source, random);
            case 1:
                var cut = random.Next(source.Length);
                return (source[..cut], $"cut at {cut}");
            case 2:
                var from = random.Next(source.Length);
                var length = Math.Min(random.Next(1, 2000), source.Length - from);
                var at = random.Next(source.Length);
                return ([.. source[..at], .. source.AsSpan(from, length), .. source[at..]], $"{length} bytes from {from} spliced in at {at}");
            case 3:
                // A value replaced by a hostile one: a far date, a huge number, a lone surrogate, a long string, a name.
                string[] values = ["\"9999-12-31\"", "\"0001-01-01\"", "2147483647", "-1", "\"\\ud800\"", "null", "[]", "{}", "\"" + new string('长', 30_000) + "\"", "\"欧阳 娜娜\"", "1e308"];
                var colon = IndexOfNth(text, ": ", random) ?? IndexOfNth(text, ":", random) ?? 0;
                var end = text.IndexOfAny([',', '}', ']'], colon + 1);
                var value = values[random.Next(values.Length)];
                return (Encoding.UTF8.GetBytes(string.Concat(text.AsSpan(0, colon + 1), value, end < 0 ? string.Empty : text[end..])), $"value at {colon} replaced by {value[..Math.Min(value.Length, 20)]}");
            case 4:
                // Invalid UTF-8 inside a string.
                var quote = IndexOfNth(text, "\"", random) ?? 0;
                var position = Encoding.UTF8.GetByteCount(text.AsSpan(0, quote + 1));
                return ([.. source[..position], 0xC3, 0x28, 0xFF, .. source[position..]], $"invalid UTF-8 at byte {position}");
            default:
                var duplicate = random.Next(source.Length);
                return ([.. source, .. source[duplicate..]], $"tail from {duplicate} repeated");
        }
    }

    private static int? IndexOfNth(string text, string what, Random random)
    {
        var index = text.IndexOf(what, random.Next(text.Length), StringComparison.Ordinal);
        return index < 0 ? null : index;
    }

    private static (byte[] Bytes, string What) MutateXlsx(byte[] source, Random random)
    {
        var mode = random.Next(5);
        if (mode == 0)
        {
            return FlipBytes(source, random);
        }

        using var input = new ZipArchive(new MemoryStream(source), ZipArchiveMode.Read);
        var entries = input.Entries.Select(e =>
        {
            using var s = e.Open();
            using var buffer = new MemoryStream();
            s.CopyTo(buffer);
            return (e.FullName, Bytes: buffer.ToArray());
        }).ToList();
        var victim = random.Next(entries.Count);
        var name = entries[victim].FullName;
        var data = entries[victim].Bytes;
        string what;
        switch (mode)
        {
            case 1:
                var cut = random.Next(data.Length + 1);
                entries[victim] = (name, data[..cut]);
                what = $"{name} truncated to {cut} bytes";
                break;
            case 2:
                entries.Insert(victim, (name, data));
                what = $"{name} duplicated";
                break;
            case 3:
                var xml = Encoding.UTF8.GetString(data);
                string[] mangles = ["<", "</x>", "&bogus;", "<!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\">]>", "\"", "<c r=\"XFD1048577\" t=\"s\"><v>99999999</v></c>", "<v>1e999</v>", "\u0000", "<si><t>" + new string('字', 40_000) + "</t></si>"];
                var mangle = mangles[random.Next(mangles.Length)];
                var at = random.Next(xml.Length + 1);
                entries[victim] = (name, Encoding.UTF8.GetBytes(string.Concat(xml.AsSpan(0, at), mangle, xml.AsSpan(at))));
                what = $"{name}: '{mangle[..Math.Min(12, mangle.Length)]}' inserted at {at}";
                break;
            default:
                entries.RemoveAt(victim);
                what = $"{name} removed";
                break;
        }

        using var result = new MemoryStream();
        using (var zip = new ZipArchive(result, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (entryName, bytes) in entries)
            {
                using var s = zip.CreateEntry(entryName, CompressionLevel.Fastest).Open();
                s.Write(bytes);
            }
        }

        return (result.ToArray(), what);
    }
}
