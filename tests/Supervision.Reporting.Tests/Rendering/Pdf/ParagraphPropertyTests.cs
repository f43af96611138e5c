using CsCheck;
using Supervision.Reporting.Rendering.Pdf.Text;
using static Supervision.Reporting.Tests.Rendering.Pdf.PdfTestKit;

namespace Supervision.Reporting.Tests.Rendering.Pdf;

public sealed class ParagraphPropertyTests
{
    private const string HanziPool = "监督检查发现问题整改落实通报纪检监察机关专项治理形成长效机制党组织责任日常管理桂林市区县";

    private static readonly Gen<string> Token = Gen.Frequency(
        (12, Gen.Char[HanziPool].Select(c => c.ToString())),
        (3, Gen.Char["，。、；：？！）》」』”’"].Select(c => c.ToString())),
        (2, Gen.Char["（《「『“‘"].Select(c => c.ToString())),
        (1, Gen.Const("……")),
        (1, Gen.Const("——")),
        (2, Gen.String[Gen.Char['a', 'z'], 1, 12].Select(w => " " + w + " ")),
        (1, Gen.String[Gen.Char['A', 'Z'], 30, 70]),
        (2, Gen.Int[0, 99999].Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture))),
        (1, Gen.Int[1, 99].Select(n => "〔2022〕" + n.ToString(System.Globalization.CultureInfo.InvariantCulture) + "号")),
        (1, Gen.Double[0, 100].Select(d => d.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + "%")));

    // A paragraph starts and ends with a hanzi: its own first and last characters are not line-breaking decisions.
    private static readonly Gen<string> ParagraphText = Token.Array[5, 160].Select(t => "起" + string.Concat(t) + "止");

    [Fact]
    public void Render_GeneratedMixedParagraphs_KeepsEveryCharacterInOrderInsideTheTextAreaObeyingClreq()
    {
        ParagraphText.Sample(text =>
        {
            var (bytes, result) = Render([Body(text)]);
            // Every character has a glyph; an unavoidable lone last line is a warning of its own, checked by LineFittingTests.
            result.Warnings.Where(w => w.Kind != LayoutWarningKind.LoneLine).Should().BeEmpty();

            using var pdf = Open(bytes);
            var extracted = new System.Text.StringBuilder();
            foreach (var page in pdf.GetPages())
            {
                double bottom = page.Height - ((37 + 225) * Mm);
                double top = page.Height - (37 * Mm);
                // Body text is 16 pt; the page number (14 pt) lives outside the text area by design.
                var letters = page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value) && l.PointSize > 15).ToList();
                foreach (var l in letters)
                {
                    extracted.Append(l.Value);
                    // A curly quote in Latin context is set at its ink width, its full-width glyph drawn left by its
                    // blank (‘ “ at a line start have their origin left of the text area): there the ink is what counts.
                    var quoteInk = "‘’“”".Contains(l.Value, StringComparison.Ordinal) ? Supervision.Reporting.Rendering.Pdf.Fonts.BundledFonts.Song.InkBox(l.Value[0]) : null;
                    double start = quoteInk is { } q ? l.StartBaseLine.X + (q.XMin * l.PointSize) : l.StartBaseLine.X;
                    double end = quoteInk is { } r ? l.StartBaseLine.X + (r.XMax * l.PointSize) : l.EndBaseLine.X;
                    start.Should().BeGreaterThanOrEqualTo((28 * Mm) - 0.5, "glyph '{0}' starts inside the text area", l.Value);
                    // A closing mark at a line end may be set at half width (标点挤压): its ink is in the left half of its
                    // em box, so the box may reach half an em beyond the text area while the ink stays inside.
                    double overhang = "，。、；：？！）》」』”’〕】〗〉］｝".Contains(l.Value, StringComparison.Ordinal) ? 8 : 0;
                    end.Should().BeLessThanOrEqualTo(((28 + 156) * Mm) + 0.5 + overhang, "glyph '{0}' ends inside the text area", l.Value);
                    (l.StartBaseLine.Y + (0.88 * 16)).Should().BeLessThanOrEqualTo(top + 0.5, "glyph '{0}' has its em box below the top of the text area", l.Value);
                    (l.StartBaseLine.Y - (0.12 * 16)).Should().BeGreaterThanOrEqualTo(bottom - 0.5, "glyph '{0}' has its em box above the bottom of the text area", l.Value);
                }

                foreach (var line in Lines(page, bottom))
                {
                    Clreq.Closing.Should().NotContain(line[0].Value, "a line must not start with closing punctuation: {0}", string.Concat(line.Select(l => l.Value)));
                    Clreq.Opening.Should().NotContain(line[^1].Value, "a line must not end with opening punctuation: {0}", string.Concat(line.Select(l => l.Value)));
                }
            }

            string expected = new(text.Where(c => !char.IsWhiteSpace(c)).ToArray());
            extracted.ToString().Should().Be(expected);
        }, iter: 40, threads: 1);
    }

    [Theory]
    [InlineData("关于印发〔2022〕5号文件的通知", "〔2022〕5号")]
    [InlineData("整改率达到79.3%以上", "79.3%")]
    [InlineData("使用 Supervision Reporting 生成", "Supervision")]
    public void Layout_TokensThatMustStayWhole_AreNeverBrokenAcrossLines(string text, string token)
    {
        // Try every measure wider than the token: whatever the break position, the token stays on one line.
        for (double width = 120; width < 300; width += 3)
        {
            var lines = ParagraphLayouter.Layout([new TextRun(text, Supervision.Reporting.Rendering.Pdf.Official.GbT9704Templates.Body)],
                new ParagraphFormat(), width, Supervision.Reporting.Rendering.Pdf.Fonts.FontSet.BundledOnly, new List<LayoutWarning>(), "p");
            lines.Should().Contain(l => l.Text.Contains(token, StringComparison.Ordinal), "at width {0}", width);
        }
    }

    [Fact]
    public void Layout_ClosingPunctuationAtLineStart_PullsPreviousCharacterDown()
    {
        // 28 cells hold exactly the 28 hanzi; the comma would start line 2, so 推出 moves the 28th hanzi down with it.
        string text = new string('国', 28) + "，" + "后";
        var lines = ParagraphLayouter.Layout([new TextRun(text, Supervision.Reporting.Rendering.Pdf.Official.GbT9704Templates.Body)],
            Supervision.Reporting.Rendering.Pdf.Official.GbT9704Templates.BodyFormat with { FirstLineIndentChars = 0 },
            Supervision.Reporting.Rendering.Pdf.Official.GbT9704.TextWidth, Supervision.Reporting.Rendering.Pdf.Fonts.FontSet.BundledOnly, new List<LayoutWarning>(), "p");

        lines.Select(l => l.Text).Should().Equal(new string('国', 27), "国，后");
        lines[0].Right.Should().BeApproximately(Supervision.Reporting.Rendering.Pdf.Official.GbT9704.TextWidth, 1e-6, "the shortened line is justified to the full measure");
    }

    [Fact]
    public void Layout_AnyWidth_LinesNeverExceedTheMeasure()
    {
        Gen.Select(ParagraphText, Gen.Double[40, 450]).Sample((text, width) =>
        {
            var lines = ParagraphLayouter.Layout([new TextRun(text, Supervision.Reporting.Rendering.Pdf.Official.GbT9704Templates.Body)],
                new ParagraphFormat { FirstLineIndentChars = 2 }, width, Supervision.Reporting.Rendering.Pdf.Fonts.FontSet.BundledOnly, new List<LayoutWarning>(), "p");
            foreach (var line in lines.Where(l => l.Clusters.Count > 1))
            {
                line.Right.Should().BeLessThanOrEqualTo(width + 1e-6);
            }
        }, iter: 200);
    }
}
