using System.Text;
using System.Text.Json;
using Supervision.Reporting.Analytics;
using Supervision.Reporting.Domain;
using Supervision.Reporting.Serialization;
using Supervision.Reporting.Tests.Support;
using static Supervision.Reporting.Tests.Analytics.AnalyticsRounds;

namespace Supervision.Reporting.Tests.Analytics;

public sealed class StatisticsJsonTests
{
    private static readonly string[] ContractNames =
    [
        "asOf", "inspections", "unitsVisited", "findings", "serviceProblems", "rectified", "closed", "overdue",
        "rectificationRate", "closureRate", "onTimeRate", "medianWorkingDaysToRectify", "measures", "byCategory", "byArea", "byGroup",
    ];

    [Fact]
    public void Serialize_SmallRound_StartsWithTheContractMembersInOrder()
    {
        using var document = JsonDocument.Parse(StatisticsJson.Serialize(RoundAnalytics.Compute(Small(), AsOf)));

        document.RootElement.EnumerateObject().Select(p => p.Name).Take(ContractNames.Length).Should().Equal(ContractNames);
    }

    [Fact]
    public void Serialize_SmallRound_WritesTheHandComputedFigures()
    {
        using var document = JsonDocument.Parse(StatisticsJson.Serialize(RoundAnalytics.Compute(Small(), AsOf)));
        var root = document.RootElement;

        root.GetProperty("asOf").GetString().Should().Be("2022-11-18");
        root.GetProperty("findings").GetInt32().Should().Be(6);
        root.GetProperty("serviceProblems").GetInt32().Should().Be(1);
        root.GetProperty("rectificationRate").GetDouble().Should().Be(2d / 6, "rates are written at full precision");
        root.GetProperty("medianWorkingDaysToRectify").GetDouble().Should().Be(4.5);
        var measures = root.GetProperty("measures");
        measures.EnumerateObject().Select(p => p.Name).Take(4).Should().Equal("personTimes", "people", "byForm", "byFourForms");
        measures.GetProperty("personTimes").GetInt32().Should().Be(6);
        measures.GetProperty("people").GetInt32().Should().Be(5);
        measures.GetProperty("byForm").GetProperty("transfer-to-judiciary").GetInt32().Should().Be(1);
        measures.GetProperty("byFourForms").EnumerateObject().Select(p => (p.Name, p.Value.GetInt32()))
            .Should().Equal(("first", 3), ("second", 1), ("third", 1), ("fourth", 1));
        root.GetProperty("byCategory").EnumerateObject().Select(p => (p.Name, p.Value.GetInt32()))
            .Should().Equal(("formalism", 3), ("inaction", 2), ("lax-enforcement", 1));
        var ziyuan = root.GetProperty("byArea").GetProperty("ziyuan");
        (ziyuan.GetProperty("findings").GetInt32(), ziyuan.GetProperty("rectified").GetInt32(), ziyuan.GetProperty("overdue").GetInt32())
            .Should().Be((2, 0, 1));
        var g02 = root.GetProperty("byGroup").GetProperty("g02");
        (g02.GetProperty("inspections").GetInt32(), g02.GetProperty("findings").GetInt32()).Should().Be((2, 3));
    }

    [Fact]
    public void Serialize_NothingRectified_MedianIsNull()
    {
        using var document = JsonDocument.Parse(StatisticsJson.Serialize(RoundAnalytics.Compute(Empty(), AsOf)));

        document.RootElement.GetProperty("medianWorkingDaysToRectify").ValueKind.Should().Be(JsonValueKind.Null);
        document.RootElement.GetProperty("rectificationRate").GetDouble().Should().Be(0);
    }

    [Fact]
    public void Write_ChineseKeys_AreNotEscaped()
    {
        var round = Small().WithFinding(f => f with { CategoryCode = "自定义类别" });

        using var stream = new MemoryStream();
        StatisticsJson.Write(RoundAnalytics.Compute(round, AsOf), stream);

        Encoding.UTF8.GetString(stream.ToArray()).Should().Contain("\"自定义类别\": 1");
    }

    [Fact]
    public void Serialize_SameInput_SameText()
    {
        StatisticsJson.Serialize(RoundAnalytics.Compute(Small(), AsOf)).Should().Be(StatisticsJson.Serialize(RoundAnalytics.Compute(Small(), AsOf)));
    }
}
