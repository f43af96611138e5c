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

    /// <summary>Slabs repeated at the top of every page this block continues on (table header rows).</summary>
    public IReadOnlyList<Slab> RepeatOnNewPage { get; init; } = [];

    public double TotalHeight => Slabs.Sum(s => s.Height);

    public double FirstMinHeight => Slabs.Count == 0 ? 0 : Slabs.Count == 1 ? Slabs[0].MinHeight : Slab.KeptHeight(Slabs);
}
