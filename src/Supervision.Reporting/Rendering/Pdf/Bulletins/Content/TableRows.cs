using System.Globalization;
using Supervision.Reporting.Analytics;

namespace Supervision.Reporting.Rendering.Pdf.Bulletins.Content;

// Rows of bulletin tables from breakdowns: the top rows as the analytics order them, the rest folded into one
// "其他" row, and a 合计 row from the round's totals, so that a 100k-finding round still gives a short table.
internal static class TableRows
{
    public static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    // The counts of several breakdown rows together (the "其他" row); its rates follow from the sums.
    public static BreakdownCounts Sum(IEnumerable<BreakdownCounts> counts)
    {
        int findings = 0, rectified = 0, closed = 0, overdue = 0;
        foreach (var c in counts)
        {
            findings += c.Findings;
            rectified += c.Rectified;
            closed += c.Closed;
            overdue += c.Overdue;
        }

        return new BreakdownCounts { Findings = findings, Rectified = rectified, Closed = closed, Overdue = overdue };
    }

    // The totals minus what the rows hold: the findings no row of a breakdown has (no area, no inspection).
    public static BreakdownCounts Rest(BreakdownCounts total, BreakdownCounts rows) => new()
    {
        Findings = total.Findings - rows.Findings,
        Rectified = total.Rectified - rows.Rectified,
        Closed = total.Closed - rows.Closed,
        Overdue = total.Overdue - rows.Overdue,
    };

    public static BreakdownCounts Totals(RoundStatistics statistics) => new()
    {
        Findings = statistics.Findings,
        Rectified = statistics.Rectified,
        Closed = statistics.Closed,
        Overdue = statistics.Overdue,
    };

    // The first `top` items, and the others (empty when all fit; a single left-over item is shown itself,
    // since a "其他" row of one would hide a name for nothing).
    public static (List<T> Shown, List<T> Others) Top<T>(IReadOnlyList<T> items, int top)
    {
        if (items.Count <= top + 1)
        {
            return ([.. items], []);
        }

        return ([.. items.Take(top)], [.. items.Skip(top)]);
    }
}
