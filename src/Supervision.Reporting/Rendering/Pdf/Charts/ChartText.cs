using Supervision.Reporting.Rendering.Pdf.Layout;
using Supervision.Reporting.Rendering.Pdf.Text;

namespace Supervision.Reporting.Rendering.Pdf.Charts;

/// <summary>Labels for charts, set with the same fonts, fallback and line breaker as body text.</summary>
internal sealed class ChartText(LayoutContext context, string path)
{
    /// <remarks>5号 (10.5 pt): the least a printed figure's tick labels and legends are set in.</remarks>
    public const double LabelSize = 10.5;

    public TextLine Line(string text, double size = LabelSize, PdfFontRole role = PdfFontRole.Table) =>
        Lines(text, double.MaxValue / 4, size, role)[0];

    public IReadOnlyList<TextLine> Lines(string text, double width, double size = LabelSize, PdfFontRole role = PdfFontRole.Table) =>
        ParagraphLayouter.Layout([new TextRun(text, TextStyle.Of(role, size))], new ParagraphFormat { Alignment = TextAlignment.Left, LinePitch = size * 1.25, EmBoxAtTop = true }, width, context.Fonts, context.Warnings, path);

    /// <summary>Draws a one-line label anchored at x by <paramref name="align"/> (0 left, 0.5 centre, 1 right), its em box centred on y.</summary>
    public void Draw(Canvas canvas, string text, double x, double y, double align, double size = LabelSize, PdfFontRole role = PdfFontRole.Table)
    {
        var line = Line(text, size, role);
        canvas.DrawLine(line, x - (line.Right * align), y - (size / 2));
    }

    public double Width(string text, double size = LabelSize) => Line(text, size).Right;
}
