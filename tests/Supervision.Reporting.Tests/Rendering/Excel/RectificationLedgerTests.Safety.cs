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
    public void RectificationLedger_Write_ControlCharacters_RemovedWithAWarning()
    {
        var round = TestRounds.Minimal().WithFinding(f => f with { Description = "第一行\r\n第二行\u0007响铃\u001B转义\tTab" });

        var (bytes, result) = Write(round, Options(D(11, 30)));

        Str(DetailRows(bytes).Single()[7]).Should().Be(round.Finding().Summary + "\n第一行\n第二行响铃转义\tTab");
        result.Warnings.Should().ContainSingle()
            .Which.Should().Be(new LedgerWarning(LedgerWarningKind.ControlCharactersRemoved, "整改台账!H4", "control characters removed (a worksheet cell cannot hold them)"));
        result.WarningCount.Should().Be(1);
        ValidationErrors(bytes).Should().BeEmpty();
    }

    [Fact]
    public void RectificationLedger_Write_TextLongerThanACell_TruncatedWithAWarning()
    {
        var round = TestRounds.Minimal().WithRectification(r => r with { Measures = new string('整', 40_000) });

        var (bytes, result) = Write(round, Options(D(11, 30)));

        Str(DetailRows(bytes).Single()[11]).Should().HaveLength(32_767);
        result.Warnings.Should().ContainSingle(w => w.Kind == LedgerWarningKind.TextTruncated && w.Cell == "整改台账!L4");
        ValidationErrors(bytes).Should().BeEmpty();
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
        result.Warnings.Should().ContainSingle().Which.Kind.Should().Be(LedgerWarningKind.ControlCharactersRemoved);
    }

    [Fact]
    public void RectificationLedger_Write_LongTitlesAndControlCharactersInRoundFields_StillAValidPackage()
    {
        var round = TestRounds.Minimal() with
        {
            Title = new string('专', 200) + "\u0001",
            Authority = new string('纪', 200),
            Units = [.. TestRounds.Minimal().Units.Select(u => u with { Name = u.Name + "\u000B" })],
        };

        var (bytes, result) = Write(round, Options(D(11, 30)));

        ValidationErrors(bytes).Should().BeEmpty();
        result.Warnings.Select(w => w.Cell).Should().Contain("整改台账!A1").And.Contain("整改台账!E4");
        Parts(bytes)["docProps/core.xml"].Should().Contain("<dc:title>" + new string('纪', 200) + new string('专', 55) + "</dc:title>");
    }
}
