using Supervision.Reporting.Domain;
using Supervision.Reporting.Tests.Rendering.Word;

namespace Supervision.Reporting.Tests.Rendering.Bulletins;

// Issue 16's spec options, read back from the PDF (PdfPig) and the .docx (Open XML SDK): Chinese numerals in the
// title on request, a default 抄送 to the superior (an explicit empty copyTo suppresses it), and the typical cases
// cited by the typical-case bulletin's document number in the statistical bulletin.
public sealed class SpecOptionsTests
{
    private static (string Pdf, string Docx) Texts(BulletinSpec spec)
    {
        var content = WordCases.Content(spec);
        var pdf = new PdfReadBack(WordCases.Pdf(content)).TextWithoutPageNumbers;
        using var docx = new WordReadBack(WordCases.Docx(content));
        return (pdf, WordReadBack.WithoutWhitespace(docx.Text));
    }

    [Fact]
    public void Parse_TheNewMembers_AreRead()
    {
        var spec = BulletinSpecJson.Parse("""{ "titleNumerals": "chinese", "superior": "自治区纪委监委", "typicalCasesNotice": "桂纪通〔2022〕5号", "copyTo": "" }""").GetValueOrThrow();

        spec.TitleNumerals.Should().Be(TitleNumerals.Chinese);
        spec.Superior.Should().Be("自治区纪委监委");
        spec.TypicalCasesNotice.Should().Be("桂纪通〔2022〕5号");
        spec.CopyTo.Should().BeEmpty();
        BulletinSpecJson.Parse("""{ "titleNumerals": "roman" }""").IsValid.Should().BeFalse();
    }

    [Fact]
    public void Write_TitleNumeralsChinese_TitleCountsInChineseNumerals()
    {
        var arabic = Texts(WordCases.TypicalCases);
        var chinese = Texts(WordCases.TypicalCases with { TitleNumerals = TitleNumerals.Chinese });

        arabic.Pdf.Should().Contain("关于5起").And.NotContain("关于五起");
        chinese.Pdf.Should().Contain("关于五起").And.NotContain("关于5起");
        chinese.Docx.Should().Contain("关于五起").And.NotContain("关于5起");
    }

    [Fact]
    public void Write_TitleNumeralsChineseInTraditional_TitleCountsInChineseNumerals()
    {
        Texts(WordCases.TypicalCases with { TitleNumerals = TitleNumerals.Chinese, Language = Language.ZhHant }).Pdf.Should().Contain("關於五起");
    }

    [Fact]
    public void Write_SuperiorWithoutCopyTo_CopiesToTheSuperior()
    {
        var texts = Texts(WordCases.TypicalCases with { CopyTo = null, Superior = "自治区纪委监委" });

        texts.Pdf.Should().Contain("抄送：自治区纪委监委。");
        texts.Docx.Should().Contain("抄送：自治区纪委监委。");
    }

    [Fact]
    public void Write_SuperiorWithEmptyCopyTo_PrintsNo抄送()
    {
        var texts = Texts(WordCases.TypicalCases with { CopyTo = string.Empty, Superior = "自治区纪委监委" });

        texts.Pdf.Should().NotContain("抄送").And.NotContain("自治区纪委监委");
        texts.Docx.Should().NotContain("抄送");
    }

    [Fact]
    public void Write_SuperiorAndCopyTo_TheCopyToWins()
    {
        Texts(WordCases.TypicalCases with { Superior = "自治区纪委监委" }).Pdf.Should().Contain("抄送：市委办公室。").And.NotContain("自治区纪委监委");
    }

    [Fact]
    public void Write_StatisticsWithTypicalCasesNotice_CitesTheCasesByTheDocumentNumber()
    {
        var plain = Texts(WordCases.Statistics);
        var cited = Texts(WordCases.Statistics with { TypicalCasesNotice = "桂纪通〔2022〕5号" });

        plain.Pdf.Should().NotContain("桂纪通〔2022〕5号");
        cited.Pdf.Should().MatchRegex("对监督检查中发现的典型问题，已以桂纪通〔2022〕5号文件予以通报曝光（共\\d+起），本通报不再列举。");
        cited.Docx.Should().Contain("已以桂纪通〔2022〕5号文件予以通报曝光");
        Texts(WordCases.Statistics with { TypicalCasesNotice = "桂纪通〔2022〕5号", Language = Language.English }).Pdf
            .Should().Contain("madepublicinnotice桂纪通〔2022〕5号");
    }

    [Fact]
    public void Parse_Tables_ReadsThePlacement()
    {
        BulletinSpecJson.Parse("""{ "tables": "body" }""").GetValueOrThrow().Tables.Should().Be(TablePlacement.Body);
        BulletinSpecJson.Parse("{}").GetValueOrThrow().Tables.Should().Be(TablePlacement.Annex);
        BulletinSpecJson.Parse("""{ "tables": "appendix" }""").IsValid.Should().BeFalse();
    }

    [Fact]
    public void Write_StatisticsTablesInBody_EachTableFollowsTheParagraphCitingIt()
    {
        var annexed = Texts(WordCases.Statistics);
        var inBody = Texts(WordCases.Statistics with { Tables = TablePlacement.Body });

        annexed.Pdf.Should().Contain("具体情况见附件表1。").And.Contain("附件：");
        foreach (var text in new[] { inBody.Pdf, inBody.Docx })
        {
            text.Should().Contain("具体情况见表1。").And.NotContain("附件表").And.NotContain("附件：");
            var table1 = text.IndexOf("表1", text.IndexOf("具体情况见表1。", StringComparison.Ordinal) + 7, StringComparison.Ordinal);
            var table2 = text.IndexOf("具体情况见表2。", StringComparison.Ordinal);
            table1.Should().BeGreaterThan(0, "table 1 is printed after the paragraph citing it");
            table2.Should().BeGreaterThan(table1, "and before the next summary");
            text.IndexOf("存在的主要问题", StringComparison.Ordinal).Should().BeGreaterThan(text.LastIndexOf("合计", StringComparison.Ordinal), "all tables come before the main problems");
        }
    }

    [Fact]
    public void Write_EnglishStatisticsTablesInBody_CitesTablesWithoutTheAnnex()
    {
        var pdf = Texts(WordCases.Statistics with { Tables = TablePlacement.Body, Language = Language.English }).Pdf;

        pdf.Should().Contain("Details:Table1.").And.NotContain("annex").And.NotContain("Annex");
    }
}
