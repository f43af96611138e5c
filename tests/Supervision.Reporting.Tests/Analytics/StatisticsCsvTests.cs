using System.Text;
using Supervision.Reporting.Analytics;
using Supervision.Reporting.Domain;
using Supervision.Reporting.Serialization;
using static Supervision.Reporting.Tests.Analytics.AnalyticsRounds;

namespace Supervision.Reporting.Tests.Analytics;

public sealed class StatisticsCsvTests
{
    [Fact]
    public void Write_SmallRound_Utf8WithBomAndCrlf()
    {
        using var stream = new MemoryStream();
        StatisticsCsv.Write(RoundAnalytics.Compute(Small(), AsOf), Small(), Language.ZhHans, stream);
        var bytes = stream.ToArray();

        bytes.Take(3).Should().Equal(0xEF, 0xBB, 0xBF);
        var text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        text.Should().StartWith("维度代码,维度,代码,名称,问题数,已整改,已销号,逾期,整改率,销号率,检查次数,检查单位数\r\n");
        text.Should().EndWith("\r\n");
    }

    [Fact]
    public void Serialize_SmallRound_OneRowPerBreakdownRow()
    {
        var stats = RoundAnalytics.Compute(Small(), AsOf);

        var lines = StatisticsCsv.Serialize(stats, Small(), Language.English).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        var expectedRows = Enum.GetValues<BreakdownDimension>().Sum(d => stats.BreakdownBy(d).Count);
        lines.Should().HaveCount(1 + expectedRows);
        lines.Should().Contain("area,Area,quanzhou,全州县,4,2,1,0,0.5,0.25,,");
        lines.Should().Contain("group,Inspection group,g02,第二监督检查组,3,0,0,0,0,0,2,2");
        lines.Should().Contain("category,Category,formalism,Formalism,3,2,1,0,0.6667,0.3333,,");
    }

    [Fact]
    public void Serialize_LabelWithCommaQuoteAndFormula_QuotedAndDefused()
    {
        var round = Small() with
        {
            FocusAreas = [new FocusArea { Code = "F1", Title = "防控, \"四风\"" }, new FocusArea { Code = "F2", Title = "=HYPERLINK(\"x\")" }],
        };

        var csv = StatisticsCsv.Serialize(RoundAnalytics.Compute(round, AsOf), round, Language.ZhHans);

        csv.Should().Contain("focus-area,监督重点,F1,\"防控, \"\"四风\"\"\",3,");
        csv.Should().Contain("focus-area,监督重点,F2,\"'=HYPERLINK(\"\"x\"\")\",2,");
    }
}
