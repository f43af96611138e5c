using System.Globalization;
using BenchmarkDotNet.Running;

namespace Supervision.Reporting.Benchmarks;

internal static class Program
{
    // `dotnet run -c Release --project benchmarks/Supervision.Reporting.Benchmarks -- --filter *`
    // runs BenchmarkDotNet; `-- stats-check [findings]` is the quick console check of the statistics target,
    // `-- bulletin-check [findings]` that of the statistical bulletin and the daily report;
    // `-- compare-ledger 10000 100000 1000000` compares the ledger with bare SpreadCheetah (LedgerComparison);
    // `-- compare-commands 10000 100000 [1000000]` compares whole CLI commands with plain peers (CommandComparison);
    // `-- import-check [findings]` splits `import` and `ledger` into their phases in one process (ImportCheck).
    private static void Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "compare-ledger")
        {
            LedgerComparison.Compare(args.Length > 1 ? args.Skip(1).Select(a => int.Parse(a, CultureInfo.InvariantCulture)) : [10_000, 100_000, 1_000_000]);
            return;
        }

        if (args.Length > 2 && args[0] == "compare-ledger-run")
        {
            LedgerComparison.Run(int.Parse(args[1], CultureInfo.InvariantCulture), args[2]);
            return;
        }

        if (args.Length > 0 && args[0] == "compare-commands")
        {
            CommandComparison.Compare(args.Length > 1 ? [.. args.Skip(1).Select(a => int.Parse(a, CultureInfo.InvariantCulture))] : [10_000, 100_000]);
            return;
        }

        if (args.Length > 1 && args[0] == "compare-commands-measure")
        {
            CommandComparison.Measure(args[1..]);
            return;
        }

        if (args.Length > 1 && args[0].StartsWith("peer-", StringComparison.Ordinal))
        {
            CommandComparison.Peer(args);
            return;
        }

        if (args.Length > 2 && args[0] == "write-round")
        {
            // The round file compare-commands measures, for measuring one command by hand.
            RoundJson.WriteFile(LedgerRound.Create(int.Parse(args[1], CultureInfo.InvariantCulture), seed: 42), args[2]);
            return;
        }

        if (args.Length > 0 && args[0] == "read-check")
        {
            ReadCheck.Run(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 100_000);
            return;
        }

        if (args.Length > 0 && args[0] == "import-batch-check")
        {
            ImportCheck.Batch(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 20_000);
            return;
        }

        if (args.Length > 0 && args[0] == "import-check")
        {
            ImportCheck.Run(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 100_000);
            return;
        }

        if (args.Length > 0 && args[0] == "stats-check")
        {
            StatisticsCheck.Run(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1_000_000);
            return;
        }

        if (args.Length > 0 && args[0] == "bulletin-check")
        {
            BulletinCheck.Run(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 100_000, args.Length > 2 ? args[2] : null);
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
