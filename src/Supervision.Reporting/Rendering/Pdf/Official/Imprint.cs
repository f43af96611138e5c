using Supervision.Reporting.Rendering.Pdf.Layout;
using Supervision.Reporting.Rendering.Pdf.Text;

namespace Supervision.Reporting.Rendering.Pdf.Official;

/// <summary>
/// 版记 (§7.4) at the bottom of the last page, which is an even page (the back of the last sheet): 抄送 (4号, one character in from both sides,
/// wrapped lines aligned after the colon) and the 印发 line (印发机关 left, 印发日期 right, each
/// one character in), between full-width black rules — the outer ones 0.35 mm, the inner 0.25 mm.
/// </summary>
internal sealed class Imprint(string? copyTo, string printer, string printDate) : Block
{
    public string? CopyTo { get; } = copyTo;

    public string Printer { get; } = printer;

    public string PrintDate { get; } = printDate;

    // The words around the data, which follow the document's language (抄送：…。 and …印发 by default; an
    // English document has "Copy to: ….", "Issued on …").
    public string CopyToLabel { get; init; } = "抄送：";

    public string CopyToEnd { get; init; } = "。";

    public string? PrintLine { get; init; }

    public override string Kind => "Imprint";

    public override BlockPlan Plan(LayoutContext context, double width, string path)
    {
        var style = TextStyle.Of(PdfFontRole.Body, GbT9704.Size4);
        double pitch = GbT9704.LinePitch;
        var slabs = new List<Slab> { new RuleSlab(GbT9704.ImprintOuterRule, path + "/Rule[0]") };
        if (!string.IsNullOrEmpty(CopyTo))
        {
            string text = Bulletins.Content.FrameText.CopyToLine(CopyToLabel, CopyTo, CopyToEnd);
            var format = new ParagraphFormat
            {
                Alignment = TextAlignment.Justify,
                LinePitch = pitch,
                LeftIndent = GbT9704.Size4 + (3 * GbT9704.Size4),
                RightIndent = GbT9704.Size4,
                FirstLineIndentChars = -3,
            };
            foreach (var line in ParagraphLayouter.Layout([new TextRun(text, style)], format, width, context.Fonts, context.Warnings, path + "/CopyTo"))
            {
                slabs.Add(new LineSlab(line, path + "/CopyTo"));
            }

            slabs.Add(new RuleSlab(GbT9704.ImprintInnerRule, path + "/Rule[1]"));
        }

        var left = ParagraphLayouter.Layout([new TextRun(Printer, style)], new ParagraphFormat { Alignment = TextAlignment.Left, LinePitch = pitch, LeftIndent = GbT9704.Size4 }, width, context.Fonts, context.Warnings, path + "/Printer")[0];
        var right = ParagraphLayouter.Layout([new TextRun(PrintLine ?? PrintDate + "印发", style)], new ParagraphFormat { Alignment = TextAlignment.Right, LinePitch = pitch, RightIndent = GbT9704.Size4 }, width, context.Fonts, context.Warnings, path + "/PrintDate")[0];
        slabs.Add(new LineSlab(left with { Clusters = [.. left.Clusters, .. right.Clusters] }, path + "/PrintLine"));
        slabs.Add(new RuleSlab(GbT9704.ImprintOuterRule, path + "/Rule[2]"));
        return new BlockPlan(slabs) { AnchorBottom = true, EvenPage = true };
    }

    private sealed class RuleSlab(double thickness, string path) : Slab(path)
    {
        public override double Height => thickness;

        public override void Draw(Canvas canvas, double x, double y, double width) =>
            canvas.Line(x, y + (thickness / 2), x + width, y + (thickness / 2), thickness, PdfSharp.Drawing.XColors.Black);
    }
}
