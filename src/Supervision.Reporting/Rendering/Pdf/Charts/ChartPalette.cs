using PdfSharp.Drawing;

namespace Supervision.Reporting.Rendering.Pdf.Charts;

/// <summary>
/// A restrained palette for official documents: dark red first (the colour of the 版头), then a
/// muted blue and greys, so that charts print legibly in black and white as well.
/// </summary>
internal static class ChartPalette
{
    public static readonly XColor DarkRed = XColor.FromArgb(0xC0, 0x00, 0x00);
    public static readonly XColor MutedBlue = XColor.FromArgb(0x4F, 0x6D, 0x8F);
    public static readonly XColor DarkGrey = XColor.FromArgb(0x59, 0x59, 0x59);
    public static readonly XColor MidGrey = XColor.FromArgb(0xA6, 0xA6, 0xA6);
    public static readonly XColor LightRed = XColor.FromArgb(0xD9, 0x8C, 0x8C);
    public static readonly XColor SlateBlue = XColor.FromArgb(0x9F, 0xB4, 0xC8);
    public static readonly XColor GridLine = XColor.FromArgb(0xD9, 0xD9, 0xD9);
    public static readonly XColor Axis = XColor.FromArgb(0x40, 0x40, 0x40);

    public static readonly IReadOnlyList<XColor> Series = [DarkRed, MutedBlue, DarkGrey, LightRed, SlateBlue, MidGrey];

    public static XColor At(int i) => Series[i % Series.Count];
}
