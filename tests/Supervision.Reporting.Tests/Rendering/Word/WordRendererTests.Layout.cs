using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Supervision.Reporting.Rendering.Pdf.Bulletins.Content;
using Supervision.Reporting.Tests.Rendering.Pdf;
using Dc = DocumentFormat.OpenXml.Drawing.Charts;
using Dw = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace Supervision.Reporting.Tests.Rendering.Word;

public sealed partial class WordRendererTests
{
    private const double TwipsPerMm = 1440 / 25.4;

    [Fact]
    public void Render_Section_IsA4WithTheGbT9704TextAreaAnd22GridLines()
    {
        using var docx = new WordReadBack(WordCases.Docx(WordCases.TypicalCases));
        var section = docx.Section;
        var size = section.GetFirstChild<PageSize>()!;
        var margin = section.GetFirstChild<PageMargin>()!;
        var grid = section.GetFirstChild<DocGrid>()!;

        (size.Width!.Value / TwipsPerMm).Should().BeApproximately(210, 0.1);
        (size.Height!.Value / TwipsPerMm).Should().BeApproximately(297, 0.1);
        (margin.Left!.Value / TwipsPerMm).Should().BeApproximately(28, 0.05);
        ((size.Width!.Value - margin.Left!.Value - margin.Right!.Value) / TwipsPerMm).Should().BeApproximately(156, 0.05);
        double textHeight = size.Height!.Value - margin.Top!.Value - margin.Bottom!.Value;
        (textHeight / TwipsPerMm).Should().BeApproximately(225, 0.05);

        // The top margin sits above 37 mm by the space a grid line leaves over its glyphs (measured in LibreOffice).
        (margin.Top!.Value / TwipsPerMm).Should().BeInRange(33.5, 37);
        grid.Type!.Value.Should().Be(DocGridValues.Lines);
        ((int)Math.Floor(textHeight / grid.LinePitch!.Value)).Should().Be(22);
        (grid.LinePitch!.Value / 20.0).Should().BeApproximately(225 / 22.0 * 72 / 25.4, 0.1);
    }

    [Fact]
    public void Render_BodyStyle_Fits28CharactersOf3haoInALine()
    {
        using var docx = new WordReadBack(WordCases.Docx(WordCases.TypicalCases));
        var normal = docx.Style("Normal");
        var spacing = normal.StyleRunProperties!.GetFirstChild<Spacing>()!.Val!.Value;
        var size = docx.Main.StyleDefinitionsPart!.Styles!.DocDefaults!.Descendants<FontSize>().Single().Val!.Value;
        var margin = docx.Section.GetFirstChild<PageMargin>()!;
        double line = (docx.Section.GetFirstChild<PageSize>()!.Width!.Value - margin.Left!.Value - margin.Right!.Value) / 20.0;
        double advance = (double.Parse(size!, System.Globalization.CultureInfo.InvariantCulture) / 2) + (spacing / 20.0);

        ((int)Math.Floor(line / advance)).Should().Be(28);
    }

    [Fact]
    public void Render_Styles_NameTheOfficialFacesWithAlternativesInTheFontTable()
    {
        using var docx = new WordReadBack(WordCases.Docx(WordCases.TypicalCases));
        string Face(string style) => docx.Style(style).Descendants<RunFonts>().Single().EastAsia!.Value!;

        docx.Main.StyleDefinitionsPart!.Styles!.DocDefaults!.Descendants<RunFonts>().Single().EastAsia!.Value.Should().Be("仿宋_GB2312");
        Face("BulletinTitle").Should().Be("方正小标宋简体");
        Face("Heading1").Should().Be("黑体");
        Face("Heading2").Should().Be("楷体_GB2312");
        Face("Heading3").Should().Be("仿宋_GB2312");
        docx.Style("Heading3").Descendants<Bold>().Should().ContainSingle();
        docx.Style("BulletinBody").Descendants<Indentation>().Single().FirstLineChars!.Value.Should().Be(200);
        var fonts = docx.Main.FontTablePart!.Fonts!.Elements<Font>().ToDictionary(f => f.Name!.Value!, f => f.AltName?.Val?.Value);
        fonts.Should().Contain("仿宋_GB2312", "仿宋").And.Contain("仿宋", "FangSong").And.Contain("黑体", "SimHei").And.Contain("楷体_GB2312", "楷体");
        docx.Main.FontTablePart!.Fonts!.Elements<Font>().Should().OnlyContain(f => f.Panose1Number != null);
        docx.Paragraphs.Select(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value).Should().Contain(["BulletinTitle", "Heading1", "BulletinBody", "BulletinAddressee"]);
    }

