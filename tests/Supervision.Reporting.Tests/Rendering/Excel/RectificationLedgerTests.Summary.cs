using Supervision.Reporting.Analytics;
using Supervision.Reporting.Tests.Support;
using Supervision.Reporting.Formatting;
using static Supervision.Reporting.Tests.Rendering.Excel.LedgerReader;

namespace Supervision.Reporting.Tests.Rendering.Excel;

public sealed partial class RectificationLedgerTests
{
    [Fact]
    public void RectificationLedger_Write_Guilin_SummaryTablesEqualTheRoundStatistics()
    {
        var round = Example.Guilin;
        var statistics = RoundAnalytics.Compute(round, GuilinAsOf);

        var (bytes, _) = Write(round, Options(GuilinAsOf));

        var rows = Read(bytes)[1].Rows.Select(r => r.Select(Str).ToArray()).ToList();
        var tables = new[]
        {
            (Header: "责任单位", Dimension: BreakdownDimension.ResponsibleUnit, Rows: statistics.ByResponsibleUnit),
            (Header: "县（市、区）", Dimension: BreakdownDimension.Area, Rows: statistics.ByArea),
            (Header: "问题类别", Dimension: BreakdownDimension.Category, Rows: statistics.ByCategory),
        };
        foreach (var (header, dimension, breakdown) in tables)
        {
            var start = rows.FindIndex(r => r[0] == header) + 1;
            start.Should().BePositive($"the {header} table is on the sheet");
            var written = rows.Skip(start).TakeWhile(r => r[0] != "合计").ToList();
            written.Select(r => (r[0], r[1], r[2], r[3], r[4])).Should().Equal(breakdown.Select(b => (
                BreakdownLabels.Of(round, dimension, b.Key, Supervision.Reporting.Language.ZhHans),
                b.Counts.Findings.ToString(System.Globalization.CultureInfo.InvariantCulture),
                b.Counts.Rectified.ToString(System.Globalization.CultureInfo.InvariantCulture),
                b.Counts.Closed.ToString(System.Globalization.CultureInfo.InvariantCulture),
                b.Counts.Overdue.ToString(System.Globalization.CultureInfo.InvariantCulture))));
            var total = rows[start + written.Count];
            total[1..5].Should().Equal(
                statistics.Findings.ToString(System.Globalization.CultureInfo.InvariantCulture),
                statistics.Rectified.ToString(System.Globalization.CultureInfo.InvariantCulture),
                statistics.Closed.ToString(System.Globalization.CultureInfo.InvariantCulture),
                statistics.Overdue.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        statistics.Overdue.Should().BePositive("the example has overdue problems on 11-30, so the test compares something");
    }

    [Fact]
    public void RectificationLedger_Write_Guilin_ColourLegendCountsTheLights()
    {
        var lights = RoundAnalytics.Compute(Example.Guilin, GuilinAsOf).Lights;

        var (bytes, _) = Write(Example.Guilin, Options(GuilinAsOf));

        var legend = Read(bytes)[3].Rows.Where(r => r.Length > 1 && Str(r[1]).Length > 0).ToDictionary(r => Str(r[0]), r => Str(r[1]));
        legend["绿色"].Should().Be($"已整改或已销号（{lights.Green}个）");
        legend["红色"].Should().EndWith($"（{lights.Red}个）");
        legend["黄色"].Should().EndWith($"（{lights.Yellow}个）");
        (lights.Green + lights.Yellow + lights.Red + lights.Blue + lights.None).Should().Be(68);
        DetailRows(bytes).Count(r => r[18] is not null).Should().Be(lights.Red, "every red row has days overdue");
    }
}
