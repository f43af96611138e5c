using UglyToad.PdfPig.PdfFonts;
using static Supervision.Reporting.Tests.Rendering.Pdf.PdfTestKit;

namespace Supervision.Reporting.Tests.Rendering.Pdf;

public sealed class MixedDocumentTests
{
    [Fact]
    public void Render_TwentyPageMixedDocumentWithoutSystemFonts_IsSmallEmbedsOnlySubsetTrueTypeAndExtractsText()
    {
        var (bytes, result) = MixedDocument.Render();

        result.PageCount.Should().BeInRange(18, 22);
        result.Warnings.Should().BeEmpty();
        bytes.Length.Should().BeLessThan(500 * 1024);

        using var pdf = Open(bytes);
        pdf.NumberOfPages.Should().Be(result.PageCount);
        var fonts = pdf.GetPages().SelectMany(p => p.Letters).Select(l => l.FontName).Distinct().ToList();
        fonts.Should().OnlyContain(f => f != null && System.Text.RegularExpressions.Regex.IsMatch(f, "^[A-Z]{6}\\+Supervision (Song|Hei|Kai|Song,Bold)$"),
            "only the bundled fonts, embedded as subsets (six-letter tag), are used");

        // Every font resource is an embedded TrueType program (CIDFontType2 with FontFile2).
        string raw = System.Text.Encoding.Latin1.GetString(bytes);
        System.Text.RegularExpressions.Regex.Matches(raw, "/FontFile2 ").Count.Should().Be(fonts.Count);
        raw.Should().NotContain("/FontFile3").And.NotContain("/Type1").And.Contain("/CIDFontType2");

        string page1 = string.Concat(pdf.GetPage(1).Letters.Select(l => l.Value));
        page1.Should().Contain("中共桂林市纪律检查委员会文件").And.Contain("桂纪通〔2022〕12号")
            .And.Contain("关于2022年第四季度监督检查发现问题整改落实情况的通报");
        string all = string.Concat(pdf.GetPages().Select(p => string.Concat(p.Letters.Select(l => l.Value))));
        all.Should().Contain("主要问题及整改情况").And.Contain("图1　11月每日发现问题数")
            .And.Contain("抄送：中共桂林市委办公室").And.Contain("2022年11月30日印发");
        foreach (string area in MixedDocument.Areas)
        {
            all.Should().Contain(area);
        }
    }

    [Fact]
    public void Render_TableSpanningPages_RepeatsItsHeaderOnEveryPageItContinuesOn()
    {
        var (bytes, _) = MixedDocument.Render();

        using var pdf = Open(bytes);
        var pagesWithRows = pdf.GetPages().Where(p => string.Concat(p.Letters.Select(l => l.Value)).Contains("公务用车管理不规范", StringComparison.Ordinal)).ToList();
        pagesWithRows.Count.Should().BeGreaterThan(2);
        pagesWithRows.Should().OnlyContain(p => string.Concat(p.Letters.Select(l => l.Value)).Contains("主要问题及整改情况", StringComparison.Ordinal));
    }

    [Fact]
    public void Render_PageNumbers_OddRightEvenLeftSevenMillimetresBelowTextArea()
    {
        var (bytes, _) = MixedDocument.Render();

        using var pdf = Open(bytes);
        foreach (var page in pdf.GetPages().Take(4))
        {
            var number = page.Letters.Where(l => l.StartBaseLine.Y < page.Height - ((37 + 225) * Mm)).ToList();
            string text = string.Concat(number.Select(l => l.Value)).Replace(" ", string.Empty, StringComparison.Ordinal);
            text.Should().Be("—" + page.Number.ToString(System.Globalization.CultureInfo.InvariantCulture) + "—");
            double top = page.Height - number.Max(l => l.StartBaseLine.Y + (14 * 0.88));
            (top / Mm).Should().BeApproximately(37 + 225 + 7, 0.5);
            if (page.Number % 2 == 1)
            {
                (number.Max(l => l.EndBaseLine.X) / Mm).Should().BeApproximately(28 + 156 - (14 / Mm), 0.6, "odd pages: right, one character in");
            }
            else
            {
                (number.Min(l => l.StartBaseLine.X) / Mm).Should().BeApproximately(28 + (14 / Mm), 0.6, "even pages: left, one character in");
            }
        }
    }
}
