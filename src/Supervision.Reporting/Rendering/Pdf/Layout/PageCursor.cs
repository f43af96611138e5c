namespace Supervision.Reporting.Rendering.Pdf.Layout;

/// <summary>
/// The paginator's mutable state, kept apart from the immutable blocks and slabs: the pages so
/// far, the vertical position on the current page and whether it holds content yet.
/// </summary>
internal sealed class PageCursor(double pageHeight)
{
    public List<List<PlacedSlab>> Pages { get; } = [[]];

    public double PageHeight { get; } = pageHeight;

    public double Y { get; private set; }

    /// <summary>Nothing but repeated table headers has been placed on the current page.</summary>
    public bool Fresh { get; private set; } = true;

    public double Remaining => PageHeight - Y;

    public void Place(Slab slab, bool isRepeat = false)
    {
        Pages[^1].Add(new PlacedSlab(slab, Y));
        Y += slab.Height;
        if (!isRepeat)
        {
            Fresh = false;
        }
    }

    public void PlaceAt(Slab slab, double y)
    {
        Pages[^1].Add(new PlacedSlab(slab, y));
        Y = Math.Max(Y, y + slab.Height);
        Fresh = false;
    }

    public void Advance(double space) => Y += space;

    /// <summary>
    /// Takes back up to <paramref name="count"/> slabs from the end of the current page, if they are all lines of one
    /// paragraph and the page keeps something else; the position returns to where the first of them was placed.
    /// </summary>
    public IReadOnlyList<Slab> TakeBack(int count)
    {
        var page = Pages[^1];
        int n = 0;
        while (n < count && n < page.Count - 1 && page[^(n + 1)].Slab is LineSlab line && SameParagraph(line, page[^1].Slab))
        {
            n++;
        }

        if (n == 0)
        {
            return [];
        }

        var taken = page.GetRange(page.Count - n, n);
        page.RemoveRange(page.Count - n, n);
        Y = taken[0].Y;
        return taken.Select(t => t.Slab).ToList();

        static bool SameParagraph(Slab a, Slab b) => ParagraphPath(a.Path) == ParagraphPath(b.Path);

        static string ParagraphPath(string path) => path.LastIndexOf("/Line[", StringComparison.Ordinal) is var i and >= 0 ? path[..i] : path;
    }

    /// <summary>
    /// Takes back the last <paramref name="count"/> lines of the last paragraph on the current page that has that many,
    /// with the shorter paragraphs after it (a one-line 附件说明 after the last body paragraph does not count as the
    /// body's lines); stops at anything that is not a line.
    /// </summary>
    public IReadOnlyList<Slab> TakeBackLines(int count)
    {
        var taken = new List<Slab>();
        while (true)
        {
            var more = TakeBack(count);
            taken.InsertRange(0, more);
            if (more.Count == 0 || more.Count >= count || taken.Count >= count)
            {
                return taken;
            }
        }
    }

    public void NewPage()
    {
        Pages.Add([]);
        Y = 0;
        Fresh = true;
    }
}
