using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using ExcelDataReader;
using NodaTime;

namespace Supervision.Reporting.Benchmarks;

// `dotnet run -c Release --project benchmarks/Supervision.Reporting.Benchmarks -- compare-commands 10000 100000 [1000000]`
//
// Whole commands as users run them, against what a developer writes without the library (issue 15). For each
// size the synthetic round with a real ledger's texts (LedgerRound) is written to a JSON file; then each command
// runs as a child process — the built CLI (`dotnet supervision-report.dll validate|ledger|import`) and the plain
// peers (`dotnet Supervision.Reporting.Benchmarks.dll peer-…`), all framework-dependent, started the same way.
// Every child is started by a small wrapper process (`compare-commands-measure`) that waits for it and reads
// getrusage(RUSAGE_CHILDREN): the peak resident set (ru_maxrss) and the CPU time (ru_utime + ru_stime) of that
// child alone, with no polling. Best of three by wall time (best of one above 100k findings).
internal static partial class CommandComparison
{
    private const string AsOf = "2023-10-20";

    private static readonly string[] Commands = ["validate", "peer-json", "ledger", "peer-ledger", "import", "peer-excel"];

    public static void Compare(IReadOnlyList<int> sizes)
    {
        var root = RepositoryRoot();
        Console.WriteLine("building the CLI (Release)…");
        Run("dotnet", ["build", Path.Combine(root, "src", "Supervision.Reporting.Cli"), "-c", "Release", "-v", "q", "-nologo"]);
        var cli = Path.Combine(root, "src", "Supervision.Reporting.Cli", "bin", "Release", "net10.0", "supervision-report.dll");
        var self = typeof(CommandComparison).Assembly.Location;
        var folder = Directory.CreateTempSubdirectory("compare-commands-");
        var table = new StringBuilder();
        table.AppendLine("| findings | command | wall s | CPU s | peak MB | output MB | against | wall ratio | CPU ratio | memory ratio |");
        table.AppendLine("|---:|---|---:|---:|---:|---:|---|---:|---:|---:|");
        var loads = new List<string>();
        try
        {
            foreach (var size in sizes)
            {
                var round = Path.Combine(folder.FullName, $"round-{size}.json");
                RoundJson.WriteFile(LedgerRound.Create(size, seed: 42), round);
                var ledger = Path.Combine(folder.FullName, $"ledger-{size}.xlsx");
                var bare = Path.Combine(folder.FullName, $"bare-{size}.xlsx");
                var imported = Path.Combine(folder.FullName, $"imported-{size}.json");
                var runs = size <= 100_000 ? 3 : 1;
                var before = File.ReadAllText("/proc/loadavg").Trim();
                var figures = new Dictionary<string, Figures>();
                foreach (var command in Commands)
                {
                    string[] args = command switch
                    {
                        "validate" => ["dotnet", cli, "validate", round],
                        "ledger" => ["dotnet", cli, "ledger", round, "-o", ledger, "--as-of", AsOf],
                        "import" => ["dotnet", cli, "import", round, ledger, "-o", imported, "--as-of", AsOf],
                        "peer-json" => ["dotnet", self, "peer-json", round],
                        "peer-ledger" => ["dotnet", self, "peer-ledger", round, bare],
                        _ => ["dotnet", self, "peer-excel", ledger],
                    };
                    var output = command switch { "ledger" => ledger, "import" => imported, "peer-ledger" => bare, _ => null };
                    figures[command] = Best(args, runs, output);
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{size,9:N0} {command,-12} {figures[command]}"));
                }

                var after = File.ReadAllText("/proc/loadavg").Trim();
                loads.Add($"{size:N0} findings: load before `{before}`, after `{after}`; round file {new FileInfo(round).Length / 1e6:F1} MB; best of {runs}");
                var json = figures["peer-json"];
                var excel = figures["peer-excel"];
                var sum = new Figures(json.Wall + excel.Wall, json.Cpu + excel.Cpu, Math.Max(json.PeakMb, excel.PeakMb), 0, 0);
                Row(table, size, "validate", figures["validate"], "peer-json", json);
                Row(table, size, "peer-json", json, null, null);
                Row(table, size, "ledger", figures["ledger"], "peer-ledger", figures["peer-ledger"]);
                Row(table, size, "peer-ledger", figures["peer-ledger"], null, null);
                Row(table, size, "import", figures["import"], "peer-json + peer-excel", sum);
                Row(table, size, "peer-excel", excel, null, null);
                foreach (var file in folder.EnumerateFiles())
                {
                    file.Delete();
                }
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }

        Console.WriteLine();
        Console.Write(table);
        Console.WriteLine();
        foreach (var load in loads)
        {
            Console.WriteLine($"- {load}");
        }
    }

    private static void Row(StringBuilder table, int size, string command, Figures f, string? against, Figures? peer)
    {
        if (peer is { } p)
        {
            table.AppendLine(string.Create(CultureInfo.InvariantCulture, $"| {size:N0} | `{command}` | {f.Wall:F2} | {f.Cpu:F2} | {f.PeakMb:F0} | {f.OutputMb:F1} | {against} | {f.Wall / p.Wall:F2} | {f.Cpu / p.Cpu:F2} | {f.PeakMb / p.PeakMb:F2} |"));
        }
        else
        {
            table.AppendLine(string.Create(CultureInfo.InvariantCulture, $"| {size:N0} | {command} | {f.Wall:F2} | {f.Cpu:F2} | {f.PeakMb:F0} | {f.OutputMb:F1} | | | | |"));
        }
    }

    private sealed record Figures(double Wall, double Cpu, double PeakMb, double OutputMb, int ExitCode)
    {
        public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"wall {Wall,6:F2} s  CPU {Cpu,6:F2} s  peak {PeakMb,5:F0} MB  output {OutputMb,6:F1} MB  exit {ExitCode}");
    }

