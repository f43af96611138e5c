namespace Supervision.Reporting.Rendering.Pdf.Layout;

/// <summary>
/// Font sources for a render. <see cref="UseSystemFonts"/> off gives the same result on every
/// machine (bundled fonts plus the caller's own), which is what reproducible output needs.
/// </summary>
internal sealed record RenderOptions(IReadOnlyList<PdfFont> Fonts, bool UseSystemFonts)
{
    public static RenderOptions BundledOnly { get; } = new([], UseSystemFonts: false);
}
