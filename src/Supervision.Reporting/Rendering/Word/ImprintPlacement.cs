using System.Globalization;
using Supervision.Reporting.Rendering.Pdf.Bulletins;
using Supervision.Reporting.Rendering.Pdf.Bulletins.Content;
using Supervision.Reporting.Rendering.Pdf.Layout;

namespace Supervision.Reporting.Rendering.Word;

/// <summary>
/// Where the PDF layout of the same content puts the 版记 (GB/T 9704 §7.4), so that the .docx follows the one
/// decision: <see cref="OwnPage"/> when it stands on a page after the last text page (the text ended on an odd page,
/// or on a full even page and a blank page came between), else at the foot of the last text page, which is even;
/// <see cref="BlankBefore"/> when a blank page comes before it (then neither page is numbered, §7.5).
/// <see cref="CopyToLines"/> is how many lines the 抄送 takes (0 without one), which sizes the 版记's table.
/// <see cref="LastPageStart"/>: the caption of the table or chart the PDF's last text page begins with — the .docx
/// starts it on a new page too, since the word processor sets tables and charts more tightly
/// than the PDF (no 续表 lines, rows and plots of other heights) and would otherwise end a page early, on an odd page.
/// </summary>
internal readonly record struct ImprintPlacement(bool OwnPage, bool BlankBefore, int CopyToLines, string? LastPageStart = null)
{
    public static ImprintPlacement Of(BulletinContent content, byte[]? sealPng)
    {
        var document = BulletinLayout.Document(content, sealPng ?? []);
        var pages = PdfRenderer.Paginate(document, RenderOptions.BundledOnly).Pages;
        int index = document.Blocks.ToList().FindLastIndex(b => b is Pdf.Official.Imprint);
        if (index < 0)
        {
            return new ImprintPlacement(false, false, 0);
        }

        string path = string.Create(CultureInfo.InvariantCulture, $"Document/{document.Blocks[index].Kind}[{index}]");
        var last = pages[^1];
        bool own = pages.Count > 1 && last.All(s => Within(s.Slab.Path, path));
        int copyTo = last.Count(s => s.Slab is LineSlab && Within(s.Slab.Path, path + "/CopyTo"));
        bool blank = own && pages.Count > 2 && pages[^2].Count == 0;
        int text = pages.Count - (own ? (blank ? 3 : 2) : 1);
        return new ImprintPlacement(own, blank, copyTo, text < 1 ? null : StartingCaption(document, pages[text]));

        static string? StartingCaption(LayoutDocument document, IReadOnlyList<PlacedSlab> page)
        {
            // The page's first slab: the whole chart, or the first line of a table's caption.
            string path = page.Count == 0 ? string.Empty : page.MinBy(s => s.Y)!.Slab.Path;
            var match = System.Text.RegularExpressions.Regex.Match(path, @"^Document/(\w+)\[(\d+)\](/Line\[0\])?$", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1));
            if (!match.Success)
            {
                return null;
            }

            int block = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
            return document.Blocks[block] switch
            {
                Pdf.Charts.Chart chart when !match.Groups[3].Success => chart.Title,
                Pdf.Layout.Paragraph caption when match.Groups[3].Success && block + 1 < document.Blocks.Count && document.Blocks[block + 1] is Pdf.Tables.Table =>
                    string.Concat(caption.Runs.Select(r => r.Text)),
                _ => null,
            };
        }

        static bool Within(string slab, string block) =>
            slab == block || slab.StartsWith(block + "/", StringComparison.Ordinal);
    }
}
