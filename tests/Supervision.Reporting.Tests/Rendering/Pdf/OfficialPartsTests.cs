using Supervision.Reporting.Rendering.Pdf;
using Supervision.Reporting.Rendering.Pdf.Layout;
using Supervision.Reporting.Rendering.Pdf.Official;
using Supervision.Reporting.Rendering.Pdf.Text;
using static Supervision.Reporting.Tests.Rendering.Pdf.PdfTestKit;

namespace Supervision.Reporting.Tests.Rendering.Pdf;

public sealed class OfficialPartsTests
{
    [Fact]
    public void VersionHead_MarkWiderThanTextArea_IsScaledHorizontallyToFit()
    {
        const string organ = "中国共产党桂林市纪律检查委员会桂林市监察委员会驻市政府办公室纪检监察组";
        var (bytes, _) = Render([new VersionHead([organ], "文件", "桂纪通〔2022〕12号")]);

        using var pdf = Open(bytes);
        var mark = pdf.GetPage(1).Letters.Where(l => l.Color.ToRGBValues().r > 0.8).ToList();
        string.Concat(mark.Select(l => l.Value)).Should().Be(organ + "文件");
        (mark.Min(l => l.StartBaseLine.X) / Mm).Should().BeGreaterThanOrEqualTo(28 - 0.5);
        (mark.Max(l => l.EndBaseLine.X) / Mm).Should().BeLessThanOrEqualTo(28 + 156 + 0.5);
        ((mark.Max(l => l.EndBaseLine.X) - mark.Min(l => l.StartBaseLine.X)) / Mm).Should().BeGreaterThan(150, "the mark fills the width it is scaled to");
    }

    [Fact]
    public void VersionHead_JointOrgans_StackedWithSuffixCentredBesideThem()
    {
        var (bytes, _) = Render([new VersionHead(["中共桂林市纪律检查委员会", "桂林市监察委员会"], "文件", "桂纪通〔2022〕12号")]);

        using var pdf = Open(bytes);
        var red = pdf.GetPage(1).Letters.Where(l => l.Color.ToRGBValues().r > 0.8).ToList();
        var baselines = red.Select(l => Math.Round(l.StartBaseLine.Y, 1)).Distinct().OrderByDescending(y => y).ToList();
        baselines.Should().HaveCount(3, "two organ lines and the suffix between them");
        var suffix = red.Where(l => l.Value is "文" or "件").ToList();
        suffix.Should().HaveCount(2);
        suffix[0].StartBaseLine.Y.Should().BeLessThan(baselines[0]).And.BeGreaterThan(baselines[2]);
        suffix.Min(l => l.StartBaseLine.X).Should().BeGreaterThan(red.Where(l => l.Value != "文" && l.Value != "件").Max(l => l.StartBaseLine.X));
    }

    [Fact]
    public void VersionHead_DocumentNumber_CentredTwoLinesBelowMarkAboveRedLine()
    {
        var (bytes, _) = Render([new VersionHead(["中共桂林市纪律检查委员会"], "文件", "桂纪通〔2022〕12号")]);

        using var pdf = Open(bytes);
        var page = pdf.GetPage(1);
        var number = page.Letters.Where(l => l.Color.ToRGBValues().r < 0.2 && l.StartBaseLine.Y > page.Height / 2).ToList();
        string.Concat(number.Select(l => l.Value)).Should().Be("桂纪通〔2022〕12号");
        double centre = (number.Min(l => l.StartBaseLine.X) + number.Max(l => l.EndBaseLine.X)) / 2;
        (centre / Mm).Should().BeApproximately(28 + 78, 1);
        var markTop = page.Height - page.Letters.Where(l => l.Color.ToRGBValues().r > 0.8).Max(l => l.StartBaseLine.Y + (36 * 0.88));
        (markTop / Mm).Should().BeApproximately(37 + 35, 0.5, "the mark's top edge is 35 mm below the top of the text area");
    }

