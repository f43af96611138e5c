using System.Diagnostics;
using System.Globalization;
using NodaTime;
using Supervision.Reporting.Rendering.Excel;

namespace Supervision.Reporting.Benchmarks;

// `dotnet run -c Release --project benchmarks/Supervision.Reporting.Benchmarks -- compare-ledger 10000 100000 1000000`
//
// For each size, runs the ledger and bare SpreadCheetah (default and Fastest deflate) each in a fresh child process, so that the child's
// peak working set (Process.PeakWorkingSet64, the OS high-water mark of resident memory) belongs to that
// writer alone. Each child builds the synthetic round, collects garbage, notes its working set (the round's
// share), writes once to warm up when the size allows, then times the best of its runs to a file (wall clock, and process CPU time, which
// suffers less when other work shares the cores). The
// report shows the time ratio, the peak working set, the part of it above the round, and the bytes allocated
// while writing (GC.GetTotalAllocatedBytes), which is what "memory stays flat" is about.
internal static class LedgerComparison
{
    private static readonly LocalDate AsOf = new(2023, 10, 20);

    public static void Compare(IEnumerable<int> sizes)
    {
        // "bare" is SpreadCheetah with its default options (Optimal deflate); "bare-fastest" uses the Fastest
        // deflate the ledger itself uses, so the second ratio isolates the ledger's own work.
        Console.WriteLine("findings | writer       | wall s | CPU s | wall ratio | CPU ratio | peak MB | above round MB | allocated MB | file MB");
        foreach (var size in sizes)
        {
            var ledger = Child(size, "ledger");
            foreach (var (mode, figures) in new[] { ("ledger", ledger), ("bare", Child(size, "bare")), ("bare-fastest", Child(size, "bare-fastest")) })
            {
                Console.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{size,8:N0} | {mode,-12} | {figures.Seconds,6:F2} | {figures.CpuSeconds,5:F2} | {ledger.Seconds / figures.Seconds,10:F2} | {ledger.CpuSeconds / figures.CpuSeconds,9:F2} | {figures.PeakMb,7:F0} | {figures.PeakMb - figures.BaselineMb,14:F0} | {figures.AllocatedMb,12:F0} | {figures.FileMb,7:F1}"));
            }
        }
    }

    // The child: `compare-ledger-run SIZE ledger|bare`; prints one line of figures.
    public static void Run(int size, string mode)
    {
        var round = LedgerRound.Create(size, seed: 42);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var baseline = process.WorkingSet64;
        var path = Path.Combine(Path.GetTempPath(), $"compare-ledger-{Environment.ProcessId}.xlsx");
        var runs = size <= 100_000 ? 3 : 1;
        var best = double.MaxValue;
        var bestCpu = double.MaxValue;
        long allocated = 0;
        long length = 0;
        try
        {
            if (size <= 100_000)
            {
                Write(round, mode, path);
            }

            for (var i = 0; i < runs; i++)
            {
                var before = GC.GetTotalAllocatedBytes(precise: true);
                process.Refresh();
                var cpuBefore = process.TotalProcessorTime;
                var watch = Stopwatch.StartNew();
                Write(round, mode, path);
                watch.Stop();
                process.Refresh();
                allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
                best = Math.Min(best, watch.Elapsed.TotalSeconds);
                bestCpu = Math.Min(bestCpu, (process.TotalProcessorTime - cpuBefore).TotalSeconds);
            }

            length = new FileInfo(path).Length;
        }
        finally
        {
            File.Delete(path);
        }

        process.Refresh();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{best} {process.PeakWorkingSet64} {baseline} {allocated} {length} {bestCpu}"));
    }

    private static void Write(Domain.SupervisionRound round, string mode, string path)
    {
        using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 81920);
        if (mode == "ledger")
        {
            RectificationLedger.Write(round, file, new LedgerOptions { AsOf = AsOf });
        }
        else if (mode == "bare-fastest")
        {
            LedgerBareWriter.WriteAsync(round, file, AsOf, SpreadCheetah.SpreadCheetahCompressionLevel.Fastest).GetAwaiter().GetResult();
        }
        else
        {
            LedgerBareWriter.WriteAsync(round, file, AsOf).GetAwaiter().GetResult();
        }
    }

    private static Figures Child(int size, string mode)
    {
        // Through the dotnet host, whichever way this process was started (apphost or `dotnet x.dll`).
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(typeof(LedgerComparison).Assembly.Location);

        start.ArgumentList.Add("compare-ledger-run");
        start.ArgumentList.Add(size.ToString(CultureInfo.InvariantCulture));
        start.ArgumentList.Add(mode);
        using var child = Process.Start(start)!;
        var output = child.StandardOutput.ReadToEnd();
        child.WaitForExit();
        var last = output.Trim().Split('\n')[^1].Split(' ');
        const double Mb = 1024 * 1024;
        return new Figures(
            double.Parse(last[0], CultureInfo.InvariantCulture),
            long.Parse(last[1], CultureInfo.InvariantCulture) / Mb,
            long.Parse(last[2], CultureInfo.InvariantCulture) / Mb,
            long.Parse(last[3], CultureInfo.InvariantCulture) / Mb,
            long.Parse(last[4], CultureInfo.InvariantCulture) / Mb,
            double.Parse(last[5], CultureInfo.InvariantCulture));
    }

    private sealed record Figures(double Seconds, double PeakMb, double BaselineMb, double AllocatedMb, double FileMb, double CpuSeconds);
}
