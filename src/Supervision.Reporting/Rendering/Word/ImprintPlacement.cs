using System.Globalization;
using Supervision.Reporting.Rendering.Pdf.Bulletins;
using Supervision.Reporting.Rendering.Pdf.Bulletins.Content;
using Supervision.Reporting.Rendering.Pdf.Layout;

namespace Supervision.Reporting.Rendering.Word;

/// <summary>
/// Where the PDF layout of the same content puts the 版记 (GB/T 9704 §7.4), so that the .docx follows the one
/// decision: <see cref="OwnPage"/> when it stands on a page after the last text page (the text ended on an odd page,
/// or on a full even page and a blank page came between), else at the foot of the last text page, which is even.
/// <see cref="CopyToLines"/> is how many lines the 抄送 takes (0 without one), which sizes the 版记's table.
/// </summary>
internal readonly record struct ImprintPlacement(bool OwnPage, int CopyToLines)
{
    public static ImprintPlacement Of(BulletinContent content, byte[]? sealPng)
    {
        var document = BulletinLayout.Document(content, sealPng ?? []);
        var pages = PdfRenderer.Paginate(document, RenderOptions.BundledOnly).Pages;
        int index = document.Blocks.ToList().FindLastIndex(b => b is Pdf.Official.Imprint);
        if (index < 0)
        {
            return new ImprintPlacement(false, 0);
        }

        string path = string.Create(CultureInfo.InvariantCulture, $"Document/{document.Blocks[index].Kind}[{index}]");
        var last = pages[^1];
        bool own = pages.Count > 1 && last.All(s => Within(s.Slab.Path, path));
        int copyTo = last.Count(s => s.Slab is LineSlab && Within(s.Slab.Path, path + "/CopyTo"));
        return new ImprintPlacement(own, copyTo);

        static bool Within(string slab, string block) =>
            slab == block || slab.StartsWith(block + "/", StringComparison.Ordinal);
    }
}
