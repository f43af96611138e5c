using NodaTime;
using Supervision.Reporting.Analytics;
using Supervision.Reporting.Calendar;
using Supervision.Reporting.Domain;
using Supervision.Reporting.Rendering.Excel;
using Supervision.Reporting.Rendering.Pdf.Bulletins;
using Supervision.Reporting.Serialization;
using Supervision.Reporting.Formatting;

namespace Supervision.Reporting.Tests.Docs;

// The README's quick start, compiled and run by ReadmeTests so that the README cannot rot.
internal static class QuickStart
{
    public static string Run(string roundPath)
    {
        #region quickstart
        // Read and validate a round: every problem is reported at once, with its JSON path.
        var result = RoundJson.ReadFile(roundPath);
        if (!result.IsValid)
        {
            return result.Report.ToString();   // e.g. "error $.findings[3].rectification.deadline (line 120, column 11): …"
        }

        var round = result.Round!;

        // Derived facts are computed for an as-of date, never from the clock.
        var asOf = new LocalDate(2022, 11, 30);
        var calendar = WorkingDayCalendar.China;   // State Council holidays and 调休 days, 2019–2026
        var overdue = round.Findings
            .Where(f => f.IsViolation && f.Rectification!.IsOverdueAsOf(asOf, calendar))
            .Select(f => $"{f.Id} {f.Summary}（逾期{f.Rectification!.WorkingDaysOverdue(asOf, calendar)}个工作日）");

        // "5 working days from 2023-09-27" skips the National Day holiday and counts the 调休 weekend.
        var due = calendar.AddWorkingDays(new LocalDate(2023, 9, 27), 5);   // 2023-10-10

        // The statistics as of a date (docs/analytics.md), and the documents generated from the same facts.
        var statistics = RoundAnalytics.Compute(round, asOf);
        var summary = $"{statistics.Findings}个问题，整改率{ChineseFormat.Percent(statistics.RectificationRate)}";
        var folder = Path.GetDirectoryName(Path.GetFullPath(roundPath))!;
        RectificationLedger.WriteFile(round, Path.Combine(folder, "ledger.xlsx"), new LedgerOptions { AsOf = asOf });
        Bulletin.WriteFile(round, new BulletinSpec { DocumentNumber = "桂纪通〔2022〕12号" }, Path.Combine(folder, "typical.pdf"));
        Bulletin.WriteFile(round, new BulletinSpec { Kind = BulletinKind.Statistics, AsOf = asOf }, Path.Combine(folder, "statistics.pdf"));

        // Rounds are immutable values: change a copy, write it back atomically.
        var renamed = round with { Title = round.Title + "（第二轮）" };
        RoundJson.WriteFile(renamed, Path.ChangeExtension(roundPath, ".round2.json"));
        #endregion

        return string.Join("\n", overdue.Prepend(summary).Prepend($"due {due:uuuu-MM-dd}"));
    }
}
