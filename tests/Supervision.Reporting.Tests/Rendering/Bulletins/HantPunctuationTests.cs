using Supervision.Reporting.Rendering.Pdf.Fonts;
using UglyToad.PdfPig.Content;

namespace Supervision.Reporting.Tests.Rendering.Bulletins;

// Issue 13 item 8: in the zh-Hant edition 。，、；：！？ sit in the centre of their em box (Taiwan convention); the
// zh-Hans edition keeps them at the bottom left. Read from the glyphs (PdfPig) and the face's own ink boxes.
public sealed class HantPunctuationTests
{
    private const string Marks = "。，、；：！？";

    [Theory]
    [InlineData("typical-cases-hant", true)]
    [InlineData("statistics-hant", true)]
    [InlineData("typical-cases", false)]
    public void Write_Demo_MarksBetweenHanziAreCentredOnlyInTraditional(string demo, bool centred)
    {
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(BulletinTypographyTests.Render(demo));
        int marks = 0, centredMarks = 0;
        foreach (var page in pdf.GetPages())
        {
            // Body text only (the Song face whose ink boxes are read): headings are in Hei and Kai.
            var letters = page.Letters.Where(l => l.PointSize is > 15.5 and < 16.5 && !string.IsNullOrWhiteSpace(l.Value)).ToList();
            string? body = letters.GroupBy(l => l.FontName).OrderByDescending(g => g.Count()).FirstOrDefault()?.Key;
            letters = [.. letters.Where(l => l.FontName == body)];
            for (int i = 1; i + 1 < letters.Count; i++)
            {
                var (before, mark, after) = (letters[i - 1], letters[i], letters[i + 1]);
                if (!Marks.Contains(mark.Value, StringComparison.Ordinal) || !Hanzi(before) || !Hanzi(after)
                    || Math.Abs(before.StartBaseLine.Y - after.StartBaseLine.Y) > 0.1
                    || after.StartBaseLine.X - before.StartBaseLine.X < (2 * mark.PointSize) - 0.5)
                {
                    continue;
                }

                // A mark between two hanzi with its full cell (not compressed to pull a character in, 挤进): the cell's
                // centre is midway between theirs. A compressed mark is drawn in its left half as in Simplified.
                double em = mark.PointSize;
                var box = BundledFonts.Song.InkBox(mark.Value[0])!.Value;
                double inkX = mark.StartBaseLine.X + ((box.XMin + box.XMax) / 2 * em);
                double inkY = mark.StartBaseLine.Y + ((box.YMin + box.YMax) / 2 * em);
                double cellX = (before.StartBaseLine.X + after.StartBaseLine.X + em) / 2;
                double cellY = before.StartBaseLine.Y + ((BundledFonts.Song.Ascent - BundledFonts.Song.Descent) / 2 * em);
                marks++;
                if (Math.Abs(inkX - cellX) < 0.06 * em && Math.Abs(inkY - cellY) < 0.06 * em)
                {
                    centredMarks++;
                }
            }
        }

        marks.Should().BeGreaterThan(20);
        centredMarks.Should().Be(centred ? marks : 0);
    }

    private static bool Hanzi(Letter l) => l.Value.Length > 0 && (char.IsSurrogate(l.Value[0]) || l.Value[0] is >= '\u3400' and <= '\u9FFF');
}

public sealed class HantDocxLanguageTests
{
    [Fact]
    public void Render_ZhHantDocx_DeclaresZhTw_ZhHansKeepsZhCn()
    {
        using var hant = new Supervision.Reporting.Tests.Rendering.Word.WordReadBack(Supervision.Reporting.Tests.Rendering.Word.WordCases.Docx(new BulletinSpec { Language = Language.ZhHant }));
        using var hans = new Supervision.Reporting.Tests.Rendering.Word.WordReadBack(Supervision.Reporting.Tests.Rendering.Word.WordCases.Docx(new BulletinSpec()));

        static List<string?> Declared(Supervision.Reporting.Tests.Rendering.Word.WordReadBack doc) =>
        [
            .. doc.Main.StyleDefinitionsPart!.Styles!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Languages>().Select(l => l.EastAsia?.Value),
            .. doc.Main.DocumentSettingsPart!.Settings!.Descendants<DocumentFormat.OpenXml.Wordprocessing.ThemeFontLanguages>().Select(l => l.EastAsia?.Value),
            .. doc.Main.DocumentSettingsPart!.Settings!.Descendants<DocumentFormat.OpenXml.Wordprocessing.NoLineBreaksBeforeKinsoku>().Select(l => l.Language?.Value),
        ];

        Declared(hant).Should().HaveCountGreaterThanOrEqualTo(3).And.OnlyContain(l => l == "zh-TW");
        Declared(hans).Should().HaveCountGreaterThanOrEqualTo(3).And.OnlyContain(l => l == "zh-CN");
    }
}
