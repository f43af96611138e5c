using Supervision.Reporting.Rendering.Pdf.Layout;
using Supervision.Reporting.Rendering.Pdf.Text;

namespace Supervision.Reporting.Rendering.Pdf.Official;

/// <summary>
/// The 主体 parts of a GB/T 9704 document as blocks (§7.3): title, 主送, body, headings.
/// </summary>
internal static class OfficialBlocks
{
    /// <summary>Title (标题, §7.3.1): 2号小标宋, centred, two lines below the separator; kept on one page; lines broken between words, in a 梯形 or 菱形 (<see cref="TitleLines"/>).</summary>
    public static Paragraph Title(string text) =>
        new(TitleText(text), TextStyle.Of(PdfFontRole.Title, GbT9704.Size2), new ParagraphFormat
        {
            Alignment = TextAlignment.Center,
            LinePitch = GbT9704.LinePitch * 1.2,
            SpaceBefore = 2 * GbT9704.LinePitch,
            KeepTogether = true,
            KeepWithNext = true,
            Balance = true,
        });

    /// <summary>The title with '\n' where its lines break (<see cref="TitleLines"/>): the PDF's lines, which the .docx sets too.</summary>
    public static string TitleText(string text) => TitleLines.Break(text, GbT9704.TextWidth / GbT9704.Size2, TitleAdvance);

    // Advances of the bundled title face (a 小标宋 sets CJK in full em as it does); a character it lacks counts one em.
    private static double TitleAdvance(int codePoint) =>
        Fonts.BundledFonts.SongBold.Advance(codePoint) is > 0 and var em ? em : 1;

    /// <summary>主送机关 (§7.3.2): one line below the title, flush left, ending with a full-width colon (or the Latin colon an English document gives it).</summary>
    public static Paragraph Addressee(string organs) =>
        new(Bulletins.Content.FrameText.WithColon(organs), GbT9704Templates.Body, GbT9704Templates.BodyFormat with
        {
            FirstLineIndentChars = 0,
            SpaceBefore = GbT9704.LinePitch,
            KeepWithNext = true,
        });

    /// <summary>Body paragraph (正文): 3号仿宋 on the 22 × 28 grid, indented two characters.</summary>
    public static Paragraph Body(string text) => new(text, GbT9704Templates.Body, GbT9704Templates.BodyFormat);

    /// <summary>Body paragraph of several runs (e.g. a 楷体 lead-in followed by 仿宋 text).</summary>
    public static Paragraph Body(IReadOnlyList<TextRun> runs) => new(runs, GbT9704Templates.BodyFormat);

    /// <summary>First-level heading "一、…" (§7.3.3): 3号黑体, kept with what follows.</summary>
    public static Paragraph Heading1(string text) =>
        new(text, TextStyle.Of(PdfFontRole.Heading1, GbT9704.Size3), GbT9704Templates.BodyFormat with { KeepWithNext = true });

    /// <summary>Second-level heading "（一）…": 3号楷体, kept with what follows.</summary>
    public static Paragraph Heading2(string text) =>
        new(text, TextStyle.Of(PdfFontRole.Heading2, GbT9704.Size3), GbT9704Templates.BodyFormat with { KeepWithNext = true });

    /// <summary>Formats a 成文日期 the way §7.3.5.1 wants it: Arabic numerals, no leading zeros (2022年11月30日).</summary>
    public static string Date(int year, int month, int day) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{year}年{month}月{day}日");
}
