using Supervision.Reporting.Rendering.Pdf.Layout;

namespace Supervision.Reporting.Rendering.Pdf.Tables;

/// <summary>
/// All header rows of a table whose header has row spans: one slab, never split, kept with the
/// first body row and repeated on every page. A spanning cell taller than the rows it covers
/// makes the last of them taller.
/// </summary>
internal sealed class HeaderGridSlab : Slab
{
    private readonly IReadOnlyList<GridCell> _cells;
    private readonly double[] _rowHeights;
    private readonly TableStyle _style;

    public HeaderGridSlab(IReadOnlyList<GridCell> cells, IReadOnlyList<double> minHeights, TableStyle style, string path)
        : base(path)
    {
        _cells = cells;
        _style = style;
        _rowHeights = minHeights.ToArray();
        foreach (var cell in cells.Where(c => c.RowSpan == 1))
        {
            _rowHeights[cell.Row] = Math.Max(_rowHeights[cell.Row], cell.Part.ContentHeight + (2 * style.PaddingY));
        }

        foreach (var cell in cells.Where(c => c.RowSpan > 1))
        {
            double covered = _rowHeights.Skip(cell.Row).Take(cell.RowSpan).Sum();
            double needed = cell.Part.ContentHeight + (2 * style.PaddingY);
            if (needed > covered)
            {
                _rowHeights[cell.Row + cell.RowSpan - 1] += needed - covered;
            }
        }

        Height = _rowHeights.Sum();
    }

    public override double Height { get; }

    public override bool KeepWithNext => true;

    public IReadOnlyList<GridCell> Cells => _cells;

    public override string Fingerprint => string.Concat(_cells.Select(c => string.Concat(c.Part.Slabs.Select(s => s.Fingerprint))));

    public override void Draw(Canvas canvas, double x, double y, double width)
    {
        foreach (var cell in _cells)
        {
            double top = y + _rowHeights.Take(cell.Row).Sum();
            double height = _rowHeights.Skip(cell.Row).Take(cell.RowSpan).Sum();
            var part = cell.Part;
            if (_style.HeaderFill is { } fill)
            {
                canvas.FillRectangle(x + part.X, top, part.Width, height, fill);
            }

            double cy = top + _style.PaddingY + (_style.CenterVertically ? Math.Max(0, (height - (2 * _style.PaddingY) - part.ContentHeight) / 2) : 0);
            foreach (var slab in part.Slabs)
            {
                slab.Draw(canvas, x + part.X + _style.PaddingX, cy, part.Width - (2 * _style.PaddingX));
                cy += slab.Height;
            }

            if (_style.BorderThickness > 0)
            {
                canvas.StrokeRectangle(x + part.X, top, part.Width, height, _style.BorderThickness, _style.BorderColor);
            }
        }
    }

    /// <summary>A header cell: its first row, the rows it spans, and its content.</summary>
    internal sealed record GridCell(int Row, int RowSpan, RowSlab.CellPart Part);
}
