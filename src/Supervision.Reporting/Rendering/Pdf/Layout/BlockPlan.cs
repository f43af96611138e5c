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

    /// <summary>Placed at the bottom of the text area of the page where it falls (版记).</summary>
    public bool AnchorBottom { get; init; }

    /// <summary>Slabs repeated at the top of every page this block continues on (table header rows).</summary>
    public IReadOnlyList<Slab> RepeatOnNewPage { get; init; } = [];

    public double TotalHeight => Slabs.Sum(s => s.Height);

    public double FirstMinHeight => Slabs.Count == 0 ? 0 : Slabs.Count == 1 ? Slabs[0].MinHeight : Slab.KeptHeight(Slabs);
}
