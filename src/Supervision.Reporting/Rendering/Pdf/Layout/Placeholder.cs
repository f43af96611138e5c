using PdfSharp.Drawing;

namespace Supervision.Reporting.Rendering.Pdf.Layout;

/// <summary>
/// A block of fixed height (a grey box when <see cref="Visible"/>): vertical space, and the
/// stand-in content of layout tests. <see cref="Lines"/> &gt; 1 makes it splittable into that
/// many equal parts, like a paragraph.
/// </summary>
internal sealed class Placeholder(double height, int lines = 1) : Block
{
    public double BlockHeight { get; } = height;

    public int Lines { get; } = Math.Max(1, lines);

    public bool Visible { get; init; }

    public bool KeepWithNext { get; init; }

    public string Label { get; init; } = string.Empty;

    public override string Kind => "Placeholder";

    public override BlockPlan Plan(LayoutContext context, double width, string path)
    {
        double each = BlockHeight / Lines;
        var slabs = Enumerable.Range(0, Lines)
            .Select(i => (Slab)new BoxSlab(each, Visible, path + "/Line[" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]", Label))
            .ToList();
        return new BlockPlan(slabs) { KeepWithNext = KeepWithNext };
    }

    /// <summary>A box of fixed height.</summary>
    internal sealed class BoxSlab(double height, bool visible, string path, string label) : Slab(path)
    {
        public override double Height => height;

        public string Label => label;

        public override string Fingerprint => label;

        public override void Draw(Canvas canvas, double x, double y, double width)
        {
            if (visible)
            {
                canvas.FillRectangle(x, y, width, height, XColor.FromArgb(0xE0, 0xE0, 0xE0));
            }
        }
    }
}
