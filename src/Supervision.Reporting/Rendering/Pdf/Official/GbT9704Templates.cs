using Supervision.Reporting.Rendering.Pdf.Layout;
using Supervision.Reporting.Rendering.Pdf.Text;

namespace Supervision.Reporting.Rendering.Pdf.Official;

/// <summary>Page template and text styles of a GB/T 9704 document.</summary>
internal static class GbT9704Templates
{
    /// <summary>A4, 37/28/26/35 mm margins, "— n —" page numbers odd right / even left.</summary>
    public static PageTemplate Page { get; } = new(GbT9704.PageWidth, GbT9704.PageHeight, GbT9704.MarginTop, GbT9704.MarginLeft, GbT9704.MarginRight, GbT9704.MarginBottom)
    {
        Decorations = [new PageNumberDecoration()],
    };

    public static TextStyle Body { get; } = TextStyle.Of(PdfFontRole.Body, GbT9704.Size3);

    /// <summary>Body paragraph on the 22 × 28 grid: indent 2 cells, justified.</summary>
    public static ParagraphFormat BodyFormat { get; } = new()
    {
        Alignment = TextAlignment.Justify,
        FirstLineIndentChars = 2,
        LinePitch = GbT9704.LinePitch,
        GridPitch = GbT9704.CharPitch,
        EmBoxAtTop = true,
    };
}
