using System.Globalization;
using Supervision.Reporting.Rendering.Pdf.Layout;

namespace Supervision.Reporting.Rendering.Pdf.Tables;

/// <summary>
/// A table whose header rows repeat on every page it continues on, and whose rows split
/// between pages when taller than the space left (cell content continues on the next page).
/// </summary>
internal sealed class Table(IReadOnlyList<TableColumn> columns, IReadOnlyList<TableRow> headerRows, IReadOnlyList<TableRow> rows) : Block
{
    public IReadOnlyList<TableColumn> Columns { get; } = columns;

    public IReadOnlyList<TableRow> HeaderRows { get; } = headerRows;

    public IReadOnlyList<TableRow> Rows { get; } = rows;

    public TableStyle Style { get; init; } = new();

    public double SpaceBefore { get; init; }

    public double SpaceAfter { get; init; }

    /// <summary>The caption repeated above the header on every page the table continues on ("续表1"), or none.</summary>
    public Paragraph? ContinuedCaption { get; init; }

    /// <summary>Fewest body rows a table leaves under its header at the foot of the page it starts on.</summary>
    public const int MinRowsAtFoot = 3;

    public override string Kind => "Table";

    public override BlockPlan Plan(LayoutContext context, double width, string path)
    {
        var widths = ColumnWidths(context, width);
        var offsets = new double[widths.Length + 1];
        for (int i = 0; i < widths.Length; i++)
        {
            offsets[i + 1] = offsets[i] + widths[i];
        }

        List<Slab> header = HeaderRows.Any(r => r.Cells.Any(c => c.RowSpan > 1))
            ? [PlanHeaderGrid(context, offsets, path)]
            : HeaderRows.Select((r, i) => (Slab)PlanRow(context, r, offsets, string.Create(CultureInfo.InvariantCulture, $"{path}/Header[{i}]"), isHeader: true, keep: true)).ToList();
        // The first two body rows are kept with the next, so that a table never leaves fewer than three body rows
        // (or, when it has no more, its whole self) under its header at a page's foot.
        int kept = Math.Min(MinRowsAtFoot, Rows.Count) - 1;
        var body = Rows.Select((r, i) => PlanRow(context, r, offsets, string.Create(CultureInfo.InvariantCulture, $"{path}/Row[{i}]"), isHeader: false, keep: i < kept)).ToList();

        // A continued table starts with "续表N" above its repeated header (only on the pages it continues on).
        var continued = ContinuedCaption?.Plan(context, width, path + "/Continued").Slabs ?? [];
        return new BlockPlan([.. header, .. body])
        {
            RepeatOnNewPage = [.. continued, .. header],
            SpaceBefore = SpaceBefore,
            SpaceAfter = SpaceAfter,
        };
    }

    /// <summary>Header rows with row spans, as one unsplittable grid (header rows always travel together).</summary>
    private HeaderGridSlab PlanHeaderGrid(LayoutContext context, double[] offsets, string path)
    {
        var cells = new List<HeaderGridSlab.GridCell>();
        foreach (var (row, rowSpan, column, span, index, cell) in Placements(HeaderRows, honourRowSpans: true))
        {
            double x = offsets[column];
            double w = offsets[column + span] - x;
            string cellPath = string.Create(CultureInfo.InvariantCulture, $"{path}/Header[{row}]/Cell[{index}]");
            var plan = cell.Content.Plan(context, Math.Max(1, w - (2 * Style.PaddingX)), cellPath);
            cells.Add(new HeaderGridSlab.GridCell(row, rowSpan, new RowSlab.CellPart(x, w, plan.Slabs, cellPath)));
        }

        return new HeaderGridSlab(cells, HeaderRows.Select(r => r.MinHeight).ToList(), Style, path + "/Header");
    }

