namespace Supervision.Reporting.Rendering.Pdf.Layout;

/// <summary>
/// An immutable element of the vertical flow. Blocks hold no paging state: planning returns
/// slabs, and the <see cref="Paginator"/>'s cursor records how far they have been placed.
/// </summary>
internal abstract class Block
{
    /// <summary>Name used in element paths (Paragraph, Table, Chart …).</summary>
    public abstract string Kind { get; }

    public abstract BlockPlan Plan(LayoutContext context, double width, string path);
}
