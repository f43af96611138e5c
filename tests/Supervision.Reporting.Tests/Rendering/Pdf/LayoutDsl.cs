using Supervision.Reporting.Rendering.Pdf.Layout;
using Supervision.Reporting.Rendering.Pdf.Tables;

namespace Supervision.Reporting.Tests.Rendering.Pdf;

/// <summary>
/// A tiny layout DSL: placeholder blocks of given heights on a page whose text area is
/// 180 × 100 pt, and a readable summary of where everything landed.
/// </summary>
internal static class LayoutDsl
{
    public static readonly PageTemplate SmallPage = new(200, 200, 50, 10, 10, 50);

    public static readonly TableStyle Bare = new() { BorderThickness = 0, PaddingX = 0, PaddingY = 0, CenterVertically = false };

    public static Placeholder Box(string label, double height, int lines = 1, bool keepWithNext = false) =>
        new(height, lines) { Label = label, KeepWithNext = keepWithNext };

    public static Table Table(double headerHeight, params Block[] rows) =>
        new([TableColumn.Relative()], [new TableRow([new TableCell(Box("H", headerHeight))])], rows.Select(r => new TableRow([new TableCell(r)])).ToList())
        {
            Style = Bare,
        };

    /// <summary>Pages as lists of "label@y" (y rounded to whole points; table rows show their cell labels).</summary>
    public static List<List<string>> Layout(params Block[] blocks)
    {
        var doc = new LayoutDocument(SmallPage, blocks, PdfTestKit.Meta);
        var paged = PdfRenderer.Paginate(doc, RenderOptions.BundledOnly);
        return paged.Pages
            .Select(p => p.Select(s => s.Slab.Fingerprint.Replace("|", string.Empty, StringComparison.Ordinal) + "@" + Math.Round(s.Y).ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList())
            .ToList();
    }
}
