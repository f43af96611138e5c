using System.Text;
using Supervision.Reporting.Rendering.Pdf.Bulletins.Content;
using Supervision.Reporting.Rendering.Pdf.Fonts;

namespace Supervision.Reporting.Rendering.Pdf.Official;

/// <summary>
/// Breaks a title (标题, GB/T 9704 §7.3.1) into lines the way offices set it: "回行时，要做到词意完整，排列对称，
/// 长短适宜，间距恰当，标题排列应当使用梯形或菱形". Lines break between words (words of jieba's dictionary,
/// TitleWords/words.txt; a number with its measure word; a Latin word; punctuation stays with its word; 的
/// binds both neighbours), the line count is the least that fits (one more rather than a cut word), and the
/// most even lines win, in a 梯形 (each line no shorter than the one above, or no longer) or 菱形 (the
/// middle line longest) — never a long line over a short last line.
/// </summary>
internal static class TitleLines
{
    /// <summary>Lines are compared in em; differences below this are ties.</summary>
    private const double Tie = 1e-6;

    /// <summary>Penalty, in em of unevenness, for a shape that is neither 梯形 nor 菱形 (an hourglass).</summary>
    private const double HourglassPenalty = 2;

    /// <summary>Titles longer than this many words keep the layouter's own breaking: the search is exponential in the line count.</summary>
    private const int MaxWords = 120;

    private const int MaxLines = 5;

    /// <summary>A break inside a dictionary word costs this many em of unevenness: taken only when nothing else fits.</summary>
    private const double InsideWordPenalty = 50;

    /// <summary>A break where only one of the two segmentations puts a boundary.</summary>
    private const double AmbiguousPenalty = 3;

    /// <summary>Each line beyond the least needed costs this much: one more line is better than a cut word.</summary>
    private const double ExtraLinePenalty = 20;

    private static readonly Lazy<HashSet<string>> Lexicon = new(LoadLexicon);

    /// <summary>
    /// The title with '\n' at the chosen line breaks; unchanged when it fits on one line or has its own line breaks.
    /// </summary>
    /// <param name="title">The title text.</param>
    /// <param name="capacityEm">The measure in em of the title's size.</param>
    /// <param name="advance">The advance of a code point in em.</param>
    public static string Break(string title, double capacityEm, Func<int, double> advance)
    {
        if (title.Contains('\n', StringComparison.Ordinal))
        {
            return title;
        }

        var (words, penalties) = Words(title);
        var widths = words.Select(w => Width(w, advance)).ToArray();
        double total = widths.Sum();
        if (total <= capacityEm + Tie || words.Count < 2 || words.Count > MaxWords)
        {
            return title;
        }

        int least = (int)Math.Ceiling((total / capacityEm) - Tie);
        int[]? best = null;
        double bestCost = double.MaxValue;
        for (int lines = least; lines <= Math.Min(Math.Min(MaxLines, least + 1), words.Count); lines++)
        {
            if (Best(widths, penalties, lines, capacityEm) is ({ } breaks, var cost) && cost + ((lines - least) * ExtraLinePenalty) < bestCost - Tie)
            {
                best = breaks;
                bestCost = cost + ((lines - least) * ExtraLinePenalty);
            }
        }

        if (best is null)
        {
            return title;
        }

        var builder = new StringBuilder(title.Length + best.Length);
        int from = 0;
        foreach (int to in best.Append(words.Count))
        {
            if (from > 0)
            {
                builder.Append('\n');
            }

            // A space that separated two Latin words is not carried to a line's start or end.
            builder.Append(string.Concat(words.Skip(from).Take(to - from)).Trim(' '));
            from = to;
        }

        return builder.ToString();
    }

    /// <summary>
    /// The title cut into the pieces a line may not break inside, and for each piece the cost of a break
    /// before it: <see cref="InsideWordPenalty"/> where a dictionary word spans that place, else 0.
    /// </summary>
    internal static (List<string> Words, double[] Penalties) Words(string title)
    {
        var pieces = new List<(int Start, string Text)>();
        var span = title.AsSpan();
        int i = 0;
        while (i < span.Length)
        {
            int length = 1;
            if (IsLatinOrDigit(span[i]))
            {
                while (i + length < span.Length && (IsLatinOrDigit(span[i + length]) || span[i + length] is '.' or '%' or '-'))
                {
                    length++;
                }

                // A number keeps its measure word (3起, 10个): "127|次" is a break the body allows, a title should not.
                if (char.IsAsciiDigit(span[i + length - 1]) && i + length < span.Length && IsHan(span[i + length]))
                {
                    length++;
                }

                // A Latin word keeps the space after it, so that words rejoin as they were.
                while (i + length < span.Length && span[i + length] == ' ')
                {
                    length++;
                }
            }
            else if (char.IsHighSurrogate(span[i]) && i + 1 < span.Length && char.IsLowSurrogate(span[i + 1]))
            {
                length = 2;
            }

            pieces.Add((i, span.Slice(i, length).ToString()));
            i += length;
        }

        // Glue: closing punctuation to the piece before, opening punctuation and 的 to the piece after, and
        // 的 also to the piece before (…问题的通报: neither "问题|的通报" nor "问题的|通报").
        var glued = new List<(int Start, string Text)>();
        bool joinNext = false;
        foreach (var piece in pieces)
        {
            bool closing = piece.Text.Length == 1 && IsClosing(piece.Text[0]);
            bool particle = piece.Text is "的" or "之";
            if (glued.Count > 0 && (joinNext || closing || particle))
            {
                glued[^1] = (glued[^1].Start, glued[^1].Text + piece.Text);
            }
            else
            {
                glued.Add(piece);
            }

            joinNext = particle || (piece.Text.Length == 1 && IsOpening(piece.Text[0]));
        }

        // Word boundaries by maximum matching over the lexicon (which holds both scripts), forwards and
        // backwards: a place both agree is inside a word is not broken; where they disagree (专项监督|检查 or
        // 专项|监督检查) a break costs some evenness, so that the two readings' common boundaries win.
        var forward = Boundaries(title, backwards: false);
        var backward = Boundaries(title, backwards: true);
        var penalties = glued.Select(p => p.Start == 0 || (forward[p.Start] && backward[p.Start]) ? 0 : forward[p.Start] || backward[p.Start] ? AmbiguousPenalty : InsideWordPenalty).ToArray();
        return ([.. glued.Select(p => p.Text)], penalties);
    }

