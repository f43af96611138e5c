using DocumentFormat.OpenXml.Wordprocessing;

namespace Supervision.Reporting.Rendering.Word;

// The official faces of GB/T 9704 by role, with the alternative each font table entry names (w:altName) and the
// PANOSE class that lets Word, WPS and LibreOffice substitute a face of the same kind when the official one is
// missing: an office PC with 仿宋_GB2312 renders exactly, one with only the Windows 仿宋 (FangSong) or a Linux
// CJK serif still sets a 仿宋-like body.
internal static class WordFonts
{
    public const string Body = "仿宋_GB2312";

    public const string Title = "方正小标宋简体";

    public const string Heading1 = "黑体";

    public const string Heading2 = "楷体_GB2312";

    public const string Heading3 = "仿宋_GB2312";

    public const string PageNumber = "宋体";

    // Latin letters and figures: GB/T 9704 leaves them to the office; Times New Roman is what offices use.
    public const string Latin = "Times New Roman";

    private static readonly (string Name, string AltName, string Panose, string Family)[] Table =
    [
        (Body, "仿宋", "02010609030101010101", "modern"),
        ("仿宋", "FangSong", "02010609060101010101", "modern"),
        (Title, "华文中宋", "02000000000000000000", "script"),
        (Heading1, "SimHei", "02010609060101010101", "modern"),
        (Heading2, "楷体", "02010609030101010101", "modern"),
        ("楷体", "KaiTi", "02010609060101010101", "modern"),
        (PageNumber, "SimSun", "02010600030101010101", "auto"),
        (Latin, "Liberation Serif", "02020603050405020304", "roman"),
    ];

    public static RunFonts For(string face) => new()
    {
        EastAsia = face,
        Ascii = Latin,
        HighAnsi = Latin,
        ComplexScript = Latin,
        Hint = FontTypeHintValues.EastAsia,
    };

    public static Fonts FontTable()
    {
        var fonts = new Fonts();
        foreach (var (name, alt, panose, family) in Table)
        {
            bool cjk = family != "roman";
            fonts.Append(new Font(
                new AltName { Val = alt },
                new Panose1Number { Val = panose },
                new FontCharSet { Val = cjk ? "86" : "00" },
                new FontFamily { Val = family switch { "modern" => FontFamilyValues.Modern, "script" => FontFamilyValues.Script, "roman" => FontFamilyValues.Roman, _ => FontFamilyValues.Auto } },
                new Pitch { Val = FontPitchValues.Variable })
            { Name = name });
        }

        return fonts;
    }
}
