using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Supervision.Reporting.Rendering.Word;
using Supervision.Reporting.Tests.Rendering.Bulletins;

namespace Supervision.Reporting.Tests.Rendering.Word;

// Issue 13, the last page: the .docx puts the 版记 where the PDF layout of the same content puts it — at the foot of the
// text area, on the last text page when that is even and has room, else on a page of its own that begins on an even
// page, without a page number — and never leaves the signature alone on a page. Read back with the Open XML SDK.
public sealed class WordImprintTests
{
    [Theory]
    [MemberData(nameof(WordCases.Names), MemberType = typeof(WordCases))]
    public void Render_Imprint_FloatsAtTheFootOfTheTextArea(string name)
    {
        var content = WordCases.Content(WordCases.ByName(name));
        using var docx = new WordReadBack(WordCases.Docx(content));
        var imprint = docx.Body.Descendants<Table>().SingleOrDefault(t => t.Descendants<ParagraphStyleId>().Any(s => s.Val == WordStyles.Imprint));
        if (!content.ShowImprint)
        {
            imprint.Should().BeNull(name);
            return;
        }

        imprint.Should().NotBeNull(name);
        var position = imprint!.GetFirstChild<TableProperties>()!.GetFirstChild<TablePositionProperties>()!;
        position.HorizontalAnchor!.Value.Should().Be(HorizontalAnchorValues.Page, "LibreOffice 7.4 floats a table as wide as the text area only when it is placed from the page");
        position.TablePositionX!.Value.Should().Be(WordGeometry.MarginLeft);
        position.VerticalAnchor!.Value.Should().Be(VerticalAnchorValues.Margin);
        imprint.GetFirstChild<TableProperties>()!.GetFirstChild<TableWidth>()!.Width!.Value.Should().Be(WordGeometry.TextWidth.ToString(System.Globalization.CultureInfo.InvariantCulture), "the rules are as wide as the text area");

        // The rows are whole grid lines, so the table ends on the text area's foot (262 mm), less the bottom rule.
        int height = imprint.Elements<TableRow>().Sum(r => (int)r.TableRowProperties!.GetFirstChild<TableRowHeight>()!.Val!.Value);
        (height % WordGeometry.LinePitch).Should().Be(0, name);
        int lines = content.CopyTo is { Length: > 0 } ? 2 : 1;
        (height / WordGeometry.LinePitch).Should().BeGreaterThanOrEqualTo(lines, name);
        (WordGeometry.MarginTop + position.TablePositionY!.Value + height + WordGeometry.ImprintRuleAllowance).Should().Be(WordGeometry.TextBottom, name);
        (WordGeometry.TextBottom / WordGeometry.TwipsPerMillimetre).Should().BeApproximately(262, 0.05);

        // Its anchor, the paragraph after it, is a hairline that fits at the foot of a full page.
        var anchor = imprint.NextSibling<Paragraph>()!;
        anchor.Should().NotBeNull(name);
        anchor.InnerText.Should().BeEmpty();
        anchor.ParagraphProperties!.SpacingBetweenLines!.LineRule!.Value.Should().Be(LineSpacingRuleValues.Exact);
        int.Parse(anchor.ParagraphProperties.SpacingBetweenLines.Line!.Value!, System.Globalization.CultureInfo.InvariantCulture).Should().BeLessThanOrEqualTo(20);
        anchor.ParagraphProperties.SnapToGrid!.Val!.Value.Should().BeFalse();
    }

