using Supervision.Reporting.Domain;
using Supervision.Reporting.Rendering.Excel;
using Supervision.Reporting.Tests.Support;
using static Supervision.Reporting.Tests.Rendering.Excel.LedgerReader;
using static Supervision.Reporting.Tests.Support.TestRounds;

namespace Supervision.Reporting.Tests.Rendering.Excel;

public sealed partial class RectificationLedgerTests
{
    [Theory]
    [InlineData("=1+1")]
    [InlineData("+8613800000000")]
    [InlineData("-5")]
    [InlineData("@SUM(A1)")]
    [InlineData("=HYPERLINK(\"http://example.com\",\"点击\")")]
    public void RectificationLedger_Write_FormulaLookingText_StaysText(string text)
    {
        var round = TestRounds.Minimal().WithFinding(f => f with
        {
            Summary = text,
            Description = null,
            Rectification = f.Rectification! with { Measures = text },
        });

        var (bytes, _) = Write(round, Options(D(11, 30)));

        var row = DetailRows(bytes).Single();
        row[7].Should().Be(text, "the description is a string cell, never a formula or a number");
        row[11].Should().Be(text);
        var sheet = Parts(bytes)["xl/worksheets/sheet1.xml"];
        sheet.Should().NotContain("<f>").And.NotContain("<f ");
        ValidationErrors(bytes).Should().BeEmpty();
    }

    [Fact]
    public void RectificationLedger_Write_InvalidRound_ThrowsWithEveryProblemAndWritesNothing()
    {
        // Control characters and over-long texts are refused by validation, which every generator runs.
        var round = TestRounds.Minimal()
            .WithFinding(f => f with { Description = "第一行\r\n第二行\u0007响铃" })
            .WithRectification(r => r with { Measures = new string('整', 40_000) });
        using var stream = new MemoryStream();

        var act = () => RectificationLedger.Write(round, stream, Options(D(11, 30)));

        act.Should().Throw<InvalidInputException>().Which.Report.Errors.Select(e => e.Location.Path)
            .Should().BeEquivalentTo("$.findings[0].description", "$.findings[0].rectification.measures");
        stream.Length.Should().Be(0);
    }

    [Fact]
    public void RectificationLedger_Write_RareCharactersAndEmoji_KeptWhole()
    {
        const string text = "𠮷野家 䶮 👍🏽 检查";
        var round = TestRounds.Minimal().WithFinding(f => f with { Summary = text, Description = null });

        var (bytes, result) = Write(round, Options(D(11, 30)));

        DetailRows(bytes).Single()[7].Should().Be(text);
        result.Warnings.Should().BeEmpty();
    }

    [Fact]
    public void RectificationLedger_Write_UnpairedSurrogate_RemovedWithAWarning()
    {
        var round = TestRounds.Minimal().WithFinding(f => f with { Summary = "问题\uD842描述", Description = null });

        var (bytes, result) = Write(round, Options(D(11, 30)));

        DetailRows(bytes).Single()[7].Should().Be("问题描述");
        result.Warnings.Should().ContainSingle().Which.Code.Should().Be("control-characters-removed");
    }

    [Fact]
    public void RectificationLedger_Write_LongestTitlesAndTabsInRoundFields_StillAValidPackage()
    {
        var round = TestRounds.Minimal() with
        {
            Title = new string('专', 200),
            Authority = new string('纪', 200),
            Units = [.. TestRounds.Minimal().Units.Select(u => u with { Name = u.Name + "\t" })],
        };

        var (bytes, _) = Write(round, Options(D(11, 30)));

        ValidationErrors(bytes).Should().BeEmpty();
        Parts(bytes)["docProps/core.xml"].Should().Contain("<dc:title>" + new string('纪', 200) + new string('专', 55) + "</dc:title>");
    }
}