    // The best (by wall time) of `runs` measured runs of a command.
    private static Figures Best(string[] command, int runs, string? output)
    {
        Figures? best = null;
        for (var i = 0; i < runs; i++)
        {
            // Started as `dotnet X.dll` the wrapper needs the assembly; started through the apphost (`dotnet run`) it does not.
            var host = Environment.ProcessPath!;
            string[] wrapper = Path.GetFileNameWithoutExtension(host) == "dotnet"
                ? [typeof(CommandComparison).Assembly.Location, "compare-commands-measure", .. command]
                : ["compare-commands-measure", .. command];
            var line = Run(host, wrapper).Trim().Split('\n')[^1];
            var parts = line.Trim().Split(' ');
            var f = new Figures(
                double.Parse(parts[0], CultureInfo.InvariantCulture),
                double.Parse(parts[1], CultureInfo.InvariantCulture),
                double.Parse(parts[2], CultureInfo.InvariantCulture) / 1024,
                output is not null && File.Exists(output) ? new FileInfo(output).Length / 1e6 : 0,
                int.Parse(parts[3], CultureInfo.InvariantCulture));
            if (f.ExitCode is not 0)
            {
                Console.WriteLine($"  warning: {string.Join(' ', command.Skip(2))} exited {f.ExitCode}");
            }

            if (best is null || f.Wall < best.Wall)
            {
                best = f;
            }
        }

        return best!;
    }

    // The wrapper: starts the command, waits, and prints "wall-seconds cpu-seconds maxrss-kB exit-code" of that
    // child alone (RUSAGE_CHILDREN counts only children that have been waited for: here, just the one).
    public static void Measure(string[] command)
    {
        var start = new ProcessStartInfo(command[0]) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in command.Skip(1))
        {
            start.ArgumentList.Add(arg);
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var wall = clock.Elapsed.TotalSeconds;
        if (GetRUsage(RusageChildren, out var usage) != 0)
        {
            throw new InvalidOperationException($"getrusage failed: {Marshal.GetLastPInvokeError()}");
        }

        if (process.ExitCode != 0)
        {
            Console.Error.WriteLine(stderr.Result.Length > 2000 ? stderr.Result[..2000] : stderr.Result);
        }

        var cpu = usage.UserTime.Seconds + (usage.UserTime.Microseconds / 1e6) + usage.SystemTime.Seconds + (usage.SystemTime.Microseconds / 1e6);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{wall:F3} {cpu:F3} {usage.MaxRss} {process.ExitCode}"));
    }

    // The plain peers.
    public static void Peer(string[] args)
    {
        switch (args[0])
        {
            case "peer-json":
                Console.WriteLine(PeerRound.Read(args[1]).Findings?.Count);
                break;
            case "peer-ledger":
                // JSON read as above, mapped onto the domain records without any check, then bare SpreadCheetah
                // (default options) writing the same detail cells as the ledger (LedgerBareWriter).
                var round = PeerRound.Read(args[1]).ToDomain();
                using (var output = File.Create(args[2]))
                {
                    LedgerBareWriter.WriteAsync(round, output, LocalDate.FromDateTime(DateTime.Parse(AsOf, CultureInfo.InvariantCulture))).GetAwaiter().GetResult();
                }

                break;
            default:
                // ExcelDataReader reading every cell of every sheet of the ledger (it needs the code pages even for .xlsx).
                Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
                using (var stream = File.OpenRead(args[1]))
                using (var reader = ExcelReaderFactory.CreateReader(stream))
                {
                    long cells = 0;
                    do
                    {
                        while (reader.Read())
                        {
                            for (var i = 0; i < reader.FieldCount; i++)
                            {
                                if (reader.GetValue(i) is not null)
                                {
                                    cells++;
                                }
                            }
                        }
                    }
                    while (reader.NextResult());

                    Console.WriteLine(cells);
                }

                break;
        }
    }

    private static string Run(string file, string[] args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', args)} exited {process.ExitCode}");
        }

        return output;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Supervision.Reporting.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("run from within the repository");
    }

    private const int RusageChildren = -1;

    [LibraryImport("libc", EntryPoint = "getrusage", SetLastError = true)]
    private static partial int GetRUsage(int who, out RUsage usage);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeVal
    {
        public long Seconds;
        public long Microseconds;
    }

    // struct rusage of Linux (x86-64 and arm64): two timevals, then fourteen longs; ru_maxrss in kilobytes.
    [StructLayout(LayoutKind.Sequential)]
    private struct RUsage
    {
        public TimeVal UserTime;
        public TimeVal SystemTime;
        public long MaxRss;
        public long IxRss, IdRss, IsRss, MinFlt, MajFlt, NSwap, InBlock, OuBlock, MsgSnd, MsgRcv, NSignals, NvCsw, NivCsw;
    }
}
