namespace Supervision.Reporting.Rendering.Pdf.Layout;

/// <summary>
/// The measured form of a block at a given width: its slabs and the rules for placing them.
/// </summary>
internal sealed record BlockPlan(IReadOnlyList<Slab> Slabs)
{
    public double SpaceBefore { get; init; }

    public double SpaceAfter { get; init; }

    public bool KeepWithNext { get; init; }

    public bool KeepTogether { get; init; }

    public bool PageBreakBefore { get; init; }

    /// <summary>
    /// The line pitch of a grid paragraph (GB/T 9704 body text): its first line is placed on the page's line
    /// grid, measured from the top of the text area, so that text after a 版头, a title, a table or a chart
    /// lines up with the lines of every other page. Null for blocks that are not on the grid.
    /// </summary>
    public double? GridLinePitch { get; init; }

    /// <summary>Placed at the bottom of the text area of the page where it falls (版记).</summary>
    public bool AnchorBottom { get; init; }

    /// <summary>
    /// An anchored block goes on an even page (版记 on the back of the last sheet, GB/T 9704 §7.4), after a blank
    /// page when the content ends on an even page that cannot hold it.
    /// </summary>
    public bool EvenPage { get; init; }

    /// <summary>
    /// A kept block that never stands alone at the top of a page (落款, §7.3.5): when it does not fit, its space
    /// before shrinks to <see cref="MinSpaceBefore"/> first, and only then it takes this many of the previous
    /// paragraph's last lines to the next page with it (with the one-line paragraphs after them, such as a 附件说明:
    /// they are not the body's lines).
    /// </summary>
    public int KeepWithPreviousLines { get; init; }

    /// <summary>The least space before the block when room is short (see <see cref="KeepWithPreviousLines"/>).</summary>
    public double MinSpaceBefore { get; init; }

    /// <summary>Slabs repeated at the top of every page this block continues on (table header rows).</summary>
    public IReadOnlyList<Slab> RepeatOnNewPage { get; init; } = [];

    public double TotalHeight => Slabs.Sum(s => s.Height);

    public double FirstMinHeight => Slabs.Count == 0 ? 0 : Slabs.Count == 1 ? Slabs[0].MinHeight : Slab.KeptHeight(Slabs);
}
