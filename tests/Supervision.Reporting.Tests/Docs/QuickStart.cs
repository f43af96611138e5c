namespace Supervision.Reporting.Tests.Docs;

// The README's quick start, compiled and run by ReadmeTests so that the README cannot rot. It needs only
// `using Supervision.Reporting;` (the test project's namespace is below it, so no using is written here at all).
internal static class QuickStart
{
    public static string Run(string roundPath)
    {
        #region quickstart
        // Read and validate a round: every problem is reported at once, with its JSON path, line and column.
        var result = RoundJson.ReadFile(roundPath);
        if (!result.IsValid)
        {
            return result.Report.ToString();   // e.g. "error $.findings[3].rectification.deadline (line 120, column 11): …"
        }

        var round = result.Value;

        // Derived facts are computed for an as-of date, never from the clock: here the round's last day.
        var asOf = round.Period.End;
        var statistics = RoundAnalytics.Compute(round, asOf);
        var overdue = statistics.OverdueFindings.Select(o => $"{o.FindingId}（逾期{o.WorkingDaysOverdue}个工作日）");
        var summary = $"{statistics.Findings}个问题，已整改{statistics.Rectified}个，逾期{statistics.Overdue}个";

        // Every document from the same facts: (round, destination, options), validated, written atomically.
        var folder = Path.GetDirectoryName(Path.GetFullPath(roundPath))!;
        RectificationLedger.WriteFile(round, Path.Combine(folder, "ledger.xlsx"), new LedgerOptions { AsOf = asOf });
        Bulletin.WriteFile(round, Path.Combine(folder, "typical.pdf"), new BulletinSpec { DocumentNumber = "桂纪通〔2022〕12号" });
        Bulletin.WriteFile(round, Path.Combine(folder, "statistics.pdf"), new BulletinSpec { Kind = BulletinKind.Statistics, AsOf = asOf });

        // Rounds are immutable values: change a copy, write it back atomically.
        var renamed = round with { Title = round.Title + "（第二轮）" };
        RoundJson.WriteFile(renamed, Path.ChangeExtension(roundPath, ".round2.json"));
        #endregion

        return string.Join("\n", overdue.Prepend(summary));
    }
}
