using DocumentFormat.OpenXml.Wordprocessing;
using Supervision.Reporting.Rendering.Pdf.Bulletins.Content;
using Supervision.Reporting.Rendering.Pdf.Fonts;
using Supervision.Reporting.Tests.Rendering.Word;
using Xunit.Abstractions;

namespace Supervision.Reporting.Tests.Rendering.Bulletins;

// Issue 13 item 7: curly quotes in the English edition, set as Latin marks (not the CJK faces' full-width quotes).
public sealed class EnglishQuotesTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("\"Four winds\" problems", "“Four winds” problems")]
    [InlineData("the city's 10 groups; the public's concerns", "the city’s 10 groups; the public’s concerns")]
    [InlineData("under the \"four forms\", ('first' and \"second\")", "under the “four forms”, (‘first’ and “second”)")]
    [InlineData("\"'nested'\"", "“‘nested’”")]
    [InlineData("the groups' work", "the groups’ work")]
    [InlineData("no quotes at all", "no quotes at all")]
    public void Curl_StraightQuotes_BecomeTypographic(string text, string expected) =>
        EnglishQuotes.Curl(text).Should().Be(expected);

    [Theory]
    [InlineData(BulletinKind.TypicalCases)]
    [InlineData(BulletinKind.Statistics)]
    public void Compose_English_NoStraightQuoteLeft_ChineseEditionsUntouched(BulletinKind kind)
    {
        static List<string> Texts(BulletinContent content)
        {
            var texts = new List<string>();
            ContentTexts.Map(content, t =>
            {
                texts.Add(t);
                return t;
            });
            return texts;
        }

        var english = Texts(WordCases.Content(new BulletinSpec { Kind = kind, Language = Language.English }));
        var chinese = Texts(WordCases.Content(new BulletinSpec { Kind = kind }));

        english.Should().NotContain(t => t.Contains('\'', StringComparison.Ordinal) || t.Contains('"', StringComparison.Ordinal));
        if (kind == BulletinKind.Statistics)
        {
            english.Should().Contain(t => t.Contains('’', StringComparison.Ordinal), "the phrase tables have the city's, the public's");
            english.Should().Contain(t => t.Contains("“Four winds”", StringComparison.Ordinal));
        }

        chinese.Should().NotContain(t => t.Contains('‘', StringComparison.Ordinal) || t.Contains('’', StringComparison.Ordinal), "a Chinese edition is never touched");
    }

    [Fact]
    public void Write_EnglishStatisticsDemo_QuotesBetweenLatinWordsAreSetAtTheirInkWidth()
    {
        // The statistics edition has the city’s, the public’s, “four forms” and “Four winds” (the typical-case one none).
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(BulletinTypographyTests.Render("statistics-en"));
        int checkedQuotes = 0;
        foreach (var page in pdf.GetPages())
        {
            // Content-stream order: the order the layouter set them (a quote's origin sits left of its ink).
            var letters = page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();
            for (int i = 1; i + 1 < letters.Count; i++)
            {
                var (before, quote, after) = (letters[i - 1], letters[i], letters[i + 1]);
                if (quote.Value is not ("“" or "”" or "‘" or "’") || !Latin(before) || !Latin(after)
                    || Math.Abs(before.StartBaseLine.Y - quote.StartBaseLine.Y) > 0.1 || Math.Abs(after.StartBaseLine.Y - quote.StartBaseLine.Y) > 0.1)
                {
                    continue;
                }

                double em = quote.PointSize;
                var box = BundledFonts.Song.InkBox(char.ConvertToUtf32(quote.Value, 0))!.Value;
                double inkLeft = quote.StartBaseLine.X + (box.XMin * em);
                double inkRight = quote.StartBaseLine.X + (box.XMax * em);
                double blankBefore = (inkLeft - before.EndBaseLine.X) / em;
                double blankAfter = (after.StartBaseLine.X - inkRight) / em;
                string where = $"p{page.Number}: {before.Value}{quote.Value}{after.Value} blank {blankBefore:0.00} / {blankAfter:0.00} em";
                output.WriteLine(where);

                // A word space is about 0.25 em; a full-width quote would leave 0.5 em or more of blank on one side.
                bool opening = quote.Value is "“" or "‘";
                bool apostrophe = quote.Value == "’" && char.IsLetter(before.Value[0]) && char.IsLetter(after.Value[0]) && blankAfter < 0.25;
                blankBefore.Should().BeInRange(-0.05, apostrophe || !opening ? 0.2 : 0.45, where);
                blankAfter.Should().BeInRange(-0.05, apostrophe || opening ? 0.2 : 0.45, where);
                checkedQuotes++;
            }
        }

        checkedQuotes.Should().BeGreaterThanOrEqualTo(4);
    }

    [Fact]
    public void Render_EnglishDocx_RunFontsDoNotHintEastAsian_SoWordSetsQuotesInTheLatinFont()
    {
        using var english = new WordReadBack(WordCases.Docx(new BulletinSpec { Kind = BulletinKind.Statistics, Language = Language.English }));
        using var chinese = new WordReadBack(WordCases.Docx(new BulletinSpec { Kind = BulletinKind.Statistics }));

        static IEnumerable<RunFonts> Fonts(WordReadBack doc) =>
            doc.Main.StyleDefinitionsPart!.Styles!.Descendants<RunFonts>().Concat(doc.Body.Descendants<RunFonts>());

        Fonts(english).Should().NotBeEmpty().And.OnlyContain(f => f.Hint == null && f.Ascii! == "Times New Roman");
        english.Text.Should().Contain("“Four winds”");
        Fonts(chinese).Should().Contain(f => f.Hint != null && f.Hint.Value == FontTypeHintValues.EastAsia);
    }

    private static bool Latin(UglyToad.PdfPig.Content.Letter l) => l.Value.Length == 1 && l.Value[0] < 0x2000 && char.IsLetterOrDigit(l.Value[0]);
}
