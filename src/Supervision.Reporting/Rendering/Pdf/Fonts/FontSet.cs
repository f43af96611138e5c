namespace Supervision.Reporting.Rendering.Pdf.Fonts;

/// <summary>
/// The font chain of every role for one render: fonts the caller registered, then installed
/// fonts by family name (optional), then the bundled fonts. A character is drawn with the first
/// face of its role's chain that has it (per-character fallback).
/// </summary>
internal sealed class FontSet
{
    /// <summary>Family names that Chinese offices install, by role, in order of preference.</summary>
    private static readonly Dictionary<PdfFontRole, string[]> SystemFamilies = new()
    {
        // Only heavier Song faces: the bundled bold Song is a closer stand-in for 小标宋 than a regular 宋体.
        [PdfFontRole.Title] = ["方正小标宋简体", "方正小标宋_GBK", "FZXiaoBiaoSong-B05S", "FZXiaoBiaoSong-B05", "华文中宋", "STZhongsong"],
        [PdfFontRole.Body] = ["仿宋_GB2312", "FangSong_GB2312", "仿宋", "FangSong", "华文仿宋", "STFangsong"],
        [PdfFontRole.Heading1] = ["黑体", "SimHei", "华文黑体", "STHeiti"],
        [PdfFontRole.Heading2] = ["楷体_GB2312", "KaiTi_GB2312", "楷体", "KaiTi", "华文楷体", "STKaiti"],
        [PdfFontRole.PageNumber] = ["宋体", "SimSun", "华文宋体", "STSong"],
        [PdfFontRole.Table] = ["仿宋_GB2312", "FangSong_GB2312", "仿宋", "FangSong", "华文仿宋", "STFangsong"],
    };

    private static readonly Lazy<FontSet> BundledOnlySet = new(() => Create([], useSystemFonts: false));

    private readonly FontFace[][] _chains;

    private FontSet(FontFace[][] chains, bool centredPunctuation = false)
    {
        _chains = chains;
        CentredPunctuation = centredPunctuation;
    }

    /// <summary>
    /// Whether 。，、；：！？ are drawn centred in their em box, as Traditional Chinese (Taiwan) sets them. The bundled
    /// (Simplified) faces draw them at the bottom left; a face's zh-TW forms would be a glyph substitution, which
    /// the subset faces do not keep, so the layout moves the glyph instead (advance unchanged).
    /// </summary>
    public bool CentredPunctuation { get; }

    /// <summary>The same faces with Traditional punctuation positions.</summary>
    public FontSet WithCentredPunctuation() => CentredPunctuation ? this : new FontSet(_chains, centredPunctuation: true);

    /// <summary>Bundled fonts only: what a bare container gets, and what reproducible tests use.</summary>
    public static FontSet BundledOnly => BundledOnlySet.Value;

    public static FontSet Create(IReadOnlyList<PdfFont> userFonts, bool useSystemFonts)
    {
        var roles = Enum.GetValues<PdfFontRole>();
        var chains = new FontFace[roles.Length][];
        foreach (var role in roles)
        {
            var chain = new List<FontFace>();
            void Add(FontFace? face)
            {
                if (face is not null && !chain.Exists(f => f.Key == face.Key))
                {
                    chain.Add(face);
                }
            }

            foreach (var user in userFonts.Where(u => u.Role == role))
            {
                Add(user.Face);
            }

            if (role == PdfFontRole.Table)
            {
                foreach (var user in userFonts.Where(u => u.Role == PdfFontRole.Body))
                {
                    Add(user.Face);
                }
            }

            if (useSystemFonts)
            {
                foreach (string family in SystemFamilies[role])
                {
                    Add(SystemFontCatalog.Find(family));
                }
            }

            Add(role switch
            {
                PdfFontRole.Title => BundledFonts.SongBold,
                PdfFontRole.Heading1 => BundledFonts.Hei,
                PdfFontRole.Heading2 => BundledFonts.Kai,
                _ => BundledFonts.Song,
            });

            // Last resort for characters the role's own fonts lack: any font that has them.
            foreach (var user in userFonts)
            {
                Add(user.Face);
            }

            Add(BundledFonts.Song);
            Add(BundledFonts.Hei);
            Add(BundledFonts.Kai);
            chains[(int)role] = [.. chain];
        }

        foreach (var face in chains.SelectMany(c => c))
        {
            FontRegistry.Register(face);
        }

        return new FontSet(chains);
    }

    /// <summary>The role's preferred face (used for metrics such as ascent).</summary>
    public FontFace Primary(PdfFontRole role) => _chains[(int)role][0];

    /// <summary>The first face of the role's chain that has the character; null when no font has it.</summary>
    public FontFace? Resolve(PdfFontRole role, int codePoint)
    {
        var chain = _chains[(int)role];
        for (int i = 0; i < chain.Length; i++)
        {
            if (chain[i].HasGlyph(codePoint))
            {
                return chain[i];
            }
        }

        return null;
    }
}
