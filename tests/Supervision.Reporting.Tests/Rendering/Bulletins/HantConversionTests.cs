using CsCheck;
using Supervision.Reporting.Domain;
using Supervision.Reporting.Rendering.Pdf.Bulletins;
using Supervision.Reporting.Rendering.Pdf.Bulletins.Content;
using Supervision.Reporting.Rendering.Pdf.Fonts;
using Supervision.Reporting.Tests.Support;

namespace Supervision.Reporting.Tests.Rendering.Bulletins;

// zh-Hant bulletins: OpenCC's s2t phrase conversion (HantCharacters) applied to the whole composed content.
public sealed class HantConversionTests
{
    private static (PdfReadBack Pdf, BulletinResult Result) Render(BulletinSpec spec)
    {
        using var stream = new MemoryStream();
        var result = Bulletin.Write(Example.Guilin, stream, spec with { UseSystemFonts = false });
        return (new PdfReadBack(stream.ToArray()), result);
    }

    [Theory]
    [InlineData("台账", "台賬")]          // the supplement: OpenCC alone gives 臺賬
    [InlineData("问题", "問題")]
    [InlineData("发现", "發現")]
    [InlineData("头发", "頭髮")]          // one 发, two Traditional characters: the word decides
    [InlineData("干部", "幹部")]
    [InlineData("干净", "乾淨")]
    [InlineData("恢复车辆通行", "恢復車輛通行")]
    [InlineData("未被发现", "未被發現")]  // 被发 must not be taken for a word
    [InlineData("管控台账和工作", "管控台賬和工作")]
    [InlineData("落实“日报制”和‘三督三查’", "落實「日報制」和『三督三查』")]
    [InlineData("𠮷野家 ABC 123", "𠮷野家 ABC 123")]
    public void HantCharacters_Convert_Phrase_TakesTheWordsTraditionalForm(string simplified, string traditional) =>
        HantCharacters.Convert(simplified).Should().Be(traditional);

    [Fact]
    public void HantCharacters_Convert_ConvertedText_IsUnchanged()
    {
        // Text drawn from the example round's own words, cut at random places: the conversion is stable.
        string source = string.Concat(Example.Guilin.Findings.Select(f => f.Summary + f.Description));
        Gen.Select(Gen.Int[0, source.Length - 1], Gen.Int[1, 200]).Sample((start, length) =>
        {
            string text = source.Substring(start, Math.Min(length, source.Length - start));
            string once = HantCharacters.Convert(text);
            HantCharacters.Convert(once).Should().Be(once);
            once.Length.Should().Be(text.Length, "s2t maps each character to one character");
        }, iter: 300, threads: 1);
    }

    [Fact]
    public void HantCharacters_Convert_EveryGb2312Character_HasAGlyphInEveryBundledFace()
    {
        var gb2312 = System.Text.CodePagesEncodingProvider.Instance.GetEncoding(936)!;
        var missing = new List<string>();
        for (int hi = 0xB0; hi <= 0xF7; hi++)
        {
            for (int lo = 0xA1; lo <= 0xFE; lo++)
            {
                string s = gb2312.GetString([(byte)hi, (byte)lo]);
                // Only GB 2312's hanzi: GBK, which decodes these bytes, fills GB 2312's unassigned cells with private-use characters.
                if (s.Length != 1 || s[0] is < '\u4E00' or > '\u9FFF')
                {
                    continue;
                }

                foreach (var rune in HantCharacters.Convert(s).EnumerateRunes())
                {
                    foreach (var face in new[] { BundledFonts.Song, BundledFonts.Hei, BundledFonts.Kai, BundledFonts.SongBold })
                    {
                        if (!face.HasGlyph(rune.Value))
                        {
                            missing.Add($"{s}→{rune} ({face.FamilyName})");
                        }
                    }
                }
            }
        }

        missing.Should().BeEmpty();
    }

    [Fact]
    public void Write_ZhHantTypicalCases_TextConvertedAgain_IsUnchanged()
    {
        var (pdf, result) = Render(new BulletinSpec { Language = Language.ZhHant, DocumentNumber = "桂紀通〔2022〕12號" });
        string text = pdf.TextWithoutPageNumbers;

        result.Warnings.Should().BeEmpty("the bundled fonts have every character the converted text needs");
        HantCharacters.Convert(text).Should().Be(text);

        // The round's own text is converted, word by word, not only the library's wording.
        text.Should().Contain("全州縣黃沙河鎮高速路口疫情防控臨時檢查站未對過往車輛應檢盡檢問題")
            .And.Contain("發現").And.Contain("覈查").And.NotContain("臺賬")
            .And.NotContain("问题").And.NotContain("发现").And.NotContain("“");
    }

    [Fact]
    public void Write_ZhHantStatistics_TextConvertedAgain_IsUnchanged()
    {
        var (pdf, result) = Render(new BulletinSpec { Language = Language.ZhHant, Kind = BulletinKind.Statistics });
        string text = pdf.TextWithoutPageNumbers;

        result.Warnings.Should().BeEmpty();
        HantCharacters.Convert(text).Should().Be(text);
        text.Should().Contain("監督檢查組");
    }

    [Fact]
    public void Write_ZhHantKeepingDataAsEntered_ConvertsOnlyTheLibrarysWording()
    {
        var (pdf, _) = Render(new BulletinSpec { Language = Language.ZhHant, KeepDataAsEntered = true });
        string text = pdf.TextWithoutPageNumbers;

        text.Should().Contain("全州县黄沙河镇高速路口疫情防控临时检查站", "the data is kept as entered")
            .And.Contain("典型問題通報如下", "the library's own wording is still Traditional");
    }
}
