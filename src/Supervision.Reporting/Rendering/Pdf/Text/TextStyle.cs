using PdfSharp.Drawing;

namespace Supervision.Reporting.Rendering.Pdf.Text;

/// <summary>How a run of text looks: font role, size in points, weight and colour.</summary>
internal sealed record TextStyle(PdfFontRole Role, double Size, bool Bold, XColor Color)
{
    public static TextStyle Of(PdfFontRole role, double size) => new(role, size, false, XColors.Black);

    public TextStyle WithColor(XColor color) => this with { Color = color };

    public TextStyle WithSize(double size) => this with { Size = size };
}