    /// <summary>Where each cell lands: first row, rows spanned, first column, columns spanned.</summary>
    private IEnumerable<(int Row, int RowSpan, int Column, int Span, int Index, TableCell Cell)> Placements(IReadOnlyList<TableRow> rows, bool honourRowSpans)
    {
        var occupied = new bool[rows.Count, Columns.Count];
        for (int r = 0; r < rows.Count; r++)
        {
            int column = 0;
            for (int c = 0; c < rows[r].Cells.Count; c++)
            {
                while (column < Columns.Count && occupied[r, column])
                {
                    column++;
                }

                if (column >= Columns.Count)
                {
                    break;
                }

                var cell = rows[r].Cells[c];
                int span = Math.Clamp(cell.ColumnSpan, 1, Columns.Count - column);
                int rowSpan = honourRowSpans ? Math.Clamp(cell.RowSpan, 1, rows.Count - r) : 1;
                for (int rr = r; rr < r + rowSpan; rr++)
                {
                    for (int cc = column; cc < column + span; cc++)
                    {
                        occupied[rr, cc] = true;
                    }
                }

                yield return (r, rowSpan, column, span, c, cell);
                column += span;
            }
        }
    }

    private RowSlab PlanRow(LayoutContext context, TableRow row, double[] offsets, string path, bool isHeader, bool keep)
    {
        var cells = new List<RowSlab.CellPart>(row.Cells.Count);
        int column = 0;
        for (int c = 0; c < row.Cells.Count; c++)
        {
            var cell = row.Cells[c];
            int span = Math.Clamp(cell.ColumnSpan, 1, Columns.Count - column);
            double x = offsets[column];
            double w = offsets[column + span] - x;
            string cellPath = string.Create(CultureInfo.InvariantCulture, $"{path}/Cell[{c}]");
            var plan = cell.Content.Plan(context, Math.Max(1, w - (2 * Style.PaddingX)), cellPath);
            cells.Add(new RowSlab.CellPart(x, w, plan.Slabs, cellPath));
            column += span;
            if (column >= Columns.Count)
            {
                break;
            }
        }

        return new RowSlab(cells, Style, row.MinHeight, isHeader, keep, continued: false, path);
    }

    private double[] ColumnWidths(LayoutContext context, double width)
    {
        var widths = new double[Columns.Count];
        double fixedTotal = 0;
        for (int i = 0; i < Columns.Count; i++)
        {
            if (Columns[i].Sizing == ColumnSizing.Fixed)
            {
                widths[i] = Columns[i].Value;
                fixedTotal += widths[i];
            }
        }

        // Fitted columns take their natural width, shrunk proportionally (never below their
        // longest unbreakable piece) when together they would not leave room.
        var fitted = Enumerable.Range(0, Columns.Count).Where(i => Columns[i].Sizing == ColumnSizing.Fitted).ToList();
        var natural = new Dictionary<int, (double Min, double Max)>();
        var singleColumnCells = Placements(HeaderRows, honourRowSpans: true).Concat(Placements(Rows, honourRowSpans: false))
            .Where(p => p.Span == 1 && Columns[p.Column].Sizing == ColumnSizing.Fitted)
            .ToList();
        foreach (int i in fitted)
        {
            double min = 0, max = 0;
            foreach (var p in singleColumnCells.Where(p => p.Column == i))
            {
                var (mn, mx) = p.Cell.Content.MeasureWidth(context);
                min = Math.Max(min, mn);
                max = Math.Max(max, mx);
            }

            natural[i] = (min + (2 * Style.PaddingX) + 0.01, max + (2 * Style.PaddingX) + 0.01);
        }

        bool hasRelative = Columns.Any(c => c.Sizing == ColumnSizing.Relative);
        double room = width - fixedTotal;
        double fittedMax = natural.Values.Sum(v => v.Max);
        double reserve = hasRelative ? room * 0.25 : 0;
        double scale = fittedMax <= 0 || fittedMax <= room - reserve ? 1 : (room - reserve) / fittedMax;
        double fittedTotal = 0;
        foreach (int i in fitted)
        {
            widths[i] = Math.Max(natural[i].Min, natural[i].Max * scale);
            fittedTotal += widths[i];
        }

        double rest = Math.Max(0, room - fittedTotal);
        double weights = Columns.Where(c => c.Sizing == ColumnSizing.Relative).Sum(c => c.Value);
        for (int i = 0; i < Columns.Count; i++)
        {
            if (Columns[i].Sizing == ColumnSizing.Relative)
            {
                widths[i] = weights > 0 ? rest * Columns[i].Value / weights : 0;
            }
        }

        return widths;
    }
}
