namespace Supervision.Reporting.Rendering.Word;

// GB/T 9704-2012 in Word's units: twentieths of a point (twips, dxa) for the page, half-points for type sizes,
// English Metric Units for drawings. The millimetre figures are the standard's; the conversions round to whole
// twips, which keeps every length within 0.02 mm of the PDF's.
internal static class WordGeometry
{
    public const double TwipsPerMillimetre = 1440 / 25.4;

    public const int PageWidth = 11906;   // 210 mm

    public const int PageHeight = 16838;  // 297 mm

    // 37 mm (天头) less the gap a 28.95 pt grid line leaves above 16 pt glyphs (measured 2.95 mm in LibreOffice):
    // the standard measures the 版心 by its printed characters, so the glyphs' top is what must sit at 37 mm.
    public const int GlyphDrop = 167;

    public const int MarginTop = 2098 - GlyphDrop;

    public const int MarginLeft = 1587;   // 28 mm (订口)

    public const int MarginRight = 1474;  // 26 mm: 210 − 28 − 156

    public const int MarginBottom = 1984 + GlyphDrop; // 35 mm (297 − 37 − 225) plus the same shift, so 22 lines still fit

    public const int TextWidth = PageWidth - MarginLeft - MarginRight;   // 8845 twips = 156.0 mm

    public const int TextHeight = PageHeight - MarginTop - MarginBottom; // 12756 twips = 225.0 mm

    // The foot of GB/T 9704's text area, 37 + 225 = 262 mm from the page's top, where the 版记's last rule lies.
    public const int TextBottom = MarginTop + GlyphDrop + TextHeight;

    // 225 mm / 22 lines = 579.8 twips; Word stores the grid's pitch in whole twips and 579 × 22 = 12738 fits
    // the 12756 of the text area, where 580 × 22 would overflow it by 4 twips and give 21 lines.
    public const int LinePitch = 579;

    // The title's lines (2号) 1.2 grid lines apart, off the grid, as the PDF sets them: on the grid, LibreOffice gave
    // each 22 pt line two grid lines, and the text below the title started two lines lower than in the PDF.
    public const int TitleLinePitch = 695;

    // Two lines below the 发文字号's line, less the 2.6 mm LibreOffice set the title (and everything after it) lower
    // than the PDF: the first page then holds as many lines as the PDF's, and the text breaks onto the next pages
    // where the PDF's does (measured: the title's glyphs 5 mm low, the 主送 3 mm low, one line fewer on page 1).
    public const int TitleSpaceBefore = (2 * LinePitch) - 150;

    // 28 characters a line come from character spacing, not from a character grid. Word's grid of lines and
    // characters (pitch = 16 pt + charSpace / 4096, charSpace −849 for 15.793 pt) gives 28 in Word but, measured
    // in LibreOffice 7.4, 18 (it widens every cell to 24.1 pt) — and a pitch alone, per the issue, 27. A line-only
    // grid with every body character 0.25 pt narrower (w:spacing −5 twentieths) sets 15.75 × 28 = 441 pt of the
    // 442.2 pt line: 28 in LibreOffice (measured), and by the same arithmetic in Word and WPS, which apply
    // w:spacing the same way when no character grid is set.
    public const int BodyCharacterSpacing = -5;

    public const int Size3 = 32;      // 3号 16 pt, in half-points

    public const int Size2 = 44;      // 2号 22 pt

    public const int Size4 = 28;      // 4号 14 pt

    public const int SizeSmall4 = 24; // 小四 12 pt: tables, as the PDF sets them

    public const int MarkSize = 72;   // 小初 36 pt: 发文机关标志 and a daily report's name

    public const int Char3 = 320;     // one character of 3号 in twips (two-character indents)

    public const int Char4 = 280;     // one character of 4号 (版记 and page numbers are set one character in)

    // The space before the 发文机关标志 that puts its glyphs' top 35 mm below the 版心's top (§7.2.4), i.e. 72 mm
    // from the page's top: 35 mm (1984) less what the raised top margin and the mark's exact 42 pt line add above
    // the glyphs; 1704 set them at 65.4 mm in LibreOffice, so 376 more.
    public const int MarkTop = 2080;

    // The page number's top 7 mm below the text area (§7.5.1): 35 − 7 = 28 mm from the page's foot to the top of
    // the 14 pt line, whose box is about 18 pt (360 twips) tall in Word and LibreOffice.
    // LibreOffice set the figures' tops 2.1 mm low with 1587 − 360: raised by 113 twips (2 mm).
    public const int FooterDistance = 1587 - 360 + 113;

    public const int HeaderDistance = 851; // 15 mm; the headers are empty

    public const string Red = "E60012";  // the PDF's process red (GbT9704.Red)

    // Borders are in eighths of a point: the red separator 0.5 mm, the 版记's outer rules 0.35 mm, inner 0.25 mm.
    public const uint SeparatorBorder = 11;

    public const uint ImprintOuterBorder = 8;

    public const uint ImprintInnerBorder = 6;

    // LibreOffice 7.4 draws a table's bottom border below the last row (measured: 262.00–262.38 mm for a table ending at
    // 262.0 mm): the 版记 is raised by the outer rule's 1 pt so that the rule ends on the text area's foot.
    public const int ImprintRuleAllowance = 20;

    public const long EmuPerTwip = 635;

    public static int Millimetres(double mm) => (int)Math.Round(mm * TwipsPerMillimetre);
}
