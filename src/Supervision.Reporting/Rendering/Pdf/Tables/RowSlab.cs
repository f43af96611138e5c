using Supervision.Reporting.Rendering.Pdf.Layout;

namespace Supervision.Reporting.Rendering.Pdf.Tables;

/// <summary>
/// A table row: cells with their planned content slabs. Splits between content slabs (lines),
/// each cell keeping what fits; the tail carries the rest of every cell.
/// </summary>
internal sealed class RowSlab : Slab
{
    private const double Epsilon = 1e-6;
    private readonly IReadOnlyList<CellPart> _cells;
    private readonly TableStyle _style;
    private readonly double _minHeight;
    private readonly bool _isHeader;
    private readonly bool _keep;
    private readonly bool _continued;

    public RowSlab(IReadOnlyList<CellPart> cells, TableStyle style, double minHeight, bool isHeader, bool keep, bool continued, string path)
        : base(path)
    {
        _cells = cells;
        _style = style;
        _minHeight = minHeight;
        _isHeader = isHeader;
        _keep = keep;
        _continued = continued;
        Height = Math.Max(minHeight, cells.Count == 0 ? 0 : cells.Max(c => c.ContentHeight) + (2 * style.PaddingY));
    }

    public override double Height { get; }

    /// <summary>The cells with their horizontal positions and content.</summary>
    public IReadOnlyList<CellPart> Cells => _cells;

    public override bool KeepWithNext => _keep;

    public override double MinHeight =>
        Math.Min(Height, (2 * _style.PaddingY) + _cells.Select(c => c.Slabs.Count == 0 ? 0 : c.Slabs[0].Height).DefaultIfEmpty(0).Max());

    public override string Fingerprint => string.Join("|", _cells.Select(c => string.Concat(c.Slabs.Select(s => s.Fingerprint))));

    public override (Slab Head, Slab Tail)? Split(double available)
    {
        if (_isHeader)
        {
            return null;
        }

        double inner = available - (2 * _style.PaddingY);
        var heads = new List<CellPart>(_cells.Count);
        var tails = new List<CellPart>(_cells.Count);
        bool progress = false;
        bool remaining = false;
        foreach (var cell in _cells)
        {
            double used = 0;
            int taken = 0;
            while (taken < cell.Slabs.Count && used + cell.Slabs[taken].Height <= inner + Epsilon)
            {
                used += cell.Slabs[taken].Height;
                taken++;
            }

            progress |= taken > 0;
            remaining |= taken < cell.Slabs.Count;
            heads.Add(cell with { Slabs = cell.Slabs.Take(taken).ToList() });
            tails.Add(cell with { Slabs = cell.Slabs.Skip(taken).ToList() });
        }

        if (!progress || !remaining)
        {
            return null;
        }

        var head = new RowSlab(heads, _style, 0, false, false, _continued, Path) { };
        var tail = new RowSlab(tails, _style, 0, false, false, continued: true, Path);
        return (new Cut(head, available), tail);
    }

    public override (string Path, double Height) Obstacle(double available)
    {
        double inner = available - (2 * _style.PaddingY);
        foreach (var cell in _cells)
        {
            if (cell.Slabs.Count > 0 && cell.Slabs[0].Height > inner + Epsilon)
            {
                return cell.Slabs[0].Obstacle(inner) is var (p, h) && p != cell.Slabs[0].Path ? (p, h) : (cell.Path, cell.ContentHeight);
            }
        }

        return (Path, Height);
    }

    public override void Draw(Canvas canvas, double x, double y, double width) => DrawAt(canvas, x, y, Height);

    private void DrawAt(Canvas canvas, double x, double y, double height)
    {
        foreach (var cell in _cells)
        {
            if (_isHeader && _style.HeaderFill is { } fill)
            {
                canvas.FillRectangle(x + cell.X, y, cell.Width, height, fill);
            }

            double offset = _style.CenterVertically && !_continued ? (height - (2 * _style.PaddingY) - cell.ContentHeight) / 2 : 0;
            double cy = y + _style.PaddingY + Math.Max(0, offset);
            foreach (var slab in cell.Slabs)
            {
                slab.Draw(canvas, x + cell.X + _style.PaddingX, cy, cell.Width - (2 * _style.PaddingX));
                cy += slab.Height;
            }

            if (_style.BorderThickness > 0)
            {
                canvas.StrokeRectangle(x + cell.X, y, cell.Width, height, _style.BorderThickness, _style.BorderColor);
            }
        }
    }

    /// <summary>A cell's content slabs at the cell's horizontal position within the table.</summary>
    internal sealed record CellPart(double X, double Width, IReadOnlyList<Slab> Slabs, string Path)
    {
        public double ContentHeight => Slabs.Sum(s => s.Height);
    }

    /// <summary>The head of a split row, stretched to the bottom of the page so the borders close.</summary>
    private sealed class Cut(RowSlab row, double height) : Slab(row.Path)
    {
        public override double Height => height;

        public override string Fingerprint => row.Fingerprint;

        public override void Draw(Canvas canvas, double x, double y, double width) => row.DrawAt(canvas, x, y, height);
    }
}
