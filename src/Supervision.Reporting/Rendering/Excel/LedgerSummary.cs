using Supervision.Reporting.Domain;

namespace Supervision.Reporting.Rendering.Excel;

// The three summary tables of the ledger as of its date.
// TEMPORARY until the analytics module lands: then the counts come from RoundAnalytics.Compute.
internal static class LedgerSummary
{
    public static IEnumerable<LedgerSummaryTable> Tables(SupervisionRound round, LedgerOptions options)
    {
        var language = options.Language;
        var asOf = options.AsOf;
        var byUnit = new Dictionary<string, int[]>(StringComparer.Ordinal);
        var byArea = new Dictionary<string, int[]>(StringComparer.Ordinal);
        var byCategory = new Dictionary<string, int[]>(StringComparer.Ordinal);
        var total = new int[4];
        foreach (var finding in round.Findings)
        {
            if (!finding.IsViolation || finding.FoundOn > asOf)
            {
                continue;
            }

            var r = finding.Rectification;
            Span<int> counts =
            [
                1,
                r?.IsRectifiedAsOf(asOf) == true ? 1 : 0,
                r?.IsClosedAsOf(asOf) == true ? 1 : 0,
                r?.IsOverdueAsOf(asOf, options.Calendar) == true ? 1 : 0,
            ];
            Add(byUnit, finding.ResponsibleUnitId ?? string.Empty, counts);
            Add(byArea, round.TopLevelAreaOf(finding)?.Id ?? string.Empty, counts);
            Add(byCategory, finding.CategoryCode, counts);
            for (var i = 0; i < 4; i++)
            {
                total[i] += counts[i];
            }
        }

        var totalRow = Row(LedgerText.Total(language), total);
        var none = LedgerText.Unassigned(language);
        yield return new LedgerSummaryTable(
            LedgerText.Pick(language, "一、按责任单位统计", "一、按責任單位統計", "1. By responsible unit"),
            LedgerText.Pick(language, "责任单位", "責任單位", "Responsible unit"),
            Rows(byUnit, id => id.Length == 0 ? none : round.FindUnit(id)?.Name ?? id),
            totalRow);
        yield return new LedgerSummaryTable(
            LedgerText.Pick(language, "二、按地区统计", "二、按地區統計", "2. By area"),
            LedgerText.Pick(language, "地区", "地區", "Area"),
            Rows(byArea, id => id.Length == 0 ? none : round.FindUnit(id)?.Name ?? id),
            totalRow);
        yield return new LedgerSummaryTable(
            LedgerText.Pick(language, "三、按问题类别统计", "三、按問題類別統計", "3. By category"),
            LedgerText.Pick(language, "问题类别", "問題類別", "Category"),
            Rows(byCategory, code => round.CategoryTitle(code, language)),
            totalRow);
    }

    private static void Add(Dictionary<string, int[]> map, string key, ReadOnlySpan<int> counts)
    {
        if (!map.TryGetValue(key, out var sums))
        {
            map[key] = sums = new int[4];
        }

        for (var i = 0; i < 4; i++)
        {
            sums[i] += counts[i];
        }
    }

    // Most findings first; ties by label, so the order is stable.
    private static List<LedgerSummaryRow> Rows(Dictionary<string, int[]> map, Func<string, string> label) =>
        [.. map.Select(kv => Row(label(kv.Key), kv.Value))
            .OrderByDescending(r => r.Findings)
            .ThenBy(r => r.Label, StringComparer.Ordinal)];

    private static LedgerSummaryRow Row(string label, int[] c) =>
        new(label, c[0], c[1], c[2], c[3], c[0] == 0 ? 0 : (double)c[1] / c[0], c[0] == 0 ? 0 : (double)c[2] / c[0]);
}
