using System.Diagnostics;
using System.Globalization;
using NodaTime;
using Supervision.Reporting.Rendering.Pdf.Bulletins.Content;
using Supervision.Reporting.Tests.Rendering.Pdf;
using UglyToad.PdfPig;
using Xunit.Abstractions;

namespace Supervision.Reporting.Tests.Rendering.Word;

// Opens the .docx in a real word processor: LibreOffice (soffice --headless --convert-to pdf) lays the documents
// out, and the PDFs it prints are measured with PdfPig as our own PDFs are. Not part of CI — it needs LibreOffice
// — so it runs only when SUPERVISION_SOFFICE_OUT names a directory for the documents and their PDFs.
public sealed class LibreOfficeMeasurementTests(ITestOutputHelper output)
{
    private const double Mm = 72.0 / 25.4;

    private static readonly string? OutputDirectory = Environment.GetEnvironmentVariable("SUPERVISION_SOFFICE_OUT");

    [SkippableWhenNoSofficeFact]
    public void Convert_FullPagesOfBody_Have22LinesOf28CharactersInTheTextArea()
    {
        var content = new BulletinContent
        {
            AuthorityMark = ["测试机关"],
            NumberLine = "测试〔2022〕1号",
            Title = "关于版式测试的通报",
            Body = [new BodyParagraph(PdfTestKit.Hanzi(26 + (28 * 70)))],
            Signatory = ["测试机关"],
            Date = new LocalDate(2022, 11, 30),
            ShowImprint = false,
            PrintedBy = "测试机关办公室",
            PrintedOn = new LocalDate(2022, 11, 30),
            Subject = "版式测试",
            Keywords = "测试",
            Author = "测试机关",
        };

        var pdf = Convert("grid", WordCases.Docx(content));

        using var document = PdfDocument.Open(pdf);
        document.NumberOfPages.Should().BeGreaterThanOrEqualTo(3);
        var page = document.GetPage(2);
        var lines = BodyLines(page);
        double left = lines.Min(l => l[0].BoundingBox.Left) / Mm;
        double right = lines.Max(l => l[^1].BoundingBox.Right) / Mm;
        double top = (page.Height - lines[0].Max(l => l.BoundingBox.Top)) / Mm;
        double bottom = (page.Height - lines[^1].Min(l => l.BoundingBox.Bottom)) / Mm;
        double pitch = (lines[0][0].StartBaseLine.Y - lines[^1][0].StartBaseLine.Y) / (lines.Count - 1);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"page 2: {lines.Count} lines, characters per line {string.Join(",", lines.Select(l => l.Count).Distinct())}; glyphs left {left:0.00} mm, right {right:0.00} mm, top {top:0.00} mm, bottom {bottom:0.00} mm; line pitch {pitch:0.000} pt"));

        lines.Should().HaveCount(22);
        lines.Select(l => l.Count).Should().OnlyContain(n => n == 28);
        left.Should().BeApproximately(28, 1);
        right.Should().BeApproximately(28 + 156, 1);
        top.Should().BeApproximately(37, 1);
    }

    [SkippableWhenNoSofficeFact]
    public void Convert_GuilinBulletins_PageNumbersOddRightEvenLeft()
    {
        foreach (var spec in new[] { WordCases.TypicalCases, WordCases.Statistics, WordCases.Daily })
        {
            var name = WordCases.Name(spec);
            var pdf = Convert(name, WordCases.Docx(spec));
            using var document = PdfDocument.Open(pdf);
            foreach (var page in document.GetPages())
            {
                var footer = page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value) && page.Height - l.StartBaseLine.Y > (37 + 225) * Mm).ToList();
                var body = BodyLines(page);
                footer.Should().NotBeEmpty(name + " page " + page.Number.ToString(CultureInfo.InvariantCulture));
                string number = string.Concat(footer.OrderBy(l => l.StartBaseLine.X).Select(l => l.Value));
                double numberLeft = footer.Min(l => l.BoundingBox.Left) / Mm;
                double numberRight = footer.Max(l => l.BoundingBox.Right) / Mm;
                double numberTop = (page.Height - footer.Max(l => l.BoundingBox.Top)) / Mm;
                var full = body.Where(l => l.Count >= 26).ToList();
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{name} p{page.Number}: number \"{number}\" {numberLeft:0.0}–{numberRight:0.0} mm, top {numberTop:0.0} mm; {body.Count} lines of 3号 ({full.Count} full; characters {string.Join(",", full.Select(l => l.Count).Distinct())})"));

                number.Should().Be("—" + page.Number.ToString(CultureInfo.InvariantCulture) + "—");
                if (page.Number % 2 == 1)
                {
                    numberRight.Should().BeApproximately(28 + 156 - (14 / Mm), 1.5, "odd pages number on the right, one character in");
                }
                else
                {
                    numberLeft.Should().BeApproximately(28 + (14 / Mm), 1.5, "even pages number on the left, one character in");
                }
            }
        }
    }

    [SkippableWhenNoSofficeFact]
    public void Convert_TypicalCases_MarkIs35MillimetresIntoTheTextAreaAndTheTitleBelowTheRedLine()
    {
        var pdf = Convert("head", WordCases.Docx(WordCases.TypicalCases));
        using var document = PdfDocument.Open(pdf);
        var page = document.GetPage(1);
        var mark = page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value) && l.PointSize > 30).ToList();
        var title = page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value) && Math.Abs(l.PointSize - 22) < 0.6).ToList();
        var number = page.Letters.Where(l => l.Value == "号").ToList();
        double markTop = (page.Height - mark.Max(l => l.BoundingBox.Top)) / Mm;
        double numberBottom = (page.Height - number.Min(l => l.BoundingBox.Bottom)) / Mm;
        double titleTop = (page.Height - title.Max(l => l.BoundingBox.Top)) / Mm;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"mark glyph top {markTop:0.00} mm (37 + 35 = 72), 发文字号 bottom {numberBottom:0.00} mm, title top {titleTop:0.00} mm"));

        markTop.Should().BeApproximately(37 + 35, 1.5);
        titleTop.Should().BeGreaterThan(numberBottom + 10);
    }

    // Issue 13: the 版记 at the foot of the text area of an even page (its last rule ending at 262 mm), with a blank,
    // unnumbered page before it when the text ends on a full even page; never the signature alone on a page. Pages are
    // counted with LibreOffice's automatically inserted blank pages, which its PDF export leaves out by default.
    [SkippableWhenNoSofficeTheory]
    [InlineData(Language.ZhHans, BulletinKind.TypicalCases)]
    [InlineData(Language.ZhHant, BulletinKind.TypicalCases)]
    [InlineData(Language.English, BulletinKind.TypicalCases)]
    [InlineData(Language.ZhHans, BulletinKind.Statistics)]
    public void Convert_GuilinBulletins_ImprintAtTheFootOfAnEvenPage(Language language, BulletinKind kind)
    {
        var spec = (kind == BulletinKind.Statistics ? WordCases.Statistics : WordCases.TypicalCases) with { Language = language };
        var content = WordCases.Content(spec);
        var name = "imprint-" + WordCases.Name(spec);
        var pdf = Convert(name, WordCases.Docx(content));
        int pdfPages;
        using (var ours = PdfDocument.Open(WordCases.Pdf(content)))
        {
            pdfPages = ours.NumberOfPages;
        }

        using var document = PdfDocument.Open(pdf);
        var pages = document.GetPages().ToList();
        string printer = content.PrintedBy.Replace(" ", string.Empty, StringComparison.Ordinal);
        var imprintPage = pages.Last(p => Text(p).Contains(printer, StringComparison.Ordinal));
        var rules = imprintPage.Paths
            .Select(path => path.GetBoundingRectangle())
            .OfType<UglyToad.PdfPig.Core.PdfRectangle>()
            .Where(r => r.Width > 100 * Mm && r.Height < 1 * Mm)
            .Select(r => (Top: (imprintPage.Height - r.Top) / Mm, Bottom: (imprintPage.Height - r.Bottom) / Mm))
            .OrderBy(r => r.Top)
            .ToList();
        var printLine = imprintPage.Letters.Where(l => printer.Contains(l.Value, StringComparison.Ordinal) && !string.IsNullOrWhiteSpace(l.Value)).ToList();
        double printBottom = (imprintPage.Height - printLine.Min(l => l.BoundingBox.Bottom)) / Mm;
        var footer = imprintPage.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value) && imprintPage.Height - l.StartBaseLine.Y > (37 + 225) * Mm).ToList();
        var before = pages[imprintPage.Number - 2];
        bool blankBefore = !before.Letters.Any(l => !string.IsNullOrWhiteSpace(l.Value));
        string signatory = content.Signatory[0].Replace(" ", string.Empty, StringComparison.Ordinal);
        var signer = pages.Last(p => BodyLines(p).Any(l => string.Concat(l.Select(c => c.Value)) == signatory));
        int signerLines = BodyLines(signer).Count;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name}: {pages.Count} pages (PDF {pdfPages}); 版记 on page {imprintPage.Number}, rules at {string.Join(", ", rules.Select(r => $"{r.Top:0.00}–{r.Bottom:0.00}"))} mm, 印发 line's glyphs end at {printBottom:0.00} mm; page number there \"{string.Concat(footer.Select(l => l.Value))}\"; page before blank: {blankBefore}; signature on page {signer.Number} with {signerLines} lines of 3号"));

        (imprintPage.Number % 2).Should().Be(0, "the 版记 is on an even page (the back of the last sheet)");
        rules.Should().HaveCountGreaterThanOrEqualTo(2);
        rules[^1].Bottom.Should().BeApproximately(37 + 225, 0.5, "the 版记's last rule lies on the foot of the text area");
        printBottom.Should().BeLessThan(rules[^1].Top).And.BeGreaterThan(rules[^2].Bottom);
        signerLines.Should().BeGreaterThan(content.Signatory.Count + 1, "the signature and date never stand alone on a page");
        if (imprintPage.Number != signer.Number && blankBefore)
        {
            footer.Should().BeEmpty("after a blank page, the 版记's page carries no page number (GB/T 9704 §7.5)");
        }
    }

    private static string Text(UglyToad.PdfPig.Content.Page page) => string.Concat(page.Letters.Select(l => l.Value)).Replace(" ", string.Empty, StringComparison.Ordinal);

    // The lines of 3号 text (glyphs about 16 pt tall) inside the text area, in reading order.
    private static List<List<UglyToad.PdfPig.Content.Letter>> BodyLines(UglyToad.PdfPig.Content.Page page) =>
        [.. page.Letters
            .Where(l => !string.IsNullOrWhiteSpace(l.Value) && Math.Abs(l.PointSize - 16) < 0.6 && page.Height - l.StartBaseLine.Y < (37 + 225) * Mm)
            .GroupBy(l => Math.Round(l.StartBaseLine.Y, 0))
            .OrderByDescending(g => g.Key)
            .Select(g => g.OrderBy(l => l.StartBaseLine.X).ToList())];

    private byte[] Convert(string name, byte[] docx)
    {
        Directory.CreateDirectory(OutputDirectory!);
        string path = Path.Combine(OutputDirectory!, name + ".docx");
        File.WriteAllBytes(path, docx);
        // With LibreOffice's automatically inserted blank pages (before a section that begins on an even page): its
        // PDF export leaves them out unless told, and the pages after them would be counted one short.
        const string Pdf = "pdf:writer_pdf_Export:{\"IsSkipEmptyPages\":{\"type\":\"boolean\",\"value\":\"false\"}}";
        var start = new ProcessStartInfo("soffice", ["--headless", "--convert-to", Pdf, "--outdir", OutputDirectory!, path])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        process.ExitCode.Should().Be(0);
        return File.ReadAllBytes(Path.ChangeExtension(path, ".pdf"));
    }

    private sealed class SkippableWhenNoSofficeTheoryAttribute : TheoryAttribute
    {
        public SkippableWhenNoSofficeTheoryAttribute()
        {
            if (string.IsNullOrEmpty(OutputDirectory))
            {
                Skip = "Set SUPERVISION_SOFFICE_OUT to a directory to convert the .docx with LibreOffice and measure the result.";
            }
        }
    }

    private sealed class SkippableWhenNoSofficeFactAttribute : FactAttribute
    {
        public SkippableWhenNoSofficeFactAttribute()
        {
            if (string.IsNullOrEmpty(OutputDirectory))
            {
                Skip = "Set SUPERVISION_SOFFICE_OUT to a directory to convert the .docx with LibreOffice and measure the result.";
            }
        }
    }
}
