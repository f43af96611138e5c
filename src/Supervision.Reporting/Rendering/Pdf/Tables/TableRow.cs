namespace Supervision.Reporting.Rendering.Pdf.Tables;

/// <summary>A row of cells whose spans add up to the column count.</summary>
internal sealed record TableRow(IReadOnlyList<TableCell> Cells)
{
    public double MinHeight { get; init; }
}
