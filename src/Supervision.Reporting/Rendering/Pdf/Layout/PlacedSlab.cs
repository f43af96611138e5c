namespace Supervision.Reporting.Rendering.Pdf.Layout;

/// <summary>A slab at its position in the text area (points from the area's top-left corner).</summary>
internal readonly record struct PlacedSlab(Slab Slab, double Y);