    [Theory]
    [MemberData(nameof(WordCases.Names), MemberType = typeof(WordCases))]
    public void Render_Imprint_OnAnEvenPageOfItsOwnExactlyWhereThePdfPutsItThere(string name)
    {
        var content = WordCases.Content(WordCases.ByName(name));
        var pdf = new PdfReadBack(WordCases.Pdf(content));
        using var docx = new WordReadBack(WordCases.Docx(content));

        // In the PDF: the 版记 (its 印发 line, the only line with the 印发机关) is on an even page; it has that page to
        // itself when nothing else is on it but its own lines and the page number. A blank page before it is numbered
        // neither, nor is the 版记's page then (GB/T 9704 §7.5).
        string printer = content.PrintedBy.Replace(" ", string.Empty, StringComparison.Ordinal);
        int page = pdf.Pages.FindLastIndex(p => p.Any(l => l.Text.Contains(printer, StringComparison.Ordinal))) + 1;
        bool own = false;
        bool blank = false;
        if (content.ShowImprint)
        {
            (page % 2).Should().Be(0, name + ": the PDF puts the 版记 on an even page");
            own = pdf.Pages[page - 1].All(l => IsImprintLine(pdf.Pages[page - 1], l, printer) || IsPageNumber(l));
            blank = own && pdf.Pages[page - 2].Count == 0;
            pdf.Pages[page - 1].Any(IsPageNumber).Should().Be(!blank, name);
        }

        var placement = ImprintPlacement.Of(content, null);
        placement.OwnPage.Should().Be(own, name);
        placement.BlankBefore.Should().Be(blank, name);
        if (!own)
        {
            docx.Sections.Should().HaveCount(1, name);
            return;
        }

        docx.Sections.Should().HaveCount(2, name);
        var last = docx.Sections[^1];
        last.GetFirstChild<SectionType>()!.Val!.Value.Should().Be(SectionMarkValues.EvenPage, name + ": the word processor adds the blank page when the text ends on an even page");
        foreach (var reference in last.Elements<FooterReference>())
        {
            var footer = (FooterPart)docx.Main.GetPartById(reference.Id!.Value!);
            footer.Footer!.Descendants<FieldCode>().Should().HaveCount(blank ? 0 : 1, name + ": the 版记's page is numbered unless a blank page comes before it");
            if (blank)
            {
                footer.Footer.Descendants<Text>().Should().BeEmpty(name);
            }
        }

        // The text's section keeps the page numbers; its break is a hairline, then a hairline before the floating table
        // (LibreOffice 7.4 drops a section break a floating table follows directly).
        var text = docx.Sections[0];
        text.Elements<FooterReference>().Select(r => ((FooterPart)docx.Main.GetPartById(r.Id!.Value!)).Footer!.Descendants<FieldCode>().Count()).Should().OnlyContain(n => n == 1);
        var breakParagraph = text.Ancestors<Paragraph>().Single();
        breakParagraph.ParagraphProperties!.SpacingBetweenLines!.LineRule!.Value.Should().Be(LineSpacingRuleValues.Exact);
        breakParagraph.NextSibling().Should().BeOfType<Paragraph>().Which.InnerText.Should().BeEmpty();
        breakParagraph.NextSibling()!.NextSibling().Should().BeOfType<Table>();
    }

    [Theory]
    [MemberData(nameof(WordCases.Names), MemberType = typeof(WordCases))]
    public void Render_Signature_KeptWithTheLinesBeforeIt(string name)
    {
        var content = WordCases.Content(WordCases.ByName(name));
        if (content.Signatory.IsEmpty)
        {
            return;
        }

        using var docx = new WordReadBack(WordCases.Docx(content));
        var signer = docx.Body.Elements<Paragraph>().Last(p => p.InnerText == content.Signatory[0]);

        // Kept back to the last paragraph of more than one line; one of more than four lines is not kept (LibreOffice
        // 7.4 moves a kept paragraph whole), and the Guilin bulletins end with short paragraphs.
        var kept = new List<Paragraph>();
        for (var p = signer.PreviousSibling() as Paragraph; p is not null && kept.Count < 3; p = p.PreviousSibling() as Paragraph)
        {
            double lines = Ems(p.InnerText) / 28;
            if (lines > 4)
            {
                p.ParagraphProperties?.KeepNext.Should().BeNull(name);
                break;
            }

            p.ParagraphProperties!.KeepNext.Should().NotBeNull(name + ": the body's last lines go over with the signature, which never stands alone on a page");
            kept.Add(p);
            if (lines > 1)
            {
                break;
            }
        }

        kept.Should().NotBeEmpty(name);
        kept[^1].InnerText.Length.Should().BeGreaterThan(content.Language == Language.English ? 56 : 28, name + ": at least the last paragraph of several lines");
    }

    private static double Ems(string text) => text.EnumerateRunes().Sum(r => r.Value >= 0x2E80 ? 1 : 0.5);

    [Theory]
    [MemberData(nameof(WordCases.Names), MemberType = typeof(WordCases))]
    public void Render_Title_HasThePdfLineBreaks(string name)
    {
        var content = WordCases.Content(WordCases.ByName(name));
        if (!content.ShowTitle)
        {
            return;
        }

        using var docx = new WordReadBack(WordCases.Docx(content));
        var title = docx.Body.Elements<Paragraph>().Single(p => p.ParagraphProperties?.ParagraphStyleId?.Val == WordStyles.Title);
        var lines = string.Concat(title.Descendants().Select(e => e switch { Text t => t.Text, Break => "\n", _ => string.Empty }));
        lines.Should().Be(Supervision.Reporting.Rendering.Pdf.Official.OfficialBlocks.TitleText(content.Title), name);
        var pdf = new PdfReadBack(WordCases.Pdf(content));
        var first = lines.Split('\n')[0].Replace(" ", string.Empty, StringComparison.Ordinal);
        pdf.Pages[0].Should().Contain(l => l.Text == first, name + ": the PDF's first title line");
    }

    private static bool IsPageNumber(PdfLine line) => line.Text.StartsWith('—') && line.Text.EndsWith('—');

    // A line of the 版记 on the PDF page: the 印发 line, or a 抄送 line above it (nothing else lies between the rules).
    private static bool IsImprintLine(List<PdfLine> page, PdfLine line, string printer)
    {
        var printLine = page.First(l => l.Text.Contains(printer, StringComparison.Ordinal));
        return line.Baseline >= printLine.Baseline && line.Baseline - printLine.Baseline < 4 * 29;
    }
}
