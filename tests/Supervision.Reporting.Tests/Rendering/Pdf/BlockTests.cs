using Supervision.Reporting.Rendering.Pdf;
using Supervision.Reporting.Rendering.Pdf.Fonts;
using Supervision.Reporting.Rendering.Pdf.Layout;
using Supervision.Reporting.Rendering.Pdf.Official;
using Supervision.Reporting.Rendering.Pdf.Tables;
using Supervision.Reporting.Rendering.Pdf.Text;
using static Supervision.Reporting.Tests.Rendering.Pdf.PdfTestKit;

namespace Supervision.Reporting.Tests.Rendering.Pdf;

public sealed class BlockTests
{
    [Fact]
    public void ImageBlock_Png_IsEmbeddedAsAnImage()
    {
        var (bytes, _) = Render([new ImageBlock(TinyPng.Solid(40, 40, 0xE6, 0, 0x12), 60, 60), Body("印章下方的文字。")]);

        using var pdf = Open(bytes);
        var images = pdf.GetPage(1).GetImages().ToList();
        images.Should().ContainSingle();
        images[0].BoundingBox.Width.Should().BeApproximately(60, 0.5);
    }

    [Fact]
    public void Table_FittedColumns_TakeTheirContentWidthAndRelativeTakesTheRest()
    {
        var style = TextStyle.Of(PdfFontRole.Table, 12);
        var format = new ParagraphFormat { Alignment = TextAlignment.Left, LinePitch = 18 };
        var table = new Table(
            [TableColumn.Fitted(), TableColumn.Fixed(100), TableColumn.Relative()],
            [],
            [new TableRow([new TableCell(new Paragraph("序号", style, format)), new TableCell(new Paragraph("地区", style, format)), new TableCell(new Paragraph("说明", style, format))])])
        {
            Style = new TableStyle { PaddingX = 4 },
        };

        var plan = table.Plan(new LayoutContext(FontSet.BundledOnly), 400, "T");

        var cells = ((RowSlab)plan.Slabs[0]).Cells;
        cells[0].Width.Should().BeApproximately((2 * 12) + 8, 0.1, "two 12 pt characters plus padding");
        cells[1].Width.Should().Be(100);
        cells[2].Width.Should().BeApproximately(400 - 100 - cells[0].Width, 1e-6);
        cells[2].X.Should().BeApproximately(cells[0].Width + 100, 1e-6);
    }

    [Fact]
    public void Table_HeaderColumnSpan_CoversTheSpannedColumns()
    {
        var style = TextStyle.Of(PdfFontRole.Table, 12);
        var format = new ParagraphFormat { Alignment = TextAlignment.Center, LinePitch = 18 };
        Paragraph P(string s) => new(s, style, format);
        var table = new Table(
            [TableColumn.Fixed(50), TableColumn.Fixed(60), TableColumn.Fixed(70)],
            [new TableRow([new TableCell(P("甲")), new TableCell(P("问题数"), ColumnSpan: 2)])],
            [new TableRow([new TableCell(P("1")), new TableCell(P("2")), new TableCell(P("3"))])]);

        var plan = table.Plan(new LayoutContext(FontSet.BundledOnly), 180, "T");

        var header = ((RowSlab)plan.Slabs[0]).Cells;
        header.Should().HaveCount(2);
        header[1].X.Should().Be(50);
        header[1].Width.Should().Be(130);
        plan.RepeatOnNewPage.Should().ContainSingle().Which.Should().BeSameAs(plan.Slabs[0]);
    }

    [Fact]
    public void Table_HeaderRowSpans_FormOneGridKeptWithTheBody()
    {
        var style = TextStyle.Of(PdfFontRole.Table, 12);
        var format = new ParagraphFormat { Alignment = TextAlignment.Center, LinePitch = 18 };
        Paragraph P(string s) => new(s, style, format);
        var table = new Table(
            [TableColumn.Fixed(40), TableColumn.Fixed(50), TableColumn.Fixed(60), TableColumn.Fixed(70)],
            [
                new TableRow([new TableCell(P("序号"), RowSpan: 2), new TableCell(P("问题数"), ColumnSpan: 2), new TableCell(P("说明"), RowSpan: 2)]),
                new TableRow([new TableCell(P("发现")), new TableCell(P("已整改"))]),
            ],
            [new TableRow([new TableCell(P("1")), new TableCell(P("2")), new TableCell(P("3")), new TableCell(P("4"))])]);

        var plan = table.Plan(new LayoutContext(FontSet.BundledOnly), 220, "T");

        var header = plan.Slabs[0].Should().BeOfType<HeaderGridSlab>().Subject;
        header.KeepWithNext.Should().BeTrue();
        plan.RepeatOnNewPage.Should().Equal(header);
        header.Cells.Select(c => (c.Row, c.RowSpan, c.Part.X, c.Part.Width)).Should().Equal(
            (0, 2, 0.0, 40.0), (0, 1, 40.0, 110.0), (0, 2, 150.0, 70.0), (1, 1, 40.0, 50.0), (1, 1, 90.0, 60.0));
        header.Height.Should().BeApproximately(2 * (18 + 6), 1e-6, "two header rows of one 18 pt line plus padding");
    }

    [Fact]
    public void Table_CellText_WrapsWithTheClreqBreaker()
    {
        var style = TextStyle.Of(PdfFontRole.Table, 12);
        var format = new ParagraphFormat { Alignment = TextAlignment.Justify, LinePitch = 18 };
        var table = new Table([TableColumn.Fixed(12 * 5 + 8)], [], [new TableRow([new TableCell(new Paragraph("整改落实情况，已完成。", style, format))])]);

        var plan = table.Plan(new LayoutContext(FontSet.BundledOnly), 200, "T");

        var lines = ((RowSlab)plan.Slabs[0]).Cells[0].Slabs.Cast<LineSlab>().Select(l => l.Line.Text).ToList();
        // Five cells per line. First fit would leave "成。" alone on line 3 (推出); setting "，" and "。" at half
        // width pulls it back (挤进), so 6 characters share line 2's five cells.
        lines.Should().Equal("整改落实情", "况，已完成。");
    }

    [Fact]
    public void FontSet_WithSystemFonts_ResolvesCjkWhateverIsInstalled()
    {
        // CI machines may or may not have CJK fonts; either way the chain ends in the bundled fonts.
        var fonts = FontSet.Create([], useSystemFonts: true);

        fonts.Resolve(PdfFontRole.Body, '中').Should().NotBeNull();
        fonts.Resolve(PdfFontRole.Heading1, '黑').Should().NotBeNull();
        fonts.Resolve(PdfFontRole.Body, 0x20BB7)?.HasGlyph(0x20BB7).Should().BeTrue();
    }

    [Fact]
    public void Render_WithSystemFontsOn_StillRendersAllText()
    {
        var (bytes, _) = Render([OfficialBlocks.Title("系统字体"), Body("正文仿宋")], options: new RenderOptions([], UseSystemFonts: true));

        using var pdf = Open(bytes);
        string.Concat(pdf.GetPage(1).Letters.Select(l => l.Value)).Should().Contain("系统字体").And.Contain("正文仿宋");
    }
}
