using PdfSharp.Drawing;
using PdfSharp.Pdf;
using Supervision.Reporting.Rendering.Pdf.Fonts;
using Supervision.Reporting.Rendering.Pdf.Text;

namespace Supervision.Reporting.Rendering.Pdf.Layout;

/// <summary>
/// The drawing surface of one page: PDFsharp's XGraphics plus caches of fonts and brushes.
/// Coordinates are points from the page's top-left corner (PDFsharp's default).
/// </summary>
internal sealed class Canvas
{
    private static readonly XPdfFontOptions SubsetUnicode = new(PdfFontEncoding.Unicode, PdfFontEmbedding.TryComputeSubset);
    private readonly Dictionary<(string Key, double Size, bool Bold), XFont> _fonts;
    private readonly Dictionary<XColor, XSolidBrush> _brushes = [];

    public Canvas(XGraphics graphics, Dictionary<(string, double, bool), XFont> fontCache)
    {
        Graphics = graphics;
        _fonts = fontCache;
    }

    public XGraphics Graphics { get; }

    public XFont Font(FontFace face, double size, bool bold)
    {
        var key = (face.Key, size, bold);
        if (!_fonts.TryGetValue(key, out var font))
        {
            font = new XFont(face.Key, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular, SubsetUnicode);
            _fonts[key] = font;
        }

        return font;
    }

    /// <summary>
    /// Draws a set line whose box has its top-left corner at (<paramref name="left"/>, <paramref name="top"/>).
    /// Neighbouring characters that sit at their natural advance share one text operator, so
    /// that Latin words stay one string; grid cells and justified gaps need their own.
    /// </summary>
    public void DrawLine(TextLine line, double left, double top)
    {
        var clusters = line.Clusters;
        double baseline = top + line.Baseline;
        int i = 0;
        while (i < clusters.Count)
        {
            var first = clusters[i].Cluster;
            double x = DrawX(clusters[i]);
            int j = i + 1;
            double expected = x + first.Advance;
            while (j < clusters.Count
                   && ReferenceEquals(clusters[j].Cluster.Face, first.Face)
                   && clusters[j].Cluster.Style == first.Style
                   && Math.Abs(clusters[j].Cluster.Rise - first.Rise) < 0.01
                   && Math.Abs(DrawX(clusters[j]) - expected) < 0.01)
            {
                expected += clusters[j].Cluster.Advance;
                j++;
            }

            string text = j == i + 1 ? first.Text : string.Concat(Enumerable.Range(i, j - i).Select(k => clusters[k].Cluster.Text));
            if (!string.IsNullOrWhiteSpace(text))
            {
                var font = Font(first.Face, first.Style.Size, first.Style.Bold);
                Graphics.DrawString(text, font, Brush(first.Style.Color), left + x, baseline - first.Rise, XStringFormats.BaseLineLeft);
            }

            i = j;
        }
    }

    public void DrawText(string text, FontFace face, TextStyle style, double x, double baseline)
    {
        Graphics.DrawString(text, Font(face, style.Size, style.Bold), Brush(style.Color), x, baseline, XStringFormats.BaseLineLeft);
    }

    public void Line(double x1, double y1, double x2, double y2, double thickness, XColor color)
    {
        Graphics.DrawLine(new XPen(color, thickness), x1, y1, x2, y2);
    }

    public void FillRectangle(double x, double y, double width, double height, XColor color)
    {
        Graphics.DrawRectangle(Brush(color), x, y, width, height);
    }

    public void StrokeRectangle(double x, double y, double width, double height, double thickness, XColor color)
    {
        Graphics.DrawRectangle(new XPen(color, thickness), x, y, width, height);
    }

    public XSolidBrush Brush(XColor color)
    {
        if (!_brushes.TryGetValue(color, out var brush))
        {
            brush = new XSolidBrush(color);
            _brushes[color] = brush;
        }

        return brush;
    }

    /// <summary>A full-width character in a grid cell is centred in the cell; a compressed opening mark sits left of it.</summary>
    private static double DrawX(in PlacedCluster c) => c.X + c.Cluster.Offset;
}
