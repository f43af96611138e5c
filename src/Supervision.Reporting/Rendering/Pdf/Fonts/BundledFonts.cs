namespace Supervision.Reporting.Rendering.Pdf.Fonts;

/// <summary>The OFL fonts embedded in the assembly (see Bundled/README.md), loaded once on first use.</summary>
internal static class BundledFonts
{
    private static readonly Lazy<FontFace> SongFace = new(() => Load("SupervisionSong-Regular.ttf"));
    private static readonly Lazy<FontFace> SongBoldFace = new(() => Load("SupervisionSong-Bold.ttf"));
    private static readonly Lazy<FontFace> HeiFace = new(() => Load("SupervisionHei-Regular.ttf"));
    private static readonly Lazy<FontFace> KaiFace = new(() => Load("SupervisionKai-Regular.ttf"));

    /// <summary>Noto Serif SC subset: stands in for 宋体 and 仿宋.</summary>
    public static FontFace Song => SongFace.Value;

    /// <summary>Noto Serif SC Bold subset: stands in for 小标宋, the heavier Song face of the 2号 title.</summary>
    public static FontFace SongBold => SongBoldFace.Value;

    /// <summary>Noto Sans SC subset: stands in for 黑体.</summary>
    public static FontFace Hei => HeiFace.Value;

    /// <summary>LXGW WenKai subset: stands in for 楷体.</summary>
    public static FontFace Kai => KaiFace.Value;

    private static FontFace Load(string file)
    {
        string name = "Supervision.Reporting.Fonts." + file;
        using var stream = typeof(BundledFonts).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded font resource '{name}' is missing from the assembly.");
        using var buffer = new MemoryStream((int)stream.Length);
        stream.CopyTo(buffer);
        return FontFace.TryLoad(buffer.ToArray(), "sr-bundled-")
            ?? throw new InvalidOperationException($"Embedded font resource '{name}' is not a TrueType font.");
    }
}
