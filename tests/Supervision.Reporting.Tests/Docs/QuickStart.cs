namespace Supervision.Reporting.Tests.Docs;

// The README's quick start, compiled and run by ReadmeTests so that the README cannot rot. The region is the body of a
// top-level program (the README block is `using Supervision.Reporting;` and this region): `args` and `return n;` mean
// here what they mean there, and .ci/package-check runs the README block as a file-based app against the packed package.
// It needs only `using Supervision.Reporting;` (the test project's namespace is below it, so no using is written here).
internal static class QuickStart
{
    public static int Run(string[] args)
    {
        #region quickstart
        var roundPath = args.Length > 0 ? args[0] : "guilin-2022-11.json";

        // Read and validate a round: every problem is reported at once, with its JSON path, line and column.
        var result = RoundJson.ReadFile(roundPath);
        if (!result.IsValid)
        {
            Console.Error.WriteLine(result.Report);   // e.g. "error $.findings[3].rectification.deadline (line 120, column 11): …"
            return 1;
        }

        var round = result.Value;

        // Derived facts are computed for an as-of date, never from the clock: here the round's last day.
        var asOf = round.Period.End;
        var statistics = RoundAnalytics.Compute(round, asOf);
        Console.WriteLine($"{statistics.Findings}个问题，已整改{statistics.Rectified}个，逾期{statistics.Overdue}个");
        foreach (var overdue in statistics.OverdueFindings)
        {
            Console.WriteLine($"  {overdue.FindingId}（逾期{overdue.WorkingDaysOverdue}个工作日）");
        }

        // Every document from the same facts: (round, destination, options), validated, written atomically.
        var folder = Path.GetDirectoryName(Path.GetFullPath(roundPath))!;
        RectificationLedger.WriteFile(round, Path.Combine(folder, "ledger.xlsx"), new LedgerOptions { AsOf = asOf });
        Bulletin.WriteFile(round, Path.Combine(folder, "typical.pdf"), new BulletinSpec { DocumentNumber = "桂纪通〔2022〕12号" });
        Bulletin.WriteFile(round, Path.Combine(folder, "statistics.pdf"), new BulletinSpec { Kind = BulletinKind.Statistics, AsOf = asOf });

        // Rounds are immutable values: change a copy, write it back atomically.
        var renamed = round with { Title = round.Title + "（第二轮）" };
        RoundJson.WriteFile(renamed, Path.ChangeExtension(roundPath, ".round2.json"));
        return 0;
        #endregion
    }
}
