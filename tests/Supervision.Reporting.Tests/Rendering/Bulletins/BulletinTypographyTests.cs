using Supervision.Reporting.Domain;
using Supervision.Reporting.Rendering.Pdf.Bulletins;
using Supervision.Reporting.Tests.Rendering.Pdf;
using Supervision.Reporting.Tests.Support;
using Xunit.Abstractions;

namespace Supervision.Reporting.Tests.Rendering.Bulletins;

// The demo bulletins measured from their glyphs (GlyphTypography): the figures issue 13 asks a proofreader to sign.
public sealed class BulletinTypographyTests(ITestOutputHelper output)
{
    public static TheoryData<string> Demos => ["typical-cases", "statistics", "typical-cases-hant", "statistics-hant"];

    internal static byte[] Render(string demo)
    {
        var spec = demo.StartsWith("typical-cases", StringComparison.Ordinal)
            ? new BulletinSpec { DocumentNumber = "桂纪通〔2022〕12号" }
            : new BulletinSpec { Kind = BulletinKind.Statistics, DocumentNumber = "桂纪通〔2022〕13号", AsOf = new NodaTime.LocalDate(2022, 11, 30) };
        if (demo.EndsWith("-hant", StringComparison.Ordinal))
        {
            spec = spec with { Language = Language.ZhHant };
        }
        else if (demo.EndsWith("-en", StringComparison.Ordinal))
        {
            spec = spec with { Language = Language.English };
        }

        using var stream = new MemoryStream();
        Bulletin.Write(Example.Guilin, stream, spec with { UseSystemFonts = false });
        return stream.ToArray();
    }

    [Theory]
    [MemberData(nameof(Demos))]
    public void Write_Demo_EveryCompressedStreamInflates(string demo)
    {
        // poppler refused the blank page before a 版记: its empty content stream was a bare zlib header.
        var pdf = Render(demo);
        var latin1 = System.Text.Encoding.Latin1.GetString(pdf);
        var streams = 0;
        foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(latin1, @"<<([^<>]|<<[^<>]*>>)*?/Length (\d+)([^<>]|<<[^<>]*>>)*?>>\s*stream\r?\n"))
        {
            if (!m.Value.Contains("/FlateDecode", StringComparison.Ordinal))
            {
                continue;
            }

            var length = int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);

            // A zlib stream is a 2-byte header, at least one deflate block and a 4-byte checksum.
            length.Should().BeGreaterThanOrEqualTo(8, $"the stream at byte {m.Index} of {demo} is a whole zlib stream");
            using var zlib = new System.IO.Compression.ZLibStream(new MemoryStream(pdf, m.Index + m.Length, length), System.IO.Compression.CompressionMode.Decompress);
            var act = () => zlib.CopyTo(Stream.Null);
            act.Should().NotThrow($"the stream at byte {m.Index} of {demo} is valid deflate");
            streams++;
        }

        streams.Should().BeGreaterThan(10);
    }

    [Theory]
    [MemberData(nameof(Demos))]
    public void Write_Demo_NoJustifiedLineSpreadBeyondOneEm(string demo)
    {
        var figures = GlyphTypography.Measure(Render(demo));
        output.WriteLine(figures.ToString());

        figures.JustifiedLines.Should().BeGreaterThan(20);
        figures.MaxSpreadEm.Should().BeLessThanOrEqualTo(1.02, figures.LoosestLine);
    }

    [Theory]
    [MemberData(nameof(Demos))]
    public void Write_Demo_NoParagraphEndsWithALoneCharacter(string demo)
    {
        var figures = GlyphTypography.Measure(Render(demo));

        figures.LoneLines.Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(Demos))]
    public void Write_Demo_EveryAdjacentPunctuationPairIsSetInOneAndAHalfEm(string demo)
    {
        var figures = GlyphTypography.Measure(Render(demo));

        if (demo.StartsWith("statistics", StringComparison.Ordinal))
        {
            figures.Pairs.Should().BeGreaterThan(5, "the statistics bulletin lists areas as 全州县（24个）、…");
        }

        figures.LoosePairs.Should().BeEmpty();
        figures.CompressedPairs.Should().Be(figures.Pairs);
    }

    [Theory]
    [MemberData(nameof(Demos))]
    public void Write_Demo_EndsWithTheImprintOnAnEvenPage_AndTheSignatureNeverAlone(string demo)
    {
        var pdf = new PdfReadBack(Render(demo));

        (pdf.Pages.Count % 2).Should().Be(0, "the 版记 is on the back of the last sheet");
        pdf.Pages[^1].Should().Contain(l => l.Text.EndsWith("印发", StringComparison.Ordinal) || l.Text.EndsWith("印發", StringComparison.Ordinal));
        int signaturePage = pdf.Pages.FindLastIndex(p => p.Any(l => l.Text.StartsWith("2022年11月30日", StringComparison.Ordinal) && !l.Text.EndsWith("发", StringComparison.Ordinal) && !l.Text.EndsWith("發", StringComparison.Ordinal)));
        signaturePage.Should().BeGreaterThanOrEqualTo(0);
        pdf.Pages[signaturePage].Count(l => l.Text.Length > 20).Should().BeGreaterThan(0, "body text shares the page with the signature");
    }

    [Fact]
    public void Write_StatisticsDemo_FigureCaptionsBelowTheirPlots_LabelsAtLeast5Hao()
    {
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(Render("statistics"));
        var page = pdf.GetPages().First(p => string.Concat(p.Letters.Select(l => l.Value)).Contains("图1", StringComparison.Ordinal));
        var caption = page.Letters.First(l => l.Value == "图");
        var ticks = page.Letters.Where(l => l.PointSize < 12 && l.Value is "1" or "2" or "3").ToList();

        ticks.Should().NotBeEmpty();
        ticks.Should().Contain(l => l.StartBaseLine.Y > caption.StartBaseLine.Y + 20, "the plot stands above its caption");
        pdf.GetPages().SelectMany(p => p.Letters).Where(l => !string.IsNullOrWhiteSpace(l.Value)).Min(l => l.PointSize).Should().BeGreaterThanOrEqualTo(10.5);
    }

    [Theory]
    [InlineData("typical-cases-en")]
    [InlineData("statistics-en")]
    public void Write_EnglishDemo_IsRaggedRight_NoWordSpaceOrHanziGapStretched(string demo)
    {
        var figures = GlyphTypography.Measure(Render(demo));
        output.WriteLine(figures.ToString());

        figures.MaxSpreadEm.Should().BeLessThanOrEqualTo(0.05, figures.LoosestLine);
    }

    [Theory]
    [InlineData("typical-cases-en")]
    [InlineData("statistics-en")]
    public void Write_EnglishDemo_NoLatinInTheHandwritingFace(string demo)
    {
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(Render(demo));
        var letters = pdf.GetPages().SelectMany(p => p.Letters).Where(l => l.Value.Length == 1 && l.Value[0] < 0x2000 && !char.IsWhiteSpace(l.Value[0])).ToList();

        letters.Should().Contain(l => l.Value == "(", "the demo has (1) lead-ins");
        letters.Should().NotContain(l => l.FontName != null && l.FontName.EndsWith("Supervision Kai", StringComparison.Ordinal));
    }
}