    [Fact]
    public void Render_Footers_PageFieldsOddRightEvenLeftOneCharacterIn()
    {
        using var docx = new WordReadBack(WordCases.Docx(WordCases.TypicalCases));
        var settings = docx.Main.DocumentSettingsPart!.Settings!;
        var references = docx.Section.Elements<FooterReference>().ToDictionary(r => r.Type!.Value, r => (FooterPart)docx.Main.GetPartById(r.Id!.Value!));

        settings.GetFirstChild<EvenAndOddHeaders>().Should().NotBeNull();
        references.Should().HaveCount(2).And.ContainKey(HeaderFooterValues.Default).And.ContainKey(HeaderFooterValues.Even);
        foreach (var (type, part) in references)
        {
            var paragraph = part.Footer!.Elements<Paragraph>().Single();
            paragraph.Descendants<FieldCode>().Single().Text.Trim().Should().Be("PAGE");
            string.Concat(paragraph.Descendants<Text>().Select(t => t.Text)).Should().Be("— 1 —");
            var justification = paragraph.ParagraphProperties!.Justification!.Val!.Value;
            var indentation = paragraph.ParagraphProperties!.Indentation!;
            if (type == HeaderFooterValues.Default)
            {
                justification.Should().Be(JustificationValues.Right);
                indentation.Right!.Value.Should().Be("280");
            }
            else
            {
                justification.Should().Be(JustificationValues.Left);
                indentation.Left!.Value.Should().Be("280");
            }

            var style = docx.Style(paragraph.ParagraphProperties!.ParagraphStyleId!.Val!.Value!);
            style.Descendants<RunFonts>().Single().EastAsia!.Value.Should().Be("宋体");
            style.Descendants<FontSize>().Single().Val!.Value.Should().Be("28");
        }
    }

