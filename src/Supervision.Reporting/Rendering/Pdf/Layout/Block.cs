namespace Supervision.Reporting.Rendering.Pdf.Layout;

/// <summary>
/// An immutable element of the vertical flow. Blocks hold no paging state: planning returns
/// slabs, and the <see cref="Paginator"/>'s cursor records how far they have been placed.
/// </summary>
internal abstract class Block
{
    /// <summary>Name used in element paths (Paragraph, Table, Chart …).</summary>
    public abstract string Kind { get; }

    /// <summary>Narrowest and natural widths of the content (for table columns fitted to content).</summary>
    public virtual (double Min, double Max) MeasureWidth(LayoutContext context) => (0, 0);

    public abstract BlockPlan Plan(LayoutContext context, double width, string path);
}
