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
}
