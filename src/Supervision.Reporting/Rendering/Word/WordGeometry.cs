namespace Supervision.Reporting.Rendering.Word;

// GB/T 9704-2012 in Word's units: twentieths of a point (twips, dxa) for the page, half-points for type sizes,
// English Metric Units for drawings. The millimetre figures are the standard's; the conversions round to whole
// twips, which keeps every length within 0.02 mm of the PDF's.
internal static class WordGeometry
{
    public const double TwipsPerMillimetre = 1440 / 25.4;

    public const int PageWidth = 11906;   // 210 mm

    public const int PageHeight = 16838;  // 297 mm

    public const int MarginTop = 2098;    // 37 mm (天头)

    public const int MarginLeft = 1587;   // 28 mm (订口)

    public const int MarginRight = 1474;  // 26 mm: 210 − 28 − 156

    public const int MarginBottom = 1984; // 35 mm: 297 − 37 − 225

    public const int TextWidth = PageWidth - MarginLeft - MarginRight;   // 8845 twips = 156.0 mm

    public const int TextHeight = PageHeight - MarginTop - MarginBottom; // 12756 twips = 225.0 mm

    // 225 mm / 22 lines = 579.8 twips; Word stores the grid's pitch in whole twips and 579 × 22 = 12738 fits
    // the 12756 of the text area, where 580 × 22 would overflow it by 4 twips and give 21 lines.
    public const int LinePitch = 579;

    // Word's character grid: the pitch is the default font size plus charSpace / 4096 pt. 156 mm / 28 =
    // 15.793 pt against the 16 pt of 3号, so (15.793 − 16) × 4096 = −848.4, written −849 as GB/T templates do.
    public const int GridCharSpace = -849;

    // Character spacing on the body text, in twips (w:spacing). LibreOffice ignores a negative grid pitch and
    // sets 16 pt glyphs in 156 mm, which gives 27 per line; 0.25 pt less per character (15.75 × 28 = 441 pt
    // of 442.2) gives 28 there, and still 28 in Word, whose grid pitch it narrows to 15.54 pt (28.45 a line).
    public const int BodyCharacterSpacing = -5;

    public const int Size3 = 32;      // 3号 16 pt, in half-points

    public const int Size2 = 44;      // 2号 22 pt

    public const int Size4 = 28;      // 4号 14 pt

    public const int SizeSmall4 = 24; // 小四 12 pt: tables, as the PDF sets them

    public const int MarkSize = 72;   // 小初 36 pt: 发文机关标志 and a daily report's name

    public const int Char3 = 320;     // one character of 3号 in twips (two-character indents)

    public const int Char4 = 280;     // one character of 4号 (版记 and page numbers are set one character in)

    // 35 mm from the top of the text area to the top of the mark (§7.2.4), less the part of the first line's
    // height above the glyphs that Word adds itself.
    public const int MarkTop = 1984 - 280;

    // The page number's top 7 mm below the text area (§7.5.1): 35 − 7 = 28 mm from the page's foot to the top of
    // the 14 pt line, whose box is about 18 pt (360 twips) tall in Word and LibreOffice.
    public const int FooterDistance = 1587 - 360;

    public const int HeaderDistance = 851; // 15 mm; the headers are empty

    public const string Red = "E60012";  // the PDF's process red (GbT9704.Red)

    // Borders are in eighths of a point: the red separator 0.5 mm, the 版记's outer rules 0.35 mm, inner 0.25 mm.
    public const uint SeparatorBorder = 11;

    public const uint ImprintOuterBorder = 8;

    public const uint ImprintInnerBorder = 6;

    public const long EmuPerTwip = 635;

    public static int Millimetres(double mm) => (int)Math.Round(mm * TwipsPerMillimetre);
}
