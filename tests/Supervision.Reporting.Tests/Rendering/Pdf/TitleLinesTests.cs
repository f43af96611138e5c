using CsCheck;
using Supervision.Reporting.Rendering.Pdf.Bulletins;
using Supervision.Reporting.Rendering.Pdf.Fonts;
using Supervision.Reporting.Rendering.Pdf.Official;
using Supervision.Reporting.Tests.Support;
using UglyToad.PdfPig;

namespace Supervision.Reporting.Tests.Rendering.Pdf;

// The title (标题): a heavier Song face than the body, lines broken between words and balanced.
public sealed class TitleLinesTests
{
    private const double Capacity = 20;

    // Words of official titles; none of them may be cut by a line break. Chosen so that no two side by side
    // (nor 关于, N起 and 问题的通报 beside them) form another dictionary word across their junction (落实|情况 holds
    // 实情): there the breaker may read the words either way, and this test could not say which is right.
    private static readonly string[] Vocabulary =
    [
        "疫情防控", "工作", "形式主义", "官僚主义", "典型问题", "情况", "全市", "层层加码", "一刀切", "纪律", "监督检查组",
        "营商环境", "专项监督", "作风建设", "违规", "干部", "群众", "医疗", "教育",
    ];

    private static readonly Gen<string[]> TitleWords =
        Gen.Select(Gen.Int[1, 99], Gen.Int[0, Vocabulary.Length - 1].Array[3, 14])
            .Select((n, picks) => (string[])["关于", n.ToString(System.Globalization.CultureInfo.InvariantCulture) + "起", .. picks.Select(i => Vocabulary[i]), "问题的通报"]);

    private static double Em(string s) => s.EnumerateRunes().Sum(r => BundledFonts.SongBold.Advance(r.Value) is > 0 and var a ? a : 1);

    [Fact]
    public void TitleLines_Break_GeneratedLongTitles_BreaksBetweenWordsIntoBalancedLines()
    {
        TitleWords.Sample(words =>
        {
            string title = string.Concat(words);
            var lines = TitleLines.Break(title, Capacity, cp => BundledFonts.SongBold.Advance(cp) is > 0 and var a ? a : 1).Split('\n');
            string broken = string.Join("|", lines);

            string.Concat(lines).Should().Be(title);
            lines.Should().OnlyContain(l => Em(l) <= Capacity + 1e-6, "every line fits the measure: {0}", broken);
            if (Em(title) <= Capacity)
            {
                lines.Should().ContainSingle();
                return;
            }

            lines.Length.Should().Be((int)Math.Ceiling(Em(title) / Capacity - 1e-6) is var least && CanFit(words, least) ? least : lines.Length,
                "the least number of lines is used when the words allow it: {0}", broken);

            // No word is cut: every break falls on a boundary between the words the title was made of.
            var boundaries = new HashSet<int>();
            int at = 0;
            foreach (string w in words)
            {
                at += w.Length;
                boundaries.Add(at);
            }

            int offset = 0;
            foreach (string line in lines[..^1])
            {
                offset += line.Length;
                boundaries.Should().Contain(offset, "the break after '{0}' falls between words: {1}", line, broken);
            }

            // Balanced: lines differ by less than the longest word (plus the 2 em an even hourglass gives up for a
            // 梯形 or 菱形), and the last is never a stub under a long line.
            double longest = words.Max(Em);
            var widths = lines.Select(Em).ToArray();
            (widths.Max() - widths.Min()).Should().BeLessThanOrEqualTo(longest + 2 + 1e-6, "lines are balanced: {0}", broken);
            widths[^1].Should().BeGreaterThanOrEqualTo(widths[^2] / 2, "no long line over a short last line: {0}", broken);
        }, iter: 300, threads: 1);
    }

    // Whether the words can be set in this many lines of the capacity at all (greedy is exact for that question).
    private static bool CanFit(string[] words, int lines)
    {
        int used = 1;
        double line = 0;
        foreach (double w in words.Select(Em))
        {
            if (line + w > Capacity + 1e-6)
            {
                used++;
                line = 0;
            }

            line += w;
        }

        return used <= lines;
    }

    [Fact]
    public void TitleLines_Break_ShortTitle_StaysOnOneLine() =>
        TitleLines.Break("关于五起疫情防控工作中典型问题的通报", Capacity, _ => 1).Should().Be("关于五起疫情防控工作中典型问题的通报");

    [Fact]
    public void TitleLines_Break_TwoLines_NeverLeavesTheLastWordAlone() =>
        TitleLines.Break("关于疫情防控工作中形式主义官僚主义典型问题的通报", Capacity, _ => 1)
            .Should().Be("关于疫情防控工作中形式主义\n官僚主义典型问题的通报");

    [Fact]
    public void Write_LongTitle_TitleInAHeavierFaceThanTheBody_LinesBalancedAndWhole()
    {
        const string title = "关于全市疫情防控工作中不担当不作为层层加码一刀切等形式主义官僚主义典型问题的通报";
        using var stream = new MemoryStream();
        Bulletin.Write(Example.Guilin, stream, new BulletinSpec { Title = title, UseSystemFonts = false });
        using var pdf = PdfDocument.Open(stream.ToArray());
        var letters = pdf.GetPage(1).Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();

        var titleLetters = letters.Where(l => Math.Abs(l.PointSize - 22) < 0.5 && l.Color.ToRGBValues().r < 0.5).ToList();
        var bodyLetters = letters.Where(l => Math.Abs(l.PointSize - 16) < 0.5 && l.Value == "各").ToList();
        titleLetters.Should().NotBeEmpty();
        bodyLetters.Should().NotBeEmpty();
        titleLetters.Select(l => l.FontName).Distinct().Should().ContainSingle().Which.Should().EndWith("Supervision Song,Bold");
        bodyLetters[0].FontName.Should().NotBe(titleLetters[0].FontName);

        var lines = titleLetters.GroupBy(l => Math.Round(l.StartBaseLine.Y)).OrderByDescending(g => g.Key)
            .Select(g => string.Concat(g.OrderBy(l => l.StartBaseLine.X).Select(l => l.Value))).ToList();
        string.Concat(lines).Should().Be(title);
        lines.Should().HaveCount(3);
        (lines.Max(l => l.Length) - lines.Min(l => l.Length)).Should().BeLessThanOrEqualTo(4, string.Join("|", lines));
        foreach (string word in new[] { "疫情防控", "不担当不作为", "层层加码", "一刀切", "形式主义", "官僚主义", "典型问题的通报" })
        {
            lines.Should().Contain(l => l.Contains(word, StringComparison.Ordinal), "'{0}' is not cut: {1}", word, string.Join("|", lines));
        }
    }
}
