using System.Text.Json;
using NodaTime;
using NodaTime.Testing;
using Supervision.Reporting.Cli;
using Supervision.Reporting.Domain;
using Supervision.Reporting.Serialization;
using Supervision.Reporting.Tests.Analytics;
using Supervision.Reporting.Tests.Support;

namespace Supervision.Reporting.Tests.Cli;

public sealed class StatsCommandTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory();

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public void Stats_GuilinAsJson_PrintsTheDesignDocumentWithConsistentFigures()
    {
        var result = CliRunner.Run("stats", Example.Path, "--as-of", "2022-11-30", "--format", "json");

        result.ExitCode.Should().Be(0, result.Error);
        using var document = JsonDocument.Parse(result.Out);
        var root = document.RootElement;
        root.EnumerateObject().Select(p => p.Name).Take(16).Should().Equal(
            "asOf", "inspections", "unitsVisited", "findings", "serviceProblems", "rectified", "closed", "overdue",
            "rectificationRate", "closureRate", "onTimeRate", "medianWorkingDaysToRectify", "measures", "byCategory", "byArea", "byGroup");
        root.GetProperty("asOf").GetString().Should().Be("2022-11-30");
        root.GetProperty("findings").GetInt32().Should().Be(68);
        root.GetProperty("serviceProblems").GetInt32().Should().Be(4);
        root.GetProperty("inspections").GetInt32().Should().Be(127);
        root.GetProperty("overdue").GetInt32().Should().Be(5);
        root.GetProperty("rectificationRate").GetDouble()
            .Should().BeApproximately(root.GetProperty("rectified").GetDouble() / 68, 1e-12);
        root.GetProperty("byArea").GetProperty("quanzhou").GetProperty("rectified").GetInt32().Should().BeGreaterThanOrEqualTo(23);
        var measures = root.GetProperty("measures");
        measures.GetProperty("personTimes").GetInt32().Should().Be(17);
        measures.GetProperty("byFourForms").GetProperty("first").GetInt32().Should().BeGreaterThanOrEqualTo(10);
        var byForm = measures.GetProperty("byForm");
        byForm.GetProperty("reminder-talk").GetInt32().Should().BeGreaterThanOrEqualTo(4);
        byForm.GetProperty("criticism-education").GetInt32().Should().BeGreaterThanOrEqualTo(5);
        byForm.GetProperty("admonishment").GetInt32().Should().BeGreaterThanOrEqualTo(1);
        root.GetProperty("byCategory").EnumerateObject().Sum(p => p.Value.GetInt32()).Should().Be(68);
        root.GetProperty("byGroup").EnumerateObject().Should().HaveCount(10)
            .And.OnlyContain(g => g.Value.GetProperty("inspections").GetInt32() > 0);

        // The figures the statistical bulletin tells (立案审查调查2件，通报曝光典型问题5起), from the same statistics.
        root.GetProperty("casesFiled").GetInt32().Should().Be(2);
        root.GetProperty("typicalCasesMadePublic").GetInt32().Should().Be(5);
    }

    [Fact]
    public void Stats_DefaultFormat_PrintsAChineseTable()
    {
        var result = CliRunner.Run("stats", Example.Path, "--as-of", "2022-11-30");

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().Contain("截至 2022年11月30日").And.Contain("发现问题").And.Contain("68起").And.Contain("全州县").And.Contain("第一种形态");
        result.Out.Should().MatchRegex(@"立案审查调查\s+2件").And.MatchRegex(@"通报曝光典型问题\s+5起");
    }

    [Fact]
    public void Stats_TraditionalAndEnglish_TranslateTheLabels()
    {
        CliRunner.Run("stats", Example.Path, "--as-of", "2022-11-30", "--lang", "zh-Hant").Out.Should().Contain("發現問題");
        CliRunner.Run("stats", Example.Path, "--as-of", "2022-11-30", "--lang", "en").Out.Should().Contain("Problems found").And.Contain("68 cases");
    }

    [Fact]
    public void Stats_Csv_StartsWithBomAndHeader()
    {
        var result = CliRunner.Run("stats", Example.Path, "--as-of", "2022-11-30", "--format", "csv", "--lang", "en");

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().StartWith("\uFEFFdimension,dimensionLabel,key,label,findings,");
        result.Out.Should().Contain("\r\narea,Area,quanzhou,全州县,");
    }

    [Fact]
    public void Stats_NoAsOf_UsesThePeriodEndWhenTodayIsLater()
    {
        var result = Run(Instant.FromUtc(2026, 11, 28, 12, 0), "stats", Example.Path, "--format", "json");

        result.ExitCode.Should().Be(0, result.Error);
        JsonDocument.Parse(result.Out).RootElement.GetProperty("asOf").GetString().Should().Be("2022-11-30");
    }

    [Fact]
    public void Stats_NoAsOf_UsesTodayInShanghaiWhenEarlierThanThePeriodEnd()
    {
        // 2022-11-17 20:00 UTC is already 11-18 in Asia/Shanghai.
        var result = Run(Instant.FromUtc(2022, 11, 17, 20, 0), "stats", Example.Path, "--format", "json");

        JsonDocument.Parse(result.Out).RootElement.GetProperty("asOf").GetString().Should().Be("2022-11-18");
    }

    [Theory]
    [InlineData("2022/11/30")]
    [InlineData("2022-13-01")]
    [InlineData("yesterday")]
    public void Stats_BadAsOf_ExitsTwoWithAClearMessage(string asOf)
    {
        var result = CliRunner.Run("stats", Example.Path, "--as-of", asOf);

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("--as-of must be a date YYYY-MM-DD");
        result.Out.Should().BeEmpty();
    }

    [Fact]
    public void Stats_AsOfOutsideTheHolidayData_WarnsOnStderrAndKeepsStdoutClean()
    {
        var result = CliRunner.Run("stats", Example.Path, "--as-of", "2031-01-06", "--format", "json");

        result.ExitCode.Should().Be(0, result.Error);
        result.Error.Should().Contain("warning: --as-of 2031-01-06").And.Contain("plain Monday–Friday");
        JsonDocument.Parse(result.Out).RootElement.GetProperty("asOf").GetString().Should().Be("2031-01-06");
    }

    [Fact]
    public void Stats_Table_ListsEveryGroupWithItsInspections()
    {
        var result = CliRunner.Run("stats", Example.Path, "--as-of", "2022-11-30");

        result.Out.Should().Contain("检查次数").And.Contain("第十监督检查组");
    }

    [Fact]
    public void Stats_MissingFile_ExitsTwo()
    {
        var result = CliRunner.Run("stats", Path.Combine(_folder.FullName, "missing.json"));

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("file not found");
    }

    [Fact]
    public void Stats_BadFormat_ExitsTwo()
    {
        CliRunner.Run("stats", Example.Path, "--format", "xml").ExitCode.Should().Be(2);
    }

    [Fact]
    public void Stats_InvalidRound_ExitsOneWithEveryProblemOnStderr()
    {
        var json = RoundJson.Serialize(TestRounds.Minimal())
            .Replace("\"responsibleUnit\": \"huangshahe\"", "\"responsibleUnit\": \"nowhere\"", StringComparison.Ordinal)
            .Replace("\"deadline\": \"2022-11-21\"", "\"deadline\": \"2022-11-10\"", StringComparison.Ordinal);
        var path = Path.Combine(_folder.FullName, "bad.json");
        File.WriteAllText(path, json);

        var result = CliRunner.Run("stats", path, "--format", "json");

        result.ExitCode.Should().Be(1);
        result.Out.Should().BeEmpty();
        result.Error.Should().Contain("$.findings[0].responsibleUnit").And.Contain("$.findings[0].rectification.deadline");
    }

    [Fact]
    public void Stats_SmallRoundJson_EqualsTheLibrarysDocument()
    {
        var path = Path.Combine(_folder.FullName, "small.json");
        File.WriteAllText(path, RoundJson.Serialize(AnalyticsRounds.Small() with { People = [], Measures = [] }));

        var result = CliRunner.Run("stats", path, "--as-of", "2022-11-18", "--format", "json");

        result.ExitCode.Should().Be(0, result.Error);
        using var document = JsonDocument.Parse(result.Out);
        document.RootElement.GetProperty("findings").GetInt32().Should().Be(6);
        document.RootElement.GetProperty("overdue").GetInt32().Should().Be(1);
    }

    [Fact]
    public void Stats_NamesWithMarkupBrackets_PrintedLiterally()
    {
        var round = AnalyticsRounds.Small() with
        {
            Measures = [],
            Groups = [new InspectionGroup { Id = "g01", Name = "[bold]第一组[/]" }, new InspectionGroup { Id = "g02", Name = "第二组 [x" }],
        };
        var path = Path.Combine(_folder.FullName, "brackets.json");
        File.WriteAllText(path, RoundJson.Serialize(round));

        var result = CliRunner.Run("stats", path, "--as-of", "2022-11-18");

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().Contain("[bold]第一组[/]").And.Contain("第二组 [x");
    }

    private static CliResult Run(Instant now, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = CommandLine.Run(args, stdout, stderr, new FakeClock(now));
        return new CliResult(code, stdout.ToString(), stderr.ToString());
    }
}