    [Fact]
    public void SignatureBlock_Date_EndsFourCharactersFromTheRightEdge()
    {
        var (bytes, _) = Render([OfficialBlocks.Body("正文。"), new SignatureBlock("中共桂林市纪律检查委员会", OfficialBlocks.Date(2022, 11, 30))]);

        using var pdf = Open(bytes);
        var lines = Lines(pdf.GetPage(1), pdf.GetPage(1).Height - ((37 + 225) * Mm));
        var date = lines.Single(l => string.Concat(l.Select(c => c.Value)) == "2022年11月30日");
        var signer = lines.Single(l => string.Concat(l.Select(c => c.Value)) == "中共桂林市纪律检查委员会");
        (date[^1].EndBaseLine.X / Mm).Should().BeApproximately(28 + 156 - (4 * 156.0 / 28), 0.5);
        double dateCentre = (date[0].StartBaseLine.X + date[^1].EndBaseLine.X) / 2;
        double signerCentre = (signer[0].StartBaseLine.X + signer[^1].EndBaseLine.X) / 2;
        signerCentre.Should().BeApproximately(dateCentre, 1, "the signing organ is centred over the date");
    }

    [Fact]
    public void Title_TooLongForOneLine_IsBalancedAndCentred()
    {
        var (bytes, _) = Render([OfficialBlocks.Title("关于印发《2022年监督检查工作方案》的通知")]);

        using var pdf = Open(bytes);
        var lines = Lines(pdf.GetPage(1), pdf.GetPage(1).Height - ((37 + 225) * Mm));
        lines.Should().HaveCount(2);
        Math.Abs(lines[0].Count - lines[1].Count).Should().BeLessThanOrEqualTo(3, "no line is left with a single character");
        foreach (var line in lines)
        {
            double centre = (line[0].StartBaseLine.X + line[^1].EndBaseLine.X) / 2;
            (centre / Mm).Should().BeApproximately(28 + 78, 2);
        }
    }

    [Fact]
    public void OfficialBlocks_Date_UsesArabicNumeralsWithoutLeadingZeros()
    {
        OfficialBlocks.Date(2022, 1, 5).Should().Be("2022年1月5日");
    }

    [Fact]
    public void Imprint_AfterShortBody_SitsAtTheBottomOfTheTextAreaOfAnEvenPage()
    {
        var (bytes, result) = Render([OfficialBlocks.Body("正文。"), new Imprint("市委办公室", "中共桂林市纪律检查委员会办公室", OfficialBlocks.Date(2022, 11, 30))]);

        // The body ends on page 1 (odd): the 版记 goes on the back of the sheet.
        result.PageCount.Should().Be(2);
        using var pdf = Open(bytes);
        string.Concat(pdf.GetPage(1).Letters.Select(l => l.Value)).Should().NotContain("印发");
        var page = pdf.GetPage(2);
        var lines = Lines(page, page.Height - ((37 + 225) * Mm));
        string.Concat(lines[^1].Select(l => l.Value)).Should().Be("中共桂林市纪律检查委员会办公室2022年11月30日印发");
        double bottomOfArea = page.Height - ((37 + 225) * Mm);
        (lines[^1][0].StartBaseLine.Y - bottomOfArea).Should().BeInRange(0, 30, "the 印发 line is the last line of the text area");
        string.Concat(lines[^2].Select(l => l.Value)).Should().Be("抄送：市委办公室。");
    }

    [Fact]
    public void Imprint_AfterContentEndingOnAFullEvenPage_FollowsABlankPage_BothUnnumbered()
    {
        // Two full pages of body text (2 × 22 lines of 28 cells; the first line is indented two cells).
        var body = OfficialBlocks.Body(Hanzi((44 * 28) - 2));
        var (bytes, result) = Render([body, new Imprint("市委办公室", "中共桂林市纪律检查委员会办公室", OfficialBlocks.Date(2022, 11, 30))]);

        result.PageCount.Should().Be(4);
        using var pdf = Open(bytes);
        string Text(int n) => string.Concat(pdf.GetPage(n).Letters.Select(l => l.Value));
        Text(2).Should().EndWith("— 2 —");
        Text(3).Should().BeEmpty("the blank page before the 版记 page has no page number (§7.5)");
        Text(4).Should().EndWith("印发").And.NotContain("—", "the 版记 page after a blank page is unnumbered");
    }