    // Boundaries (true at index i: a word ends before i) of the longest-match segmentation, either direction.
    private static bool[] Boundaries(string title, bool backwards)
    {
        var lexicon = Lexicon.Value;
        var boundary = new bool[title.Length + 1];
        boundary[0] = boundary[title.Length] = true;
        if (!backwards)
        {
            for (int at = 0; at < title.Length;)
            {
                int n = LongestWord(title, lexicon, at, 1);
                at += n;
                boundary[at] = true;
            }
        }
        else
        {
            for (int at = title.Length; at > 0;)
            {
                int n = LongestWord(title, lexicon, at, -1);
                at -= n;
                boundary[at] = true;
            }
        }

        return boundary;
    }

    // The length of the longest lexicon word starting (direction 1) or ending (direction -1) at the index; 1 when none.
    private static int LongestWord(string title, HashSet<string> lexicon, int at, int direction)
    {
        for (int n = 6; n >= 2; n--)
        {
            int start = direction > 0 ? at : at - n;
            if (start >= 0 && start + n <= title.Length && lexicon.Contains(title.Substring(start, n)))
            {
                return n;
            }
        }

        return direction > 0 && char.IsHighSurrogate(title[at]) && at + 1 < title.Length ? 2
            : direction < 0 && char.IsLowSurrogate(title[at - 1]) && at >= 2 ? 2 : 1;
    }


    /// <summary>The break positions (index of each line's first word, lines 2..n) and cost of the best layout in exactly n lines, or null when none fits.</summary>
    private static (int[] Breaks, double Cost)? Best(double[] widths, double[] penalties, int lines, double capacity)
    {
        int[]? best = null;
        double bestCost = double.MaxValue;
        var breaks = new int[lines - 1];
        var lineWidths = new double[lines];
        var prefix = new double[widths.Length + 1];
        for (int i = 0; i < widths.Length; i++)
        {
            prefix[i + 1] = prefix[i] + widths[i];
        }

        void Search(int line, int from, double penalty)
        {
            if (line == lines - 1)
            {
                lineWidths[line] = prefix[widths.Length] - prefix[from];
                if (lineWidths[line] > capacity + Tie)
                {
                    return;
                }

                double cost = Cost(lineWidths, lines) + penalty;
                if (cost < bestCost - Tie)
                {
                    bestCost = cost;
                    best = (int[])breaks.Clone();
                }

                return;
            }

            // Leave at least one word for every line still to come.
            for (int to = from + 1; to <= widths.Length - (lines - 1 - line); to++)
            {
                double w = prefix[to] - prefix[from];
                if (w > capacity + Tie)
                {
                    break;
                }

                lineWidths[line] = w;
                breaks[line] = to;
                Search(line + 1, to, penalty + penalties[to]);
            }
        }

        Search(0, 0, 0);
        return best is null ? null : (best, bestCost);
    }

    private static HashSet<string> LoadLexicon()
    {
        const string name = "Supervision.Reporting.TitleWords.txt";
        using var stream = typeof(TitleLines).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded resource '{name}' is missing from the assembly.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 1)
            {
                words.Add(line);

                // zh-Hant titles are converted before layout: their words are the converted forms.
                words.Add(HantCharacters.Convert(line));
            }
        }

        return words;
    }

    private static double Cost(double[] w, int lines)
    {
        double spread = w.Max() - w.Min();
        bool rising = true, falling = true;
        for (int i = 1; i < lines; i++)
        {
            rising &= w[i] >= w[i - 1] - Tie;
            falling &= w[i] <= w[i - 1] + Tie;
        }

        int widest = Array.IndexOf(w, w.Max());
        bool diamond = lines >= 3 && widest > 0 && widest < lines - 1
            && Enumerable.Range(1, widest).All(i => w[i] >= w[i - 1] - Tie)
            && Enumerable.Range(widest + 1, lines - widest - 1).All(i => w[i] <= w[i - 1] + Tie);
        double cost = spread + (rising || falling || diamond ? 0 : HourglassPenalty);

        // A short last line under a long one is what the rule forbids first; it loses to any even layout.
        if (w[lines - 1] < w[lines - 2] / 2)
        {
            cost += 100;
        }

        // Between equal spreads, prefer the 正梯形 (the longer line below), the more usual form.
        return cost + (w[0] > w[lines - 1] + Tie ? 0.01 : 0);
    }

    private static double Width(string word, Func<int, double> advance)
    {
        double width = 0;
        foreach (var rune in word.EnumerateRunes())
        {
            width += advance(rune.Value);
        }

        return width;
    }

    private static bool IsLatinOrDigit(char c) => char.IsAsciiLetterOrDigit(c);

    private static bool IsHan(char c) => c is >= '\u3400' and <= '\u9FFF';

    private static bool IsClosing(char c) => "，。、；：？！）》」』”’〕】,.;:?!)".Contains(c, StringComparison.Ordinal);

    private static bool IsOpening(char c) => "（《「『“‘〔【(".Contains(c, StringComparison.Ordinal);
}
