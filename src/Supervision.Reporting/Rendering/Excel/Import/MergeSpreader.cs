namespace Supervision.Reporting.Rendering.Excel.Import;

// Spreads a sheet's merged ranges over its rows as they come (issue 15: the rows are never held). A merged cell's
// value sits in its top-left cell; spread down a column, it means the same for every row it covers (a clerk merges
// two 整改状态 cells to say both are 已整改); the other columns it covers have no value of their own, so they are
// marked Covered and import nothing. A merge whose top is above the first data row spreads no value (null).
//
// The result is the one of spreading the merges one after another, in their order, over the whole list of rows:
// on each row the merges covering it are applied in that order, and a merge takes its value from its top row
// just before it is applied there — after the merges listed before it, before those listed after it.
internal sealed class MergeSpreader
{
    private readonly (int Top, int Bottom, int From, int To)[] merges;

    // Indices into merges, by the row each starts at on the data rows (then by index).
    private readonly int[] byStart;
    private readonly int firstDataRow;

    public MergeSpreader(IReadOnlyList<(int FromRow, int FromColumn, int ToRow, int ToColumn)> merges, int firstDataRow)
    {
        this.firstDataRow = firstDataRow;
        this.merges = [.. merges
            .Select(m => (Top: m.FromRow + 1, Bottom: m.ToRow + 1, From: m.FromColumn, To: m.ToColumn))
            .Where(m => m.Bottom >= firstDataRow)];
        byStart = [.. Enumerable.Range(0, this.merges.Length).OrderBy(Start).ThenBy(i => i)];
    }

    public IEnumerable<ReturnedRow> Spread(IEnumerable<ReturnedRow> rows) => merges.Length == 0 ? rows : SpreadEach(rows);

    private int Start(int merge) => Math.Max(merges[merge].Top, firstDataRow);

    private IEnumerable<ReturnedRow> SpreadEach(IEnumerable<ReturnedRow> rows)
    {
        var values = new object?[merges.Length];
        var active = new List<int>();
        var next = 0;
        foreach (var row in rows)
        {
            var number = row.Number;
            while (next < byStart.Length && Start(byStart[next]) <= number)
            {
                var merge = byStart[next++];
                var at = active.BinarySearch(merge);
                active.Insert(~at, merge);
            }

            active.RemoveAll(m => merges[m].Bottom < number);
            yield return active.Count == 0 ? row : Apply(row, active, values);
        }
    }

    private ReturnedRow Apply(ReturnedRow row, List<int> active, object?[] values)
    {
        foreach (var i in active)
        {
            var (top, _, from, to) = merges[i];
            if (row.Number == top)
            {
                values[i] = row[from];
            }

            var cells = row.Values;
            if (cells.Length <= to)
            {
                Array.Resize(ref cells, to + 1);
                row = row with { Values = cells };
            }

            if (from >= cells.Length)
            {
                // A range whose first column is after its last and past the row (not one Excel writes), refused as
                // the reader always has.
                throw new InvalidDataException("The workbook could not be read: Index was outside the bounds of the array.");
            }

            cells[from] = values[i];
            for (var c = from + 1; c <= to; c++)
            {
                cells[c] = CellValues.Covered;
            }
        }

        return row;
    }
}
