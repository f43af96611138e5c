using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Supervision.Reporting.Tests.Rendering.Pdf;

/// <summary>
/// Typographic figures read from a PDF's glyph positions alone (PdfPig), independent of the layouter: how much each
/// justified body line is spread, lone last lines, and how adjacent full-width punctuation is set. Body lines are
/// the 3号 (16 pt) lines of the GB/T 9704 text area, whose full-width characters sit in 15.793 pt grid cells.
/// </summary>
internal static class GlyphTypography
{
    private const double Mm = 72.0 / 25.4;
    private const double Em = 16;
    private const double Pitch = 156 * Mm / 28;
    private const double Left = 28 * Mm;
    private const double Right = (28 + 156) * Mm;
    private const string LeftInk = "，。、；：？！）》」』”’〕】〗〉］｝";
    private const string RightInk = "（《「『“‘〔【〖〈［｛";
    private const string Closing = "，。、；：？！）》」』”’…—〕】〗〉｝］";

    public static Figures Measure(byte[] bytes)
    {
        using var pdf = PdfDocument.Open(bytes);
        var figures = new Figures();
        foreach (var page in pdf.GetPages())
        {
            // A line's letters share a baseline, but for Traditional marks drawn centred in their em box, which sit
            // up to 0.45 em higher: a letter within 8 pt of a line's lowest baseline (lines are 29 pt apart) is on it.
            var body = page.Letters
                .Where(l => l.PointSize is > 15.5 and < 16.5 && l.StartBaseLine.X > Left - 10 && l.StartBaseLine.X < Right)
                .OrderBy(l => l.StartBaseLine.Y)
                .ToList();
            var lines = new List<List<Letter>>();
            foreach (var letter in body)
            {
                if (lines.Count == 0 || letter.StartBaseLine.Y - lines[^1][0].StartBaseLine.Y > 8)
                {
                    lines.Add([]);
                }

                lines[^1].Add(letter);
            }

            foreach (var line in Enumerable.Reverse(lines))
            {
                double baseline = line[0].StartBaseLine.Y;
                Line([.. line.OrderBy(l => CellX(l, baseline))], baseline, page.Number, figures);
            }
        }

        return figures;
    }

    private static void Line(List<Letter> letters, double baseline, int page, Figures figures)
    {
        var visible = letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();
        if (visible.Count == 0)
        {
            return;
        }

        string text = string.Concat(letters.Select(l => l.Value));
        double gap = Gap(letters);

        // Spread: the widest gap between two hanzi times the gaps between full-width characters (where justification
        // puts its space; taking the widest errs on the loose side), plus what word spaces hold beyond their advance.
        double spread = 0;
        for (int i = 0; i + 1 < letters.Count; i++)
        {
            var (a, b) = (letters[i], letters[i + 1]);
            if (IsFullWidth(a) && IsFullWidth(b))
            {
                spread += gap;
            }
            else if (a.Value == " ")
            {
                spread += b.StartBaseLine.X - a.StartBaseLine.X - Advance(a);
            }
        }

        var last = letters[^1];
        double end = last.StartBaseLine.X + (IsFullWidth(last) ? (LeftInk.Contains(last.Value, StringComparison.Ordinal) && last.StartBaseLine.X + (Pitch / 2) > Right - 1 ? Pitch / 2 : Pitch) : Advance(last));
        bool justified = end > Right - 1 && letters[0].StartBaseLine.X < Right - (Em * 8);
        if (justified)
        {
            figures.JustifiedLines++;
            if (spread / Em > figures.MaxSpreadEm)
            {
                figures.MaxSpreadEm = spread / Em;
                figures.LoosestLine = $"p{page}: {text}";
            }
        }

        // A line of one hanzi and its closing marks (题。 下：).
        var nonClosing = visible.Where(l => !Closing.Contains(l.Value, StringComparison.Ordinal)).ToList();
        if (nonClosing.Count == 1 && IsFullWidth(nonClosing[0]) && visible.Count <= 3)
        {
            figures.LoneLines.Add($"p{page}: {text}");
        }

        for (int i = 0; i + 1 < letters.Count; i++)
        {
            var (a, b) = (letters[i], letters[i + 1]);
            if (IsMark(a) && IsMark(b))
            {
                figures.Pairs++;
                double d = CellX(b, baseline) - CellX(a, baseline) - gap;
                if (d <= (Pitch * 0.5) + 0.5)
                {
                    figures.CompressedPairs++;
                }
                else
                {
                    figures.LoosePairs.Add($"p{page}: {a.Value}{b.Value} in {text}");
                }
            }
        }
    }

    /// <summary>The justification gap of the line: the widest excess over a grid cell between two hanzi.</summary>
    private static double Gap(List<Letter> letters)
    {
        var gaps = new List<double>();
        for (int i = 0; i + 1 < letters.Count; i++)
        {
            // Between two hanzi only: marks and dashes are drawn where their ink is, not at their cell's origin.
            if (IsHanzi(letters[i]) && IsHanzi(letters[i + 1]))
            {
                gaps.Add(letters[i + 1].StartBaseLine.X - letters[i].StartBaseLine.X - Pitch);
            }
        }

        if (gaps.Count == 0)
        {
            return 0;
        }

        return Math.Max(0, gaps.Max());
    }

    private static double Advance(Letter l) => l.EndBaseLine.X - l.StartBaseLine.X;

    /// <summary>
    /// Where a letter's cell starts: its origin, but for a Traditional mark drawn centred (raised above its line's
    /// baseline), whose cell is the em box around its ink's centre (ink measured from the bundled Song face).
    /// </summary>
    private static double CellX(Letter l, double lineBaseline)
    {
        if (l.Value.Length == 1 && l.StartBaseLine.Y > lineBaseline + 1 && Supervision.Reporting.Rendering.Pdf.Fonts.BundledFonts.Song.InkBox(l.Value[0]) is { } box)
        {
            return l.StartBaseLine.X + ((((box.XMin + box.XMax) / 2) - 0.5) * l.PointSize);
        }

        return l.StartBaseLine.X;
    }

    private static bool IsMark(Letter l) => l.Value.Length == 1 && (LeftInk.Contains(l.Value[0], StringComparison.Ordinal) || RightInk.Contains(l.Value[0], StringComparison.Ordinal)) && IsFullWidth(l);

    private static bool IsHanzi(Letter l) => l.Value.Length > 0 && (char.IsSurrogate(l.Value[0]) || l.Value[0] is >= '\u3400' and <= '\u9FFF');

    private static bool IsFullWidth(Letter l) => l.Value.Length > 0 && l.Value[0] >= 0x2000 && Advance(l) > 0.75 * l.PointSize;

    internal sealed class Figures
    {
        public int JustifiedLines { get; set; }

        public double MaxSpreadEm { get; set; }

        public string LoosestLine { get; set; } = string.Empty;

        public List<string> LoneLines { get; } = [];

        public int Pairs { get; set; }

        public int CompressedPairs { get; set; }

        public List<string> LoosePairs { get; } = [];

        public override string ToString() =>
            FormattableString.Invariant($"justified lines {JustifiedLines}, max spread {MaxSpreadEm:0.00} em ({LoosestLine}); lone lines {LoneLines.Count} [{string.Join(" | ", LoneLines)}]; pairs {CompressedPairs}/{Pairs} compressed [{string.Join(" | ", LoosePairs)}]");
    }
}
