using Supervision.Reporting.Rendering.Pdf.Text;

namespace Supervision.Reporting.Rendering.Pdf.Layout;

/// <summary>One line of a paragraph.</summary>
internal sealed class LineSlab(TextLine line, string path) : Slab(path)
{
    public TextLine Line { get; } = line;

    public override double Height => Line.Height;

    public override string Fingerprint => Line.Text;

    public override void Draw(Canvas canvas, double x, double y, double width) => canvas.DrawLine(Line, x, y);
}
