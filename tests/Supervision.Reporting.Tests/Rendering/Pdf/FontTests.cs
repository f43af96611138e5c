using Supervision.Reporting.Rendering.Pdf;
using Supervision.Reporting.Rendering.Pdf.Fonts;
using Supervision.Reporting.Rendering.Pdf.Layout;
using static Supervision.Reporting.Tests.Rendering.Pdf.PdfTestKit;

namespace Supervision.Reporting.Tests.Rendering.Pdf;

public sealed class FontTests
{
    [Fact]
    public void Render_CharacterNoFontHas_IsReportedWithCodePointAndPath()
    {
        var (bytes, result) = Render([Body("吉祥的𠮷字")]);

        result.Warnings.Should().ContainSingle(w => w.CodePoint == 0x20BB7);
        result.Warnings[0].Path.Should().StartWith("Document/Paragraph[0]");
        using var pdf = Open(bytes);
        string text = string.Concat(pdf.GetPage(1).Letters.Select(l => l.Value));
        text.Should().Contain("吉祥的〓字", "the missing character is replaced by the geta mark, not an empty box");
    }

    [Theory]
    [InlineData("😀", 0x1F600)]
    [InlineData("㐀", 0x3400)]
    public void Render_EmojiOrRareHanzi_IsReportedNotDrawnAsEmptyBox(string text, int codePoint)
    {
        var (bytes, result) = Render([Body("前" + text + "后")]);

        result.Warnings.Select(w => w.CodePoint).Should().Equal(codePoint);
        using var pdf = Open(bytes);
        string.Concat(pdf.GetPage(1).Letters.Select(l => l.Value)).Should().Contain("前〓后");
    }

    [Fact]
    public void Render_TongyongGuifanHanzibiaoLevel3Character_IsInTheBundledSong()
    {
        // 䶮 (U+4DAE, 通用规范汉字表 no. 6814) is outside GB 2312 but inside the bundled subset.
        var (_, result) = Render([Body("刘䶮")]);

        result.Warnings.Should().BeEmpty();
    }

    [Fact]
    public void FontSet_Level3CharacterInKaiHeading_FallsBackToSongForThatCharacterOnly()
    {
        FontSet.BundledOnly.Resolve(PdfFontRole.Heading2, '棪')!.FamilyName.Should().Be("Supervision Song");
        FontSet.BundledOnly.Resolve(PdfFontRole.Heading2, '棋')!.FamilyName.Should().Be("Supervision Kai");
    }

    [Fact]
    public void Render_CommonText_ProducesNoWarnings()
    {
        var (_, result) = Render([Body("桂纪通〔2022〕12号：整改率79.3%，“四种形态”——第一种形态；℃×÷±①⑳。")]);

        result.Warnings.Should().BeEmpty();
    }

    [Theory]
    [InlineData(PdfFontRole.Body, "Supervision Song")]
    [InlineData(PdfFontRole.Title, "Supervision Song")]
    [InlineData(PdfFontRole.Heading1, "Supervision Hei")]
    [InlineData(PdfFontRole.Heading2, "Supervision Kai")]
    public void FontSet_BundledOnly_ServesEachRoleWithItsBundledFace(PdfFontRole role, string family)
    {
        FontSet.BundledOnly.Primary(role).FamilyName.Should().Be(family);
        FontSet.BundledOnly.Resolve(role, '监')!.FamilyName.Should().Be(family);
    }

    [Fact]
    public void FontSet_CharacterMissingFromRoleFont_FallsBackToAnotherBundledFace()
    {
        // LXGW WenKai's subset lacks some symbols the Noto subsets have; whichever face is chosen must have the glyph.
        foreach (int cp in "①⑳℃×".Select(c => (int)c))
        {
            var face = FontSet.BundledOnly.Resolve(PdfFontRole.Heading2, cp);
            face.Should().NotBeNull();
            face!.HasGlyph(cp).Should().BeTrue();
        }

        FontSet.BundledOnly.Resolve(PdfFontRole.Body, 0x20BB7).Should().BeNull();
    }

    [Fact]
    public void PdfFont_FromBytesOfTtcCollection_ExtractsTheChosenFace()
    {
        // Build a two-face collection from the bundled fonts, the way a .ttc is laid out.
        byte[] ttc = TtcBuilder.Build(BundledFonts.Hei.Data, BundledFonts.Kai.Data);

        var font = PdfFont.FromBytes(PdfFontRole.Heading2, ttc, faceIndex: 1);

        font.FamilyName.Should().Be("Supervision Kai");
        font.Face.HasGlyph('楷').Should().BeTrue();
    }

    [Fact]
    public void PdfFont_FromBytesOfGarbage_ThrowsArgumentException()
    {
        var act = () => PdfFont.FromBytes(PdfFontRole.Body, new byte[100]);

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Render_UserFontRegisteredForRole_IsUsedBeforeBundledFace()
    {
        var kaiAsBody = PdfFont.FromBytes(PdfFontRole.Body, BundledFonts.Kai.Data);

        var (bytes, _) = Render([Body("正文用户字体")], options: new RenderOptions([kaiAsBody], UseSystemFonts: false));

        using var pdf = Open(bytes);
        pdf.GetPage(1).Letters.Where(l => l.Value == "正").Should().OnlyContain(l => l.FontName != null && l.FontName.EndsWith("Supervision Kai", StringComparison.Ordinal));
    }
}
