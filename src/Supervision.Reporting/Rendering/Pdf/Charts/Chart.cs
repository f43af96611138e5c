using System.Globalization;
using Supervision.Reporting.Rendering.Pdf.Layout;

namespace Supervision.Reporting.Rendering.Pdf.Charts;

/// <summary>
/// Base of the vector charts: a block of fixed height with an optional caption below the plot,
/// drawn with PDFsharp paths. Charts never split across pages.
/// </summary>
internal abstract class Chart(string title, double height) : Block
{
    public string Title { get; } = title;

    public double ChartHeight { get; } = height;

    public double SpaceBefore { get; init; } = 12;

    public double SpaceAfter { get; init; } = 14;

    public override string Kind => "Chart";

    public override BlockPlan Plan(LayoutContext context, double width, string path) =>
        new([new ChartSlab(this, context, path)]) { SpaceBefore = SpaceBefore, SpaceAfter = SpaceAfter };

    /// <summary>Draws the plot into the rectangle above the caption.</summary>
    protected abstract void DrawPlot(Canvas canvas, ChartText text, double x, double y, double width, double height);

    /// <summary>Round axis steps (1, 2, 5 × 10ⁿ) giving about five ticks up to at least <paramref name="max"/>.</summary>
    protected static (double Step, double Top) NiceScale(double max)
    {
        if (max <= 0)
        {
            return (1, 5);
        }

        double raw = max / 5;
        double magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        double step = new[] { 1, 2, 5, 10 }.Select(m => m * magnitude).First(s => s >= raw);
        return (step, Math.Ceiling(max / step) * step);
    }

    protected static string Format(double value) =>
        value == Math.Floor(value) ? value.ToString("0", CultureInfo.InvariantCulture) : value.ToString("0.#", CultureInfo.InvariantCulture);

    private sealed class ChartSlab(Chart chart, LayoutContext context, string path) : Slab(path)
    {
        public override double Height => chart.ChartHeight;

        public override string Fingerprint => chart.Title;

        public override void Draw(Canvas canvas, double x, double y, double width)
        {
            // 图题 goes below the figure (表题 above the table), as Chinese documents and GB/T 7713 have it.
            var text = new ChartText(context, Path);
            double plot = chart.ChartHeight;
            if (!string.IsNullOrEmpty(chart.Title))
            {
                plot -= 24;
                text.Draw(canvas, chart.Title, x + (width / 2), y + plot + 15, 0.5, 12, PdfFontRole.Heading1);
            }

            chart.DrawPlot(canvas, text, x, y, width, plot);
        }
    }
}
