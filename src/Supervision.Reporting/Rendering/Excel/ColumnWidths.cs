namespace Supervision.Reporting.Rendering.Excel;

// Column widths computed from the content while the rows stream past (no second pass, no rows kept).
// Each column has a cap; a longer text wraps. Because the final width is min(cap, widest + padding), a cell
// of width w needs ceil(w / (cap - padding)) lines whatever comes later — so row heights can be decided as
// each row is written, before the final widths are known.
internal sealed class ColumnWidths
{
    public const int Padding = 2;

    private readonly int[] widest;
    private readonly int[] minimum;
    private readonly int[] cap;

    public ColumnWidths(IReadOnlyList<(int Minimum, int Cap)> limits)
    {
        widest = new int[limits.Count];
        minimum = [.. limits.Select(l => l.Minimum)];
        cap = [.. limits.Select(l => l.Cap)];
    }

    public int Count => widest.Length;

    // Records a text cell; returns the lines it takes once wrapped.
    public int Observe(int column, string text)
    {
        var width = DisplayWidth.Measure(text, cap[column] - Padding, out var lines);
        if (width > widest[column])
        {
            widest[column] = width;
        }

        return lines;
    }

    // Records a cell whose width is known (numbers, dates).
    public void ObserveWidth(int column, int width)
    {
        if (width > widest[column])
        {
            widest[column] = width;
        }
    }

    public double Width(int column) => Math.Clamp(widest[column] + Padding, minimum[column], cap[column]);
}
