namespace Supervision.Reporting.Rendering.Pdf.Layout;

/// <summary>
/// A planned, immutable piece of a block with a known height: a line of a paragraph, a table
/// row, a chart. The paginator stacks slabs onto pages; a slab that may be cut (a table row of
/// several lines) answers <see cref="Split"/>. Measuring and drawing use the same slab, so they
/// cannot disagree.
/// </summary>
internal abstract class Slab
{
    protected Slab(string path) => Path = path;

    /// <summary>Element path for error messages, e.g. Document/Table[2]/Row[57].</summary>
    public string Path { get; }

    public abstract double Height { get; }

    /// <summary>Smallest head this slab can leave on a page (its height when it cannot split).</summary>
    public virtual double MinHeight => Height;

    /// <summary>Keep on the same page as the next slab (table header rows).</summary>
    public virtual bool KeepWithNext => false;

    /// <summary>
    /// Cuts the slab so that the head is at most <paramref name="available"/> tall; null when no
    /// non-empty head fits.
    /// </summary>
    public virtual (Slab Head, Slab Tail)? Split(double available) => null;

    /// <summary>What blocks a split at the given height: the innermost element path and its height (for layout errors).</summary>
    public virtual (string Path, double Height) Obstacle(double available) => (Path, Height);

    /// <summary>Draws the slab with its top-left corner at (x, y), in a column of the given width.</summary>
    public abstract void Draw(Canvas canvas, double x, double y, double width);

    /// <summary>Text the slab draws, in reading order (used for the document identifier).</summary>
    public virtual string Fingerprint => string.Empty;

    /// <summary>
    /// Height the first slab of a sequence needs on its page: the slab, every following slab it is kept
    /// with, and the first part of the slab after them (a table header with its first row, which is kept
    /// with the second). The paginator and block-level keep-with-next use this one rule.
    /// </summary>
    public static double KeptHeight(IEnumerable<Slab> slabs)
    {
        double need = 0;
        Slab? previous = null;
        int index = 0;
        foreach (var slab in slabs)
        {
            if (previous is { KeepWithNext: false })
            {
                break;
            }

            bool chained = slab.KeepWithNext && index < 8;
            need += index == 0 || chained ? slab.Height : slab.MinHeight;
            previous = chained || index == 0 ? slab : null;
            if (index > 0 && !chained)
            {
                break;
            }

            index++;
        }

        return need;
    }
}
