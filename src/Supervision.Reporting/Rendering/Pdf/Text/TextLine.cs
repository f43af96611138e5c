namespace Supervision.Reporting.Rendering.Pdf.Text;

/// <summary>One set line: clusters with final positions; <see cref="Baseline"/> is measured from the top of the line box.</summary>
internal sealed record TextLine(IReadOnlyList<PlacedCluster> Clusters, double Height, double Baseline)
{
    /// <summary>Space justification added to the line in points (0 for unjustified lines); at most 1 em in body text.</summary>
    public double Spread { get; init; }

    public string Text => string.Concat(Clusters.Select(c => c.Cluster.Text));

    /// <summary>Right edge of the last cluster's cell.</summary>
    public double Right => Clusters.Count == 0 ? 0 : Clusters[^1].X + Clusters[^1].Cluster.Width;
}
