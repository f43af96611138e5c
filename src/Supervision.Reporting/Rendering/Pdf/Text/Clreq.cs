namespace Supervision.Reporting.Rendering.Pdf.Text;

/// <summary>
/// Character classes and break rules of W3C "Requirements for Chinese Text Layout" (clreq)
/// §3.1.7 (禁则): closing punctuation never starts a line, opening punctuation never ends one,
/// Latin words and numbers stay whole, and a number stays with the unit or bracket around it
/// (〔2022〕5号, 30日, 79.3%).
/// </summary>
internal static class Clreq
{
    /// <summary>Must not start a line (行首禁则), full- and half-width.</summary>
    public const string Closing = "，。、；：？！）》」』”’…—〕】〗〉｝］｠〙〛・·～,.;:?!)]}%％‰℃°′″";

    /// <summary>Must not end a line (行尾禁则), full- and half-width.</summary>
    public const string Opening = "（《「『“‘〔【〖〈｛［｟〘〚([{￥$#＃";

    /// <summary>Closing brackets that stay glued to a following number: 〔2022〕5号.</summary>
    private const string ClosingBrackets = "〕）)】]";

    /// <summary>
    /// Full-width marks whose ink sits in the left half of the em box in the Song, Hei and Kai faces we ship
    /// and in the GB fonts offices have (measured from the glyf bounding boxes: ink right of 0.5 em nowhere).
    /// </summary>
    private const string LeftInk = "，。、；：？！）》」』”’〕】〗〉］｝";

    /// <summary>Full-width marks whose ink sits in the right half of the em box.</summary>
    private const string RightInk = "（《「『“‘〔【〖〈［｛";

    /// <summary>Which half of its em box a full-width punctuation mark inks, or none.</summary>
    public static PunctuationInk InkOf(int cp) =>
        cp > 0xFFFF ? PunctuationInk.None
        : LeftInk.Contains((char)cp, StringComparison.Ordinal) ? PunctuationInk.Left
        : RightInk.Contains((char)cp, StringComparison.Ordinal) ? PunctuationInk.Right
        : PunctuationInk.None;

    /// <summary>
    /// A break between a number and the hanzi that counts it (127|次, 2022|年): clreq allows it, so justified
    /// text may use it rather than leave a loose line, but it is a last resort. Never inside a document number
    /// (〔2022〕5号), whose digits follow a closing bracket.
    /// </summary>
    public static bool IsCounterBreak(IReadOnlyList<Cluster> clusters, int i)
    {
        if (i + 1 >= clusters.Count || clusters[i].Class != BreakClass.Digit || clusters[i + 1].Class != BreakClass.Ideographic)
        {
            return false;
        }

        int j = i;
        while (j > 0 && clusters[j - 1].Class == BreakClass.Digit)
        {
            j--;
        }

        return j == 0 || clusters[j - 1].Text.Length != 1 || !ClosingBrackets.Contains(clusters[j - 1].Text[0], StringComparison.Ordinal);
    }

    public static BreakClass Classify(int cp, int previous, int next)
    {
        if (cp == '\n')
        {
            return BreakClass.Newline;
        }

        if (cp is ' ' or '\t' or 0xA0)
        {
            return BreakClass.Space;
        }

        if (cp is >= '0' and <= '9')
        {
            return BreakClass.Digit;
        }

        // A decimal point or thousands separator inside a number belongs to the number.
        if (cp is '.' or ',' && IsDigit(previous) && IsDigit(next))
        {
            return BreakClass.Digit;
        }

        // An apostrophe inside a word (city’s, don’t) is part of the word, not a closing quote.
        if (cp == '’' && IsLatinLetter(previous) && IsLatinLetter(next))
        {
            return BreakClass.Letter;
        }

        if (cp <= 0xFFFF && Closing.Contains((char)cp, StringComparison.Ordinal))
        {
            return BreakClass.Closing;
        }

        if (cp <= 0xFFFF && Opening.Contains((char)cp, StringComparison.Ordinal))
        {
            return BreakClass.Opening;
        }

        if (cp < 0x2000)
        {
            // Latin, Greek, Cyrillic letters and ASCII symbols inside words (- / @ & _ ' + =).
            return BreakClass.Letter;
        }

        return BreakClass.Ideographic;
    }

    /// <summary>Whether a line may break between two adjacent characters.</summary>
    public static bool CanBreakBetween(in Cluster a, in Cluster b)
    {
        if (b.Class is BreakClass.Closing or BreakClass.Space || a.Class == BreakClass.Opening)
        {
            return false;
        }

        // A hyphenated English word may break after its hyphen (over-|enforcement, UAX #14 class HY), which a
        // narrow table cell needs; never before a digit (11-13, COVID-19).
        if (a.Class == BreakClass.Letter && a.Text == "-" && b.Class == BreakClass.Letter)
        {
            return true;
        }

        if (a.Class is BreakClass.Letter or BreakClass.Digit && b.Class is BreakClass.Letter or BreakClass.Digit)
        {
            return false;
        }

        // 5号, 30日, 12个: a number stays with the ideograph that counts it.
        if (a.Class == BreakClass.Digit && b.Class == BreakClass.Ideographic)
        {
            return false;
        }

        // 〔2022〕5号.
        if (b.Class == BreakClass.Digit && a.Text.Length == 1 && ClosingBrackets.Contains(a.Text[0], StringComparison.Ordinal))
        {
            return false;
        }

        return true;
    }

    /// <summary>
    /// Whether justification may add space between two adjacent characters: between full-width
    /// characters and at spaces, never inside or beside a Latin word or number (so that
    /// "79.3%" and "2022年" keep their natural spacing and the hanzi absorb the slack).
    /// </summary>
    public static bool CanStretchBetween(in Cluster a, in Cluster b) =>
        a.Class == BreakClass.Space || b.Class == BreakClass.Space || (a.FullWidth && b.FullWidth);

    /// <summary>The marks Traditional Chinese (Taiwan) sets in the centre of the em box: 。，、；：！？.</summary>
    public static bool CentredInTraditional(int cp) => cp is '。' or '，' or '、' or '；' or '：' or '！' or '？';

    /// <summary>
    /// Whether a curly quote (‘ ’ “ ”) stands in Latin text: neither neighbour is a CJK character. Then it is set as
    /// a Latin mark; beside a hanzi it is a Chinese full-width mark (clreq §3.1.1: quotation marks in Chinese text
    /// are full-width, also around a Latin word: “OK”).
    /// </summary>
    public static bool IsLatinQuote(int cp, int previous, int next) =>
        cp is '‘' or '’' or '“' or '”' && !IsCjk(previous) && !IsCjk(next);

    /// <summary>CJK characters and full-width marks (from U+2E80 up); 0 (no neighbour) is not.</summary>
    private static bool IsCjk(int cp) => cp >= 0x2E80 && cp is not (>= 0xFE00 and <= 0xFE0F) and not (>= 0xFF61 and <= 0xFFDC);

    private static bool IsLatinLetter(int cp) => cp < 0x2000 && char.IsLetterOrDigit((char)cp);

    private static bool IsDigit(int cp) => cp is >= '0' and <= '9';
}
