using PdfSharp.Drawing;

namespace Supervision.Reporting.Rendering.Pdf.Layout;

/// <summary>A horizontal line of given thickness and colour, centred in <see cref="Height"/>.</summary>
internal sealed class Rule(double thickness, XColor color) : Block
{
    public double Thickness { get; } = thickness;

    public XColor Color { get; } = color;

    public double Height { get; init; }

    public double SpaceBefore { get; init; }

    public double SpaceAfter { get; init; }

    public override string Kind => "Rule";

    public override BlockPlan Plan(LayoutContext context, double width, string path) =>
        new([new RuleSlab(Thickness, Color, Math.Max(Height, Thickness), path)]) { SpaceBefore = SpaceBefore, SpaceAfter = SpaceAfter };

    private sealed class RuleSlab(double thickness, XColor color, double height, string path) : Slab(path)
    {
        public override double Height => height;

        public override void Draw(Canvas canvas, double x, double y, double width) =>
            canvas.Line(x, y + (height / 2), x + width, y + (height / 2), thickness, color);
    }
}
