using System.Globalization;
using Supervision.Reporting.Rendering.Pdf.Layout;
using Supervision.Reporting.Rendering.Pdf.Text;

namespace Supervision.Reporting.Rendering.Pdf.Official;

/// <summary>
/// Page number per GB/T 9704 §7.5: 4号 半角宋体 Arabic numerals between two 一字线 ("— 1 —"),
/// the top of the line 7 mm below the text area; odd pages right, even pages left, each one
/// character in from the edge of the text area.
/// </summary>
internal sealed class PageNumberDecoration : PageDecoration
{
    public double Size { get; init; } = GbT9704.Size4;

    /// <summary>Text for (page, total); GB/T 9704 uses "— n —".</summary>
    public Func<int, int, string> Format { get; init; } = static (page, _) => "— " + page.ToString(CultureInfo.InvariantCulture) + " —";

    public bool OddEven { get; init; } = true;

    public override void Draw(Canvas canvas, LayoutContext context, PageTemplate template, PageInfo page)
    {
        if (!page.Numbered)
        {
            return;
        }

        var style = TextStyle.Of(PdfFontRole.PageNumber, Size);
        string text = Format(page.Number, page.Total);
        var format = new ParagraphFormat { Alignment = TextAlignment.Left, LinePitch = Size, EmBoxAtTop = true };
        var lines = ParagraphLayouter.Layout([new TextRun(text, style)], format, template.ContentWidth, context.Fonts, context.Warnings, "PageNumber");
        var line = lines[0];
        double width = line.Right;
        double inset = Size;   // 一字 at 4号
        double left = !OddEven
            ? template.MarginLeft + ((template.ContentWidth - width) / 2)
            : page.IsOdd ? template.ContentRight - inset - width : template.MarginLeft + inset;
        canvas.DrawLine(line, left, template.ContentBottom + GbT9704.PageNumberGap);
    }
}
