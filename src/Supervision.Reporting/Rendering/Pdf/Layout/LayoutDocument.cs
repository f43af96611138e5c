namespace Supervision.Reporting.Rendering.Pdf.Layout;

/// <summary>A document to render: a page template, a vertical flow of blocks, metadata.</summary>
internal sealed record LayoutDocument(PageTemplate Template, IReadOnlyList<Block> Blocks, DocumentMetadata Metadata)
{
    /// <summary>Traditional (Taiwan) convention: 。，、；：！？ drawn centred in their em box (see <see cref="Fonts.FontSet.CentredPunctuation"/>).</summary>
    public bool CentredPunctuation { get; init; }
}