    [Fact]
    public void Render_Head_RedMarkNumberWithRedSeparatorAndSignatureFourCharactersIn()
    {
        var content = WordCases.Content(WordCases.TypicalCases);
        using var docx = new WordReadBack(WordCases.Docx(content));
        var paragraphs = docx.Paragraphs.ToList();

        docx.Style("BulletinMark").Descendants<Color>().Single().Val!.Value.Should().Be("E60012");
        var number = paragraphs.Single(p => p.InnerText == content.NumberLine);
        var border = number.ParagraphProperties!.ParagraphBorders!.BottomBorder!;
        border.Color!.Value.Should().Be("E60012");
        border.Val!.Value.Should().Be(BorderValues.Single);
        paragraphs.TakeWhile(p => p != number).Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "BulletinMark")
            .Select(p => p.InnerText).Should().Equal(content.AuthorityMark);
        var date = paragraphs.Single(p => p.InnerText == FrameText.SignatureDate(content) && p.ParagraphProperties?.Justification?.Val?.Value == JustificationValues.Right);
        date.ParagraphProperties!.Indentation!.Right!.Value.Should().Be("1264", "four characters of 156 mm / 28");
    }

    [Fact]
    public void Render_StatisticsCharts_AreNativeChartsWithTheirDataCachedAndEmbedded()
    {
        var content = WordCases.Content(WordCases.Statistics);
        using var docx = new WordReadBack(WordCases.Docx(content));
        var charts = content.Body.Concat(content.Attachment).OfType<BodyChart>().ToList();
        var references = docx.Body.Descendants<Dc.ChartReference>().Select(r => (ChartPart)docx.Main.GetPartById(r.Id!.Value!)).ToList();

        charts.Select(c => c.Kind).Should().Contain([BodyChartKind.Line, BodyChartKind.HorizontalBars], "the four-forms donut is drawn only for three or more forms");
        references.Should().HaveCount(charts.Count);
        for (var i = 0; i < charts.Count; i++)
        {
            var space = references[i].ChartSpace!;
            var series = space.Descendants<Dc.LineChartSeries>().Cast<DocumentFormat.OpenXml.OpenXmlCompositeElement>()
                .Concat(space.Descendants<Dc.BarChartSeries>()).Concat(space.Descendants<Dc.PieChartSeries>()).ToList();
            int expectedSeries = charts[i].Kind == BodyChartKind.Line ? charts[i].Series.Count : 1;
            series.Should().HaveCount(expectedSeries, charts[i].Caption);
            for (var s = 0; s < expectedSeries; s++)
            {
                var values = series[s].Descendants<Dc.Values>().Single().Descendants<Dc.NumericValue>().Select(v => double.Parse(v.Text, System.Globalization.CultureInfo.InvariantCulture));
                values.Should().Equal(charts[i].Series[s].Values);
                series[s].Descendants<Dc.CategoryAxisData>().Single().Descendants<Dc.NumericValue>().Select(v => v.Text).Should().Equal(charts[i].Labels);
            }

            space.Descendants<Dc.ExternalData>().Should().ContainSingle();
            var embedded = references[i].EmbeddedPackagePart!;
            using var workbook = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(embedded.GetStream(), false);
            var sheet = workbook.WorkbookPart!.WorksheetParts.Single().Worksheet;
            var rows = sheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>().ToList();
            rows.Should().HaveCount(charts[i].Labels.Count + 1);
            string Cell(DocumentFormat.OpenXml.Spreadsheet.Cell c) => c.InlineString?.InnerText ?? c.CellValue?.Text ?? string.Empty;
            rows.Skip(1).Select(r => Cell(r.Elements<DocumentFormat.OpenXml.Spreadsheet.Cell>().First())).Should().Equal(charts[i].Labels);
            rows.Skip(1).Select(r => double.Parse(Cell(r.Elements<DocumentFormat.OpenXml.Spreadsheet.Cell>().ElementAt(1)), System.Globalization.CultureInfo.InvariantCulture))
                .Should().Equal(charts[i].Series[0].Values);
        }

        // 图题 below the figure (as in the PDF), kept with it; the chart's paragraph is kept with its caption.
        foreach (var (reference, chart) in docx.Body.Descendants<Dc.ChartReference>().Zip(charts))
        {
            var drawing = reference.Ancestors<Paragraph>().Single();
            drawing.ParagraphProperties!.KeepNext.Should().NotBeNull(chart.Caption);
            drawing.ParagraphProperties!.KeepNext!.Val.Should().BeNull("a bare w:keepNext is on");
            var caption = drawing.ElementsAfter().OfType<Paragraph>().First();
            caption.InnerText.Should().Be(chart.Caption, "the caption stays editable text, below its chart");
            caption.ParagraphProperties!.KeepNext!.Val!.Value.Should().BeFalse("the caption style keeps a 表题 with its table; below a chart it must not pull the next paragraph along");
        }
    }

    [Fact]
    public void Render_WithSeal_AnchorsThePictureBehindTheDate()
    {
        var content = WordCases.Content(WordCases.TypicalCases);
        var png = TinyPng.Solid(8, 8, 230, 0, 18);
        using var docx = new WordReadBack(WordCases.Docx(content, png));
        using var without = new WordReadBack(WordCases.Docx(content));

        var anchor = docx.Body.Descendants<Dw.Anchor>().Single();
        anchor.BehindDoc!.Value.Should().BeTrue();
        var image = docx.Main.ImageParts.Single();
        using var stream = image.GetStream();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        copy.ToArray().Should().Equal(png);
        string.Concat(anchor.Ancestors<Paragraph>().Single().Descendants<Text>().Select(t => t.Text)).Should().Be(FrameText.SignatureDate(content));
        without.Body.Descendants<Dw.Anchor>().Should().BeEmpty();
        docx.Errors().Should().BeEmpty();
    }

    [Fact]
    public void Render_WithASealThatIsNotPng_WarnsAndLeavesItOut()
    {
        var content = WordCases.Content(WordCases.TypicalCases);
        using var stream = new MemoryStream();

        var result = Supervision.Reporting.Rendering.Word.WordRenderer.Render(content, [0xFF, 0xD8, 0xFF, 0xE0], stream, Supervision.Reporting.Rendering.Word.WordRenderOptions.Default);

        result.Warnings.Should().ContainSingle().Which.Should().Contain("PNG");
        using var docx = new WordReadBack(stream.ToArray());
        docx.Main.ImageParts.Should().BeEmpty();
        docx.Errors().Should().BeEmpty();
    }
}
