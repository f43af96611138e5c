using Supervision.Reporting.Rendering.Pdf;
using Supervision.Reporting.Rendering.Pdf.Fonts;
using Supervision.Reporting.Rendering.Pdf.Official;
using Supervision.Reporting.Rendering.Pdf.Text;

namespace Supervision.Reporting.Tests.Rendering.Pdf;

public sealed class ParagraphLayouterTests
{
    private static readonly TextStyle Style = TextStyle.Of(PdfFontRole.Body, 16);

    private static IReadOnlyList<TextLine> Layout(string text, ParagraphFormat format, double width) =>
        ParagraphLayouter.Layout([new TextRun(text, Style)], format, width, FontSet.BundledOnly, new List<LayoutWarning>(), "p");

    [Theory]
    [InlineData("Left", 0)]
    [InlineData("Center", 50)]
    [InlineData("Right", 100)]
    public void Layout_ShortLine_IsPlacedByAlignment(string alignment, double expectedLeft)
    {
        var line = Layout("监督检查", new ParagraphFormat { Alignment = Enum.Parse<TextAlignment>(alignment) }, 164)[0];

        line.Clusters[0].X.Should().BeApproximately(expectedLeft, 1e-6);
    }

    [Fact]
    public void Layout_Distributed_SpreadsEvenASingleLineOverTheMeasure()
    {
        var line = Layout("通报", new ParagraphFormat { Alignment = TextAlignment.Distributed }, 100)[0];

        line.Clusters[0].X.Should().Be(0);
        line.Right.Should().BeApproximately(100, 1e-6);
    }

    [Fact]
    public void Layout_JustifiedParagraph_FillsEveryLineButTheLast()
    {
        var lines = Layout(new string('监', 30) + "A word 2022", new ParagraphFormat { Alignment = TextAlignment.Justify }, 150);

        lines.Should().HaveCountGreaterThan(2);
        lines.Take(lines.Count - 1).Should().OnlyContain(l => Math.Abs(l.Right - 150) < 1e-6);
        lines[^1].Right.Should().BeLessThan(150);
    }

    [Fact]
    public void Layout_HyphenatedWordTooLongForTheLine_BreaksAfterTheHyphen()
    {
        var lines = Layout("Over-enforcement", new ParagraphFormat { Alignment = TextAlignment.Left }, 130);

        lines.Select(l => l.Text).Should().Equal("Over-", "enforcement");
    }

    [Fact]
    public void Layout_HyphenBeforeADigit_StaysWithTheNumber()
    {
        var lines = Layout("COVID-19 COVID-19", new ParagraphFormat { Alignment = TextAlignment.Left }, 80);

        lines.Should().OnlyContain(l => l.Text == "COVID-19");
    }

    [Fact]
    public void Layout_LatinWordLongerThanTheLine_IsBrokenButShortWordsStayWhole()
    {
        var lines = Layout("ab " + new string('x', 40) + " cd", new ParagraphFormat { Alignment = TextAlignment.Left }, 120);

        lines[0].Text.Should().Be("ab");
        lines.Skip(1).Take(lines.Count - 2).Should().OnlyContain(l => l.Text.All(c => c == 'x'));
        lines[^1].Text.Should().EndWith("cd");
        lines.Should().OnlyContain(l => l.Right <= 120 + 1e-6);
    }

    [Fact]
    public void Layout_OpeningPunctuation_NeverEndsALine()
    {
        // Without the rule, "（" would end line 1 (4 cells of 16 pt in 64 pt).
        var lines = Layout("监督检（查）", new ParagraphFormat { Alignment = TextAlignment.Left }, 64);

        lines.Select(l => l.Text).Should().Equal("监督检", "（查）");
    }

    [Fact]
    public void Layout_GridMode_PlacesEveryFullWidthCharacterInItsCell()
    {
        var line = Layout(new string('国', 40), GbT9704Templates.BodyFormat with { FirstLineIndentChars = 0 }, GbT9704.TextWidth)[0];

        line.Clusters.Should().HaveCount(28);
        for (int i = 0; i < 28; i++)
        {
            line.Clusters[i].X.Should().BeApproximately(i * GbT9704.CharPitch, 1e-6);
        }
    }

    [Fact]
    public void Layout_NewlineInRun_ForcesALineBreakWithoutJustifying()
    {
        var lines = Layout("抄送\n印发", new ParagraphFormat { Alignment = TextAlignment.Justify }, 200);

        lines.Select(l => l.Text).Should().Equal("抄送", "印发");
        lines[0].Right.Should().BeLessThan(100);
    }

    [Fact]
    public void Layout_VariationSelectorsAndZeroWidthCharacters_AreDroppedSilently()
    {
        var warnings = new List<LayoutWarning>();
        var lines = ParagraphLayouter.Layout([new TextRun("葛\uFE00\u200B格", Style)], new ParagraphFormat(), 200, FontSet.BundledOnly, warnings, "p");

        lines[0].Text.Should().Be("葛格");
        warnings.Should().BeEmpty();
    }
}
