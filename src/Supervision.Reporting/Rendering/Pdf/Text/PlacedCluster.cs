namespace Supervision.Reporting.Rendering.Pdf.Text;

/// <summary>A cluster at its horizontal position (points from the left edge of the line box).</summary>
internal readonly record struct PlacedCluster(Cluster Cluster, double X);
