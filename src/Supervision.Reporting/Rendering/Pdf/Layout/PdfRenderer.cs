using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using Supervision.Reporting.Rendering.Pdf.Fonts;

namespace Supervision.Reporting.Rendering.Pdf.Layout;

/// <summary>
/// Plans and paginates a <see cref="LayoutDocument"/>, then draws it with PDFsharp. Pagination
/// runs to completion before any drawing, so decorations know the total page count.
/// Thread-safe: all state is local to the call.
/// </summary>
internal static class PdfRenderer
{
    public static PagedDocument Paginate(LayoutDocument document, RenderOptions options)
    {
        var fonts = options.Fonts.Count == 0 && !options.UseSystemFonts
            ? FontSet.BundledOnly
            : FontSet.Create(options.Fonts, options.UseSystemFonts);
        if (document.CentredPunctuation)
        {
            fonts = fonts.WithCentredPunctuation();
        }
        var context = new LayoutContext(fonts);
        double width = document.Template.ContentWidth;
        var plans = new List<BlockPlan>(document.Blocks.Count);
        for (int i = 0; i < document.Blocks.Count; i++)
        {
            var block = document.Blocks[i];
            string path = string.Create(CultureInfo.InvariantCulture, $"Document/{block.Kind}[{i}]");
            plans.Add(block.Plan(context, width, path));
        }

        var pages = Paginator.Paginate(plans, document.Template.ContentHeight);
        return new PagedDocument(pages, context);
    }

    public static RenderResult Render(LayoutDocument document, Stream output, RenderOptions options)
    {
        ArgumentNullException.ThrowIfNull(output);
        FontRegistry.EnsureInstalled();
        var paged = Paginate(document, options);
        var template = document.Template;
        using var pdf = new PdfDocument();
        pdf.Options.CompressContentStreams = true;
        pdf.Options.NoCompression = false;
        pdf.Options.FlateEncodeMode = PdfFlateEncodeMode.BestCompression;
        var fontCache = new Dictionary<(string, double, bool), XFont>();
        int total = paged.Pages.Count;
        var fingerprint = new StringBuilder();
        for (int p = 0; p < total; p++)
        {
            var page = pdf.AddPage();
            page.Width = XUnit.FromPoint(template.PageWidth);
            page.Height = XUnit.FromPoint(template.PageHeight);
            using var gfx = XGraphics.FromPdfPage(page);

            // A page that draws nothing (the blank page before a 版记) would get an empty content stream, which
            // PDFsharp deflates to a bare zlib header that readers reject ("bad block header"): give it a no-op.
            gfx.Save();
            gfx.Restore();
            var canvas = new Canvas(gfx, fontCache);
            foreach (var placed in paged.Pages[p])
            {
                placed.Slab.Draw(canvas, template.MarginLeft, template.MarginTop + placed.Y, template.ContentWidth);
                fingerprint.Append(placed.Slab.Fingerprint).Append('\n');
            }

            bool blank = paged.Pages[p].Count == 0 && total > 1;
            var info = new PageInfo(p + 1, total) { Numbered = !blank && !(p > 0 && paged.Pages[p - 1].Count == 0) };
            foreach (var decoration in template.Decorations)
            {
                decoration.Draw(canvas, paged.Context, template, info);
            }
        }

        byte[] seed = SetMetadata(pdf, document.Metadata, fingerprint.ToString(), total);
        using var buffer = new MemoryStream();
        pdf.Save(buffer, closeStream: false);
        byte[] bytes = buffer.ToArray();
        DeterministicOutput.Normalize(bytes, seed);
        output.Write(bytes);
        return new RenderResult(total, paged.Context.Warnings.AsReadOnly());
    }

    private static byte[] SetMetadata(PdfDocument pdf, DocumentMetadata meta, string fingerprint, int pages)
    {
        pdf.Info.Title = meta.Title;
        pdf.Info.Author = meta.Author;
        pdf.Info.Subject = meta.Subject;
        pdf.Info.Keywords = meta.Keywords;
        pdf.Info.Creator = meta.Creator;
        string date = PdfDate(meta.CreationDate);
        pdf.Info.Elements.SetString("/CreationDate", date);
        pdf.Info.Elements.SetString("/ModDate", date);

        // PDFsharp draws the file identifier from Guid.NewGuid(); derive it from the content
        // instead, so that the same input gives the same bytes (ISO 32000 §14.4 only asks that
        // different files get different identifiers).
        string seed = string.Join('\u001F', meta.Title, meta.Author, meta.Subject, meta.Keywords, meta.Creator, date,
            pages.ToString(CultureInfo.InvariantCulture), fingerprint);
        byte[] hash = SHA256.HashData(Encoding.UTF8.GetBytes(seed));
        string id = Encoding.Latin1.GetString(hash, 0, 16);
        pdf.Internals.FirstDocumentID = id;
        pdf.Internals.SecondDocumentID = id;
        return hash;
    }

    private static string PdfDate(DateTimeOffset d)
    {
        var offset = d.Offset;
        string sign = offset < TimeSpan.Zero ? "-" : "+";
        var abs = offset.Duration();
        return string.Create(CultureInfo.InvariantCulture, $"D:{d:yyyyMMddHHmmss}{sign}{abs.Hours:00}'{abs.Minutes:00}'");
    }
}