    [Fact]
    public void Signature_ThatWouldStandAloneOnAPage_ClosesUpFirst_ThenTakesTheLastTwoLinesAlong()
    {
        // 21 lines fill page 1 but one: the signature (2 lines, 2 lines below the body) needs 4.
        var signature = new SignatureBlock("中共桂林市纪律检查委员会", OfficialBlocks.Date(2022, 11, 30));
        var (closeUp, _) = Render([OfficialBlocks.Body(Hanzi((19 * 28) - 2)), signature]);
        var (carry, carryResult) = Render([OfficialBlocks.Body(Hanzi((21 * 28) - 2)), signature]);

        using (var pdf = Open(closeUp))
        {
            pdf.NumberOfPages.Should().Be(1, "19 lines, one blank line and the signature's two make 22");
        }

        carryResult.PageCount.Should().Be(2);
        using var carried = Open(carry);
        var page2 = Lines(carried.GetPage(2), carried.GetPage(2).Height - ((37 + 225) * Mm));
        page2.Select(l => string.Concat(l.Select(c => c.Value))).Should().HaveCount(4, "two body lines came along with the signer and the date");
        page2[0].Should().HaveCountGreaterThan(20, "a body line");
        string.Concat(page2[^1].Select(l => l.Value)).Should().Be("2022年11月30日");
    }

    [Fact]
    public void Signature_JointMark_NamesEveryIssuingOrganCentredOverTheDate()
    {
        var (bytes, _) = Render([OfficialBlocks.Body("正文。"), new SignatureBlock("中共桂林市纪律检查委员会\n桂林市监察委员会", OfficialBlocks.Date(2022, 11, 30))]);

        using var pdf = Open(bytes);
        var lines = Lines(pdf.GetPage(1), pdf.GetPage(1).Height - ((37 + 225) * Mm)).TakeLast(3).ToList();
        lines.Select(l => string.Concat(l.Select(c => c.Value))).Should().Equal("中共桂林市纪律检查委员会", "桂林市监察委员会", "2022年11月30日");
        double Centre(List<UglyToad.PdfPig.Content.Letter> l) => (l[0].StartBaseLine.X + l[^1].EndBaseLine.X) / 2;
        Centre(lines[0]).Should().BeApproximately(Centre(lines[2]), 1.5);
        Centre(lines[1]).Should().BeApproximately(Centre(lines[2]), 1.5);
    }

    [Fact]
    public void Table_ContinuedOnANewPage_Starts续表NThenItsHeader()
    {
        var style = TextStyle.Of(PdfFontRole.Table, 12);
        var cell = new ParagraphFormat { Alignment = TextAlignment.Center, LinePitch = 16 };
        var rows = Enumerable.Range(1, 60).Select(i => new Supervision.Reporting.Rendering.Pdf.Tables.TableRow([new(new Paragraph("行" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), style, cell))])).ToList();
        var table = new Supervision.Reporting.Rendering.Pdf.Tables.Table([Supervision.Reporting.Rendering.Pdf.Tables.TableColumn.Relative()], [new([new(new Paragraph("表头", style, cell))])], rows)
        {
            ContinuedCaption = new Paragraph("续表1", TextStyle.Of(PdfFontRole.Heading1, 14), new ParagraphFormat { Alignment = TextAlignment.Center, LinePitch = 29 }),
        };

        // 21 of 22 lines of body text leave room for the header and one row only.
        var (bytes, _) = Render([OfficialBlocks.Body(Hanzi((21 * 28) - 2)), table]);

        using var pdf = Open(bytes);
        string Texts(int n) => string.Concat(Lines(pdf.GetPage(n)).Select(l => string.Concat(l.Select(c => c.Value))));
        Texts(1).Should().NotContain("表头", "no room for the header and a row on page 1");
        Texts(2).Should().StartWith("表头行1行2");
        Lines(pdf.GetPage(3)).Select(l => string.Concat(l.Select(c => c.Value))).Take(2).Should().Equal("续表1", "表头");
    }

    [Fact]
    public void TextDecoration_FooterWithTotal_ShowsPageOfTotalOnEveryPage()
    {
        var template = GbT9704Templates.Page with
        {
            Decorations = [new TextDecoration(p => $"第{p.Number}页，共{p.Total}页", TextStyle.Of(PdfFontRole.Body, 10)) { Gap = 30 }],
        };

        var (bytes, result) = Render([Body(Hanzi(2000))], template);

        result.PageCount.Should().Be(4);
        using var pdf = Open(bytes);
        foreach (var page in pdf.GetPages())
        {
            string.Concat(page.Letters.Select(l => l.Value)).Should().EndWith($"第{page.Number}页，共4页");
        }
    }
}
