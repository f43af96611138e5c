using DocumentFormat.OpenXml.Wordprocessing;
using Supervision.Reporting.Rendering.Pdf.Text;
using Supervision.Reporting.Rendering.Word;
using Supervision.Reporting.Tests.Rendering.Bulletins;

namespace Supervision.Reporting.Tests.Rendering.Word;

// Issue 13: where a typographic rule is shared, the .docx follows the PDF — punctuation compression and the clreq
// line-breaking sets, no hanging punctuation, no automatic hanzi–Latin space, the title's heavier face, table
// header rows that repeat, rows that never split, captions kept with their tables, the 版记 on an even page.
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

    [Theory]
    [MemberData(nameof(WordCases.Names), MemberType = typeof(WordCases))]
    public void Render_Imprint_StartsAnEvenPageSectionWhereThePdfPutsItOnAPageOfItsOwn(string name)
    {
        var content = WordCases.Content(WordCases.ByName(name));
        var pdf = new PdfReadBack(WordCases.Pdf(content));
        using var docx = new WordReadBack(WordCases.Docx(content));

        // In the PDF: the last page holds the 版记 alone (印发 line), on an even page.
        var last = pdf.Pages[^1].Select(l => l.Text).ToList();
        bool own = content.ShowImprint && pdf.Pages.Count > 1 && last.Count <= 3 && last.Any(t => t.Contains(content.PrintedBy.Replace(" ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal));

        WordRenderer.ImprintOnPageOfItsOwn(content, null).Should().Be(own, name);
        if (own)
        {
            (pdf.Pages.Count % 2).Should().Be(0, name);
            docx.Sections.Should().HaveCount(2, name);
            docx.Sections[^1].GetFirstChild<SectionType>()!.Val!.Value.Should().Be(SectionMarkValues.EvenPage, name);
            var footer = (DocumentFormat.OpenXml.Packaging.FooterPart)docx.Main.GetPartById(docx.Sections[^1].GetFirstChild<FooterReference>()!.Id!.Value!);
            footer.Footer!.Descendants<Text>().Should().BeEmpty("the 版记 page and a blank page before it carry no page number");

            // The section break comes right before the 版记's table.
            var breakParagraph = docx.Sections[0].Ancestors<Paragraph>().Single();
            breakParagraph.NextSibling().Should().BeOfType<Table>();
        }
        else
        {
            docx.Sections.Should().HaveCount(1, name);
        }
    }
}
