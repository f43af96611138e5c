using Supervision.Reporting.Rendering.Pdf.Text;

namespace Supervision.Reporting.Rendering.Pdf.Layout;

/// <summary>A paragraph of styled runs; becomes one slab per line, so pages break between lines.</summary>
internal sealed class Paragraph(IReadOnlyList<TextRun> runs, ParagraphFormat format) : Block
{
    public Paragraph(string text, TextStyle style, ParagraphFormat format)
        : this([new TextRun(text, style)], format)
    {
    }

    public IReadOnlyList<TextRun> Runs { get; } = runs;

    public ParagraphFormat Format { get; } = format;

    public override string Kind => "Paragraph";

    public override (double Min, double Max) MeasureWidth(LayoutContext context) =>
        ParagraphLayouter.MeasureExtremes(Runs, Format, context.Fonts);

    public override BlockPlan Plan(LayoutContext context, double width, string path)
    {
        var lines = ParagraphLayouter.Layout(Runs, Format, width, context.Fonts, context.Warnings, path);
        return new BlockPlan(lines.Select((l, i) => (Slab)new LineSlab(l, path + "/Line[" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]")).ToList())
        {
            SpaceBefore = Format.SpaceBefore,
            SpaceAfter = Format.SpaceAfter,
            KeepWithNext = Format.KeepWithNext,
            KeepTogether = Format.KeepTogether,
            GridLinePitch = Format.GridPitch is not null ? Format.LinePitch : null,
        };
    }
}
