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
//
// The CLI runs twice: as the Release build (`bin/Release/net10.0`, JIT-compiled: what a developer runs from the
// tree) and as the linux-x64 tool package carries it — published `-c Release -r linux-x64 -p:PublishReadyToRun=true`
// (framework-dependent), the publish `dotnet pack` runs for the tool's linux-x64 package — in the `… (R2R tool)`
// rows. Both run as `dotnet supervision-report.dll`, so that the host is the same and only the code differs. The
// peers stay as a developer would write them: a plain JIT-compiled app. Before the sizes, the start-up: `validate`
// of the Guilin example and `demo`, JIT and R2R, best of three, beside peer-json on the same file.
internal static partial class CommandComparison
{
    private const string AsOf = "2023-10-20";

    private const string R2r = " (R2R tool)";

    private static readonly string[] Commands =
        ["validate", "validate" + R2r, "peer-json", "ledger", "ledger" + R2r, "peer-ledger", "import", "import" + R2r, "peer-excel"];

    public static void Compare(IReadOnlyList<int> sizes)
    {
        var root = RepositoryRoot();
        Console.WriteLine("building the CLI (Release)…");
        Run("dotnet", ["build", Path.Combine(root, "src", "Supervision.Reporting.Cli"), "-c", "Release", "-v", "q", "-nologo"]);
        var cli = Path.Combine(root, "src", "Supervision.Reporting.Cli", "bin", "Release", "net10.0", "supervision-report.dll");
        var self = typeof(CommandComparison).Assembly.Location;
        var folder = Directory.CreateTempSubdirectory("compare-commands-");
        Console.WriteLine("publishing the CLI as the linux-x64 tool package carries it (ReadyToRun)…");
        var published = Path.Combine(folder.FullName, "r2r-tool");
        Run("dotnet", ["publish", Path.Combine(root, "src", "Supervision.Reporting.Cli"), "-c", "Release", "-r", "linux-x64", "--self-contained", "false", "-p:PublishReadyToRun=true", "-o", published, "-v", "q", "-nologo"]);
        var r2r = Path.Combine(published, "supervision-report.dll");
        var table = new StringBuilder();
        table.AppendLine("| findings | command | wall s | CPU s | peak MB | output MB | against | wall ratio | CPU ratio | memory ratio |");
        table.AppendLine("|---:|---|---:|---:|---:|---:|---|---:|---:|---:|");
        var loads = new List<string>();
        var startUp = new StringBuilder();
        try
        {
            StartUp(startUp, root, folder.FullName, cli, r2r, self);
            foreach (var size in sizes)
            {
                var round = Path.Combine(folder.FullName, $"round-{size}.json");
                RoundJson.WriteFile(LedgerRound.Create(size, seed: 42), round);
                var ledger = Path.Combine(folder.FullName, $"ledger-{size}.xlsx");
                var bare = Path.Combine(folder.FullName, $"bare-{size}.xlsx");
                var imported = Path.Combine(folder.FullName, $"imported-{size}.json");
                var ledgerR2r = Path.Combine(folder.FullName, $"ledger-r2r-{size}.xlsx");
                var importedR2r = Path.Combine(folder.FullName, $"imported-r2r-{size}.json");
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
                        "validate" + R2r => ["dotnet", r2r, "validate", round],
                        "ledger" + R2r => ["dotnet", r2r, "ledger", round, "-o", ledgerR2r, "--as-of", AsOf],
                        "import" + R2r => ["dotnet", r2r, "import", round, ledger, "-o", importedR2r, "--as-of", AsOf],
                        "peer-json" => ["dotnet", self, "peer-json", round],
                        "peer-ledger" => ["dotnet", self, "peer-ledger", round, bare],
                        _ => ["dotnet", self, "peer-excel", ledger],
                    };
                    var output = command switch
                    {
                        "ledger" => ledger, "import" => imported, "ledger" + R2r => ledgerR2r, "import" + R2r => importedR2r, "peer-ledger" => bare, _ => null,
                    };
                    figures[command] = Best(args, runs, output);
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{size,9:N0} {command,-12} {figures[command]}"));
                }

                var after = File.ReadAllText("/proc/loadavg").Trim();
                loads.Add($"{size:N0} findings: load before `{before}`, after `{after}`; round file {new FileInfo(round).Length / 1e6:F1} MB; best of {runs}");
                var json = figures["peer-json"];
                var excel = figures["peer-excel"];
                var sum = new Figures(json.Wall + excel.Wall, json.Cpu + excel.Cpu, Math.Max(json.PeakMb, excel.PeakMb), 0, 0);
                Row(table, size, "validate", figures["validate"], "peer-json", json);
                Row(table, size, "validate" + R2r, figures["validate" + R2r], "peer-json", json);
                Row(table, size, "peer-json", json, null, null);
                Row(table, size, "ledger", figures["ledger"], "peer-ledger", figures["peer-ledger"]);
                Row(table, size, "ledger" + R2r, figures["ledger" + R2r], "peer-ledger", figures["peer-ledger"]);
                Row(table, size, "peer-ledger", figures["peer-ledger"], null, null);
                Row(table, size, "import", figures["import"], "peer-json + peer-excel", sum);
                Row(table, size, "import" + R2r, figures["import" + R2r], "peer-json + peer-excel", sum);
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
        Console.Write(startUp);
        Console.WriteLine();
        Console.Write(table);
        Console.WriteLine();
        foreach (var load in loads)
        {
            Console.WriteLine($"- {load}");
        }
    }

    // Cold start: a 68-finding round and `demo` (which reads the embedded example and writes every document), each a
    // fresh process, best of three, JIT build against the R2R tool; peer-json on the same file is the floor a
    // plain app starts from.
    private static void StartUp(StringBuilder table, string root, string folder, string cli, string r2r, string self)
    {
        var guilin = Path.Combine(root, "examples", "data", "guilin-2022-11.json");
        var demo = Path.Combine(folder, "demo");
        var before = File.ReadAllText("/proc/loadavg").Trim();
        table.AppendLine("| start-up | build | wall s | CPU s | peak MB |");
        table.AppendLine("|---|---|---:|---:|---:|");
        (string What, string Build, string[] Args)[] runs =
        [
            ("`validate` Guilin", "JIT", ["dotnet", cli, "validate", guilin]),
            ("`validate` Guilin", "R2R tool", ["dotnet", r2r, "validate", guilin]),
            ("peer-json Guilin", "JIT", ["dotnet", self, "peer-json", guilin]),
            ("`demo`", "JIT", ["dotnet", cli, "demo", "-o", demo]),
            ("`demo`", "R2R tool", ["dotnet", r2r, "demo", "-o", demo]),
        ];
        foreach (var (what, build, args) in runs)
        {
            var f = Best(args, 3, null);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"start-up {what,-20} {build,-9} {f}"));
            table.AppendLine(string.Create(CultureInfo.InvariantCulture, $"| {what} | {build} | {f.Wall:F2} | {f.Cpu:F2} | {f.PeakMb:F0} |"));
        }

        table.AppendLine(CultureInfo.InvariantCulture, $"\nstart-up: load before `{before}`, after `{File.ReadAllText("/proc/loadavg").Trim()}`; best of 3");
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
