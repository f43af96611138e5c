using Supervision.Reporting.Rendering.Pdf.Text;

namespace Supervision.Reporting.Rendering.Pdf.Layout;

/// <summary>
/// A header or footer slot: one line of text formatted from the page number and total page
/// count (e.g. "第 3 页，共 12 页"), placed at a distance from the text area's top or bottom.
/// </summary>
internal sealed class TextDecoration(Func<PageInfo, string> text, TextStyle style) : PageDecoration
{
    public Func<PageInfo, string> Text { get; } = text;

    public TextStyle Style { get; } = style;

    public TextAlignment Alignment { get; init; } = TextAlignment.Center;

    /// <summary>True: above the text area (header); false: below it (footer).</summary>
    public bool Header { get; init; }

    /// <summary>Gap between the text area and the line's em box, in points.</summary>
    public double Gap { get; init; } = 12;

    public override void Draw(Canvas canvas, LayoutContext context, PageTemplate template, PageInfo page)
    {
        var format = new ParagraphFormat { Alignment = Alignment, LinePitch = Style.Size, EmBoxAtTop = true };
        var line = ParagraphLayouter.Layout([new TextRun(Text(page), Style)], format, template.ContentWidth, context.Fonts, context.Warnings, Header ? "Header" : "Footer")[0];
        double top = Header ? template.MarginTop - Gap - Style.Size : template.ContentBottom + Gap;
        canvas.DrawLine(line, template.MarginLeft, top);
    }
}
