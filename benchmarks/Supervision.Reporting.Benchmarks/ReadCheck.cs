using System.Diagnostics;
using System.Globalization;
using Supervision.Reporting.Calendar;

namespace Supervision.Reporting.Benchmarks;

// `-- read-check [findings]`: in one process, the time of reading a round file with RoundJson (read + rules +
// positions), of the rules alone, and of the plain System.Text.Json peer, best of five — a quick look at where
// the time of `validate` goes, between runs of compare-commands.
internal static class ReadCheck
{
    public static void Run(int size)
    {
        var path = Path.Combine(Path.GetTempPath(), $"read-check-{Environment.ProcessId}.json");
        RoundJson.WriteFile(LedgerRound.Create(size, seed: 42), path);
        try
        {
            var round = RoundJson.ReadFile(path);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{size:N0} findings, {new FileInfo(path).Length / 1e6:F1} MB, valid: {round.IsValid}, {round.Report.Diagnostics.Count} problem(s)"));
            Time("RoundJson.ReadFile", () => RoundJson.ReadFile(path).IsValid);
            Time("tokens only (JsonTokenStream)", () => Tokens(path, positions: false) > 0);
            Time("tokens + positions", () => Tokens(path, positions: true) > 0);
            Time("map only (JsonRoundReader)", () => Map(path));
            Time("RoundValidator (rules only)", () => RoundValidator.Compute(round.Value!, WorkingDayCalendar.China).HasErrors);
            Time("map, then rules on it", () => RoundValidator.Compute(MapRound(path)!, WorkingDayCalendar.China).HasErrors);
            Time("STJ peer (records)", () => PeerRound.Read(path).Findings!.Count > 0);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static long Tokens(string path, bool positions)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0);
        using var stream = new Serialization.JsonTokenStream(file, new Serialization.TextPosition(1, 1), skipBom: true);
        var r = stream.Begin();
        long count = 0;
        while (stream.Read(ref r))
        {
            if (positions && r.TokenType is System.Text.Json.JsonTokenType.PropertyName)
            {
                count += stream.Position(r).Column;
            }

            count++;
        }

        return count;
    }

    private static bool Map(string path) => MapRound(path) is not null;

    private static Domain.SupervisionRound? MapRound(string path)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0);
        using var stream = new Serialization.JsonTokenStream(file, new Serialization.TextPosition(1, 1), skipBom: true);
        var reader = new Serialization.JsonRoundReader(stream);
        var r = stream.Begin();
        stream.Read(ref r);
        return reader.ReadRound(ref r);
    }

    private static void Time(string what, Func<bool> action)
    {
        var best = double.MaxValue;
        long allocated = 0;
        var gen0 = 0;
        var gen1 = 0;
        var gen2 = 0;
        var paused = TimeSpan.Zero;
        for (var i = 0; i < 5; i++)
        {
            GC.Collect();
            var before = GC.GetTotalAllocatedBytes(precise: true);
            var (c0, c1, c2, pause) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration());
            var clock = Stopwatch.StartNew();
            action();
            best = Math.Min(best, clock.Elapsed.TotalSeconds);
            allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
            (gen0, gen1, gen2, paused) = (GC.CollectionCount(0) - c0, GC.CollectionCount(1) - c1, GC.CollectionCount(2) - c2, GC.GetTotalPauseDuration() - pause);
        }

        // The collections and their pauses of the last run (a gen1 collection counts as gen0 too, and so on).
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {what,-30} {best,7:F3} s  {allocated / 1e6,8:F0} MB allocated  GC {gen0}/{gen1}/{gen2}, paused {paused.TotalSeconds:F3} s"));
    }
}
