using Supervision.Reporting.Analytics;
using Supervision.Reporting.Domain;
using Supervision.Reporting.Formatting;

namespace Supervision.Reporting.Rendering.Excel;

// The three summary tables of the ledger, from the round's statistics as of the ledger's date (DESIGN §6):
// the same figures the statistics command and the bulletins print.
internal static class LedgerSummary
{
    public static IEnumerable<LedgerSummaryTable> Tables(SupervisionRound round, LedgerOptions options, RoundStatistics statistics)
    {
        var language = options.Language;
        var total = new LedgerSummaryRow(
            LedgerText.Total(language),
            statistics.Findings,
            statistics.Rectified,
            statistics.Closed,
            statistics.Overdue,
            statistics.RectificationRate,
            statistics.ClosureRate);
        yield return Table(round, BreakdownDimension.ResponsibleUnit, LedgerText.Pick(language, "一、按责任单位统计", "一、按責任單位統計", "1. By responsible unit"), statistics.ByResponsibleUnit, total, language);
        yield return Table(round, BreakdownDimension.Area, LedgerText.Pick(language, "二、按地区统计", "二、按地區統計", "2. By area"), statistics.ByArea, total, language);
        yield return Table(round, BreakdownDimension.Category, LedgerText.Pick(language, "三、按问题类别统计", "三、按問題類別統計", "3. By category"), statistics.ByCategory, total, language);
    }

    private static LedgerSummaryTable Table(SupervisionRound round, BreakdownDimension dimension, string title, EquatableArray<Breakdown> rows, LedgerSummaryRow total, Language language) => new(
        title,
        BreakdownLabels.Of(dimension, language),
        [.. rows.Select(b => new LedgerSummaryRow(
            BreakdownLabels.Of(round, dimension, b.Key, language),
            b.Counts.Findings,
            b.Counts.Rectified,
            b.Counts.Closed,
            b.Counts.Overdue,
            b.Counts.RectificationRate,
            b.Counts.ClosureRate))],
        total);
}
