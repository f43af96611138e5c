using PdfSharp.Drawing;

namespace Supervision.Reporting.Rendering.Pdf.Tables;

/// <summary>Borders, padding and header fill of a table.</summary>
internal sealed record TableStyle
{
    public double BorderThickness { get; init; } = 0.5;

    public XColor BorderColor { get; init; } = XColors.Black;

    public double PaddingX { get; init; } = 4;

    public double PaddingY { get; init; } = 3;

    public XColor? HeaderFill { get; init; }

    /// <summary>Centre cell content vertically in rows that are not split.</summary>
    public bool CenterVertically { get; init; } = true;
}
