using PdfSharp.Drawing;

namespace Supervision.Reporting.Rendering.Pdf.Official;

/// <summary>
/// Measurements of GB/T 9704-2012 党政机关公文格式, in points (1 mm = 72 / 25.4 pt).
/// </summary>
internal static class GbT9704
{
    public const double PointsPerMillimetre = 72.0 / 25.4;

    /// <summary>A4: 210 × 297 mm (§5.2.1).</summary>
    public const double PageWidth = 210 * PointsPerMillimetre;

    public const double PageHeight = 297 * PointsPerMillimetre;

    /// <summary>天头 (top margin) 37 mm ± 1 mm (§5.2.2).</summary>
    public const double MarginTop = 37 * PointsPerMillimetre;

    /// <summary>订口 (left margin) 28 mm ± 1 mm (§5.2.2).</summary>
    public const double MarginLeft = 28 * PointsPerMillimetre;

    /// <summary>版心 (text area) 156 × 225 mm (§5.2.2).</summary>
    public const double TextWidth = 156 * PointsPerMillimetre;

    public const double TextHeight = 225 * PointsPerMillimetre;

    /// <summary>210 − 28 − 156 = 26 mm.</summary>
    public const double MarginRight = PageWidth - MarginLeft - TextWidth;

    /// <summary>297 − 37 − 225 = 35 mm.</summary>
    public const double MarginBottom = PageHeight - MarginTop - TextHeight;

    /// <summary>3号 = 16 pt: body text, document number, 主送, signature (§5.2.3 / §7).</summary>
    public const double Size3 = 16;

    /// <summary>2号 = 22 pt: title (§7.3.1).</summary>
    public const double Size2 = 22;

    /// <summary>4号 = 14 pt: page numbers and 版记 (§7.4, §7.5).</summary>
    public const double Size4 = 14;

    /// <summary>"一般每面排22行，每行排28个字" (§5.2.3).</summary>
    public const int LinesPerPage = 22;

    public const int CharsPerLine = 28;

    /// <summary>156 mm / 28 = 5.571 mm = 15.793 pt: the cell of one character (a 16 pt glyph overlaps its cell by 0.1 pt on each side, inside its side bearings).</summary>
    public const double CharPitch = TextWidth / CharsPerLine;

    /// <summary>225 mm / 22 = 10.227 mm = 28.990 pt between baselines.</summary>
    public const double LinePitch = TextHeight / LinesPerPage;

    /// <summary>Page number: "一字线上距版心下边缘7mm" (§7.5.1).</summary>
    public const double PageNumberGap = 7 * PointsPerMillimetre;

    /// <summary>Red separator line "发文字号之下4mm处" (§7.2.5).</summary>
    public const double SeparatorGap = 4 * PointsPerMillimetre;

    /// <summary>版记 rules: first and last 0.35 mm, those between 0.25 mm (§7.4.1).</summary>
    public const double ImprintOuterRule = 0.35 * PointsPerMillimetre;

    public const double ImprintInnerRule = 0.25 * PointsPerMillimetre;

    /// <summary>Separator line in the 版头: "与版心等宽的红色分隔线"; 0.5 mm is the width most offices print.</summary>
    public const double SeparatorThickness = 0.5 * PointsPerMillimetre;

    /// <summary>
    /// Official red. The standard says only "红色"; printers use process red (M100 Y100), whose
    /// sRGB rendering is #E60012 — a little darker and less orange than #FF0000 on screen.
    /// </summary>
    public static readonly XColor Red = XColor.FromArgb(0xE6, 0x00, 0x12);
}
