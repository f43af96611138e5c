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

    public void NewPage()
    {
        Pages.Add([]);
        Y = 0;
        Fresh = true;
    }
}
