using DocumentFormat.OpenXml.Wordprocessing;
using Supervision.Reporting.Rendering.Pdf.Text;
using Supervision.Reporting.Rendering.Word;

namespace Supervision.Reporting.Tests.Rendering.Word;

// Issue 13: where a typographic rule is shared, the .docx follows the PDF — punctuation compression and the clreq
// line-breaking sets, no hanging punctuation, no automatic hanzi–Latin space, the title's heavier face, table
// header rows that repeat, rows that never split, captions kept with their tables. (The 版记 on an even page is
// not in the .docx: an evenPage section before it, tried, made LibreOffice 7.4 set it at the top of an odd page.)
public sealed class WordTypographyRulesTests
{
    [Fact]
    public void Render_Settings_CompressPunctuationAndBreakLinesByClreq()
    {
        using var docx = new WordReadBack(WordCases.Docx(WordCases.Statistics));
        var settings = docx.Main.DocumentSettingsPart!.Settings!;

        settings.GetFirstChild<CharacterSpacingControl>()!.Val!.Value.Should().Be(CharacterSpacingValues.CompressPunctuation);
        settings.GetFirstChild<NoLineBreaksBeforeKinsoku>()!.Val!.Value.Should().Be(Clreq.Closing);
        settings.GetFirstChild<NoLineBreaksAfterKinsoku>()!.Val!.Value.Should().Be(Clreq.Opening);
        settings.GetFirstChild<NoLineBreaksBeforeKinsoku>()!.Language!.Value.Should().Be("zh-CN");
        docx.Errors().Should().BeEmpty();
    }

    [Fact]
    public void Render_ParagraphDefaults_KinsokuOnNoHangingPunctuationNoAutoSpace()
    {
        using var docx = new WordReadBack(WordCases.Docx(WordCases.TypicalCases));
        var defaults = docx.Main.StyleDefinitionsPart!.Styles!.DocDefaults!.ParagraphPropertiesDefault!.ParagraphPropertiesBaseStyle!;

        defaults.Kinsoku!.Val!.Value.Should().BeTrue();
        defaults.OverflowPunctuation!.Val!.Value.Should().BeFalse("a line-end mark compresses inside the measure, as in the PDF");
        defaults.AutoSpaceDE!.Val!.Value.Should().BeFalse();
        defaults.AutoSpaceDN!.Val!.Value.Should().BeFalse();
    }

    [Fact]
    public void Render_Title_InTheHeavierSongFaceNotTheBodyFace()
    {
        using var docx = new WordReadBack(WordCases.Docx(WordCases.TypicalCases));
        var title = docx.Style(WordStyles.Title).Descendants<RunFonts>().Single().EastAsia!.Value;
        var body = docx.Main.StyleDefinitionsPart!.Styles!.DocDefaults!.Descendants<RunFonts>().Single().EastAsia!.Value;

        title.Should().Be("方正小标宋简体").And.NotBe(body);
    }

    [Theory]
    [MemberData(nameof(WordCases.Names), MemberType = typeof(WordCases))]
    public void Render_Tables_HeaderRowsRepeatRowsNeverSplitCaptionsKeptWithTheTable(string name)
    {
        using var docx = new WordReadBack(WordCases.Docx(WordCases.ByName(name)));
        var tables = docx.Body.Descendants<Table>().Where(t => t.GetFirstChild<TableProperties>()?.TableStyle?.Val?.Value == WordStyles.Grid).ToList();
        var captionStyle = docx.Style(WordStyles.Caption);

        captionStyle.StyleParagraphProperties!.KeepNext.Should().NotBeNull("a caption is kept with its table");
        foreach (var table in tables)
        {
            var rows = table.Elements<TableRow>().ToList();
            rows[0].TableRowProperties!.GetFirstChild<TableHeader>().Should().NotBeNull(name);
            rows.Skip(1).Should().OnlyContain(r => r.TableRowProperties!.GetFirstChild<TableHeader>() == null, name);
            rows.Should().OnlyContain(r => r.TableRowProperties!.GetFirstChild<CantSplit>() != null, name);
            var caption = table.PreviousSibling<Paragraph>();
            caption!.ParagraphProperties!.ParagraphStyleId!.Val!.Value.Should().Be(WordStyles.Caption, name);
        }

        if (name.StartsWith("Statistics", StringComparison.Ordinal) || name.StartsWith("Daily", StringComparison.Ordinal))
        {
            tables.Should().NotBeEmpty(name);
        }
    }
}
