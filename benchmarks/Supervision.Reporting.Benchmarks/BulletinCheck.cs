using System.Diagnostics;
using System.Globalization;
using NodaTime;
using Supervision.Reporting.Rendering.Pdf.Bulletins;

namespace Supervision.Reporting.Benchmarks;

// A console check of DESIGN §11's "statistical bulletin of a 100k-finding round under 2 s":
// `dotnet run -c Release --project benchmarks/Supervision.Reporting.Benchmarks -- bulletin-check [findings]`.
// Each call includes validating the round, the analytics, composing, laying out and rendering the PDF.
internal static class BulletinCheck
{
    public static void Run(int findings, string? folder)
    {
        // The synthetic round is made for the statistics, which need no people; a bulletin validates the round
        // and names people in its cases, so the ones its measures refer to are added (masked, as in public).
        var bare = SyntheticRound.Create(findings, seed: 42);
        var round = bare with
        {
            People = [.. bare.Measures.Select(m => m.PersonId).Distinct().Select(id => new Supervision.Reporting.Domain.Person { Id = id, Name = "张某" + id, Position = "工作人员" })],
        };
        var statistics = new BulletinSpec { Kind = BulletinKind.Statistics, AsOf = new LocalDate(2023, 10, 20), UseSystemFonts = false };
        var daily = new BulletinSpec { Kind = BulletinKind.Daily, ReportDate = new LocalDate(2023, 10, 10), UseSystemFonts = false };
        GC.Collect();

        Report("statistics, first call (JIT, fonts, round index)", () => Write(round, statistics));
        Report("daily report, first call", () => Write(round, daily));
        if (folder is not null)
        {
            // To look at what a large round gives: `-- bulletin-check 100000 DIR`.
            Directory.CreateDirectory(folder);
            Bulletin.WriteFile(round, Path.Combine(folder, "synthetic-statistics.pdf"), statistics);
            Bulletin.WriteFile(round, Path.Combine(folder, "synthetic-daily.pdf"), daily);
        }

        foreach (var (name, spec) in new[] { ("statistics", statistics), ("daily report", daily) })
        {
            var walls = new List<double>();
            var cpus = new List<double>();
            (int Pages, long Bytes) last = default;
            for (var i = 0; i < 5; i++)
            {
                var (result, wall, cpu) = Measure(() => Write(round, spec));
                walls.Add(wall);
                cpus.Add(cpu);
                last = result;
            }

            walls.Sort();
            cpus.Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name} of {findings:N0} findings, 5 runs: wall median {walls[2]:F0} ms (min {walls[0]:F0}), process CPU median {cpus[2]:F0} ms; {last.Pages} pages, {last.Bytes / 1024.0:F0} KB"));
        }
    }

    private static (int Pages, long Bytes) Write(Supervision.Reporting.Domain.SupervisionRound round, BulletinSpec spec)
    {
        using var stream = new MemoryStream();
        var result = Bulletin.Write(round, stream, spec);
        return (result.PageCount, stream.Length);
    }

    private static void Report(string name, Func<(int Pages, long Bytes)> write)
    {
        var (result, wall, cpu) = Measure(write);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: wall {wall:F0} ms, process CPU {cpu:F0} ms; {result.Pages} pages, {result.Bytes / 1024.0:F0} KB"));
    }

    private static ((int Pages, long Bytes) Result, double WallMs, double CpuMs) Measure(Func<(int Pages, long Bytes)> write)
    {
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var result = write();
        watch.Stop();
        process.Refresh();
        return (result, watch.Elapsed.TotalMilliseconds, (process.TotalProcessorTime - cpuBefore).TotalMilliseconds);
    }
}
