using PdfSharp.Drawing;
using PdfSharp.Pdf;
using Supervision.Reporting.Rendering.Pdf;
using Supervision.Reporting.Rendering.Pdf.Fonts;
using Supervision.Reporting.Rendering.Pdf.Text;

namespace Supervision.Reporting.Tests.Rendering.Pdf;

public sealed class MeasurementTests
{
    [Theory]
    [InlineData("Supervision 2022")]
    [InlineData("监督检查，整改落实。")]
    [InlineData("桂纪通〔2022〕12号“四种形态”")]
    public void Layout_NaturalWidth_EqualsPdfSharpsMeasureString(string text)
    {
        var face = FontSet.BundledOnly.Primary(PdfFontRole.Body);
        FontRegistry.Register(face);
        var line = ParagraphLayouter.Layout([new TextRun(text, TextStyle.Of(PdfFontRole.Body, 16))],
            new ParagraphFormat { Alignment = TextAlignment.Left }, 1000, FontSet.BundledOnly, new List<LayoutWarning>(), "p")[0];

        using var gfx = XGraphics.CreateMeasureContext(new XSize(1000, 1000), XGraphicsUnit.Point, XPageDirection.Downwards);
        var font = new XFont(face.Key, 16, XFontStyleEx.Regular, new XPdfFontOptions(PdfFontEncoding.Unicode));
        double pdfsharp = gfx.MeasureString(text, font).Width;

        line.Right.Should().BeApproximately(pdfsharp, 0.01);
    }
}
