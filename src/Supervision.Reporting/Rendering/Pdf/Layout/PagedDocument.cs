namespace Supervision.Reporting.Rendering.Pdf.Layout;

/// <summary>The outcome of pagination, before drawing: slabs per page (positions relative to the text area).</summary>
internal sealed record PagedDocument(IReadOnlyList<IReadOnlyList<PlacedSlab>> Pages, LayoutContext Context);
