using System.Globalization;
using PdfSharp.Drawing;
using Supervision.Reporting.Rendering.Pdf.Layout;

namespace Supervision.Reporting.Rendering.Pdf.Charts;

/// <summary>Pie or donut with percentage labels and a legend (e.g. the shares of the four forms, 四种形态).</summary>
internal sealed class PieChart(string title, IReadOnlyList<string> labels, IReadOnlyList<double> values, double height) : Chart(title, height)
{
    public IReadOnlyList<string> Labels { get; } = labels;

    public IReadOnlyList<double> Values { get; } = values;

    public bool Donut { get; init; }

    // The word before the total in a donut's hole, and whether the legend's percentages take Latin parentheses:
    // both follow the language of the document the chart is in.
    public string TotalLabel { get; init; } = "合计";

    public bool LatinParentheses { get; init; }

    protected override void DrawPlot(Canvas canvas, ChartText text, double x, double y, double width, double height)
    {
        var g = canvas.Graphics;
        double total = Values.Sum();
        double radius = Math.Min(height, width * 0.5) / 2 - 4;
        double cx = x + (width * 0.3);
        double cy = y + (height / 2);
        double angle = -90;          // start at twelve o'clock, go clockwise
        for (int i = 0; i < Values.Count && total > 0; i++)
        {
            double sweep = 360 * Values[i] / total;
            if (sweep <= 0)
            {
                continue;
            }

            var brush = new XSolidBrush(ChartPalette.At(i));
            if (sweep >= 359.999)
            {
                g.DrawEllipse(brush, cx - radius, cy - radius, 2 * radius, 2 * radius);
            }
            else
            {
                g.DrawPie(new XPen(XColors.White, 0.8), brush, cx - radius, cy - radius, 2 * radius, 2 * radius, angle, sweep);
            }

            double mid = (angle + (sweep / 2)) * Math.PI / 180;
            double r = Donut ? radius * 0.78 : radius * 0.62;
            string percent = (100 * Values[i] / total).ToString("0.0", CultureInfo.InvariantCulture) + "%";
            if (sweep >= 18)
            {
                var line = text.Line(percent, ChartText.LabelSize);
                canvas.DrawLine(line with { Clusters = line.Clusters.Select(c => c with { Cluster = c.Cluster with { Style = c.Cluster.Style.WithColor(XColors.White) } }).ToList() },
                    cx + (r * Math.Cos(mid)) - (line.Right / 2), cy + (r * Math.Sin(mid)) - 4);
            }

            angle += sweep;
        }

        if (Donut)
        {
            double hole = radius * 0.55;
            g.DrawEllipse(XBrushes.White, cx - hole, cy - hole, 2 * hole, 2 * hole);
            text.Draw(canvas, TotalLabel + Format(total), cx, cy, 0.5, ChartText.LabelSize);
        }

        double lx = x + (width * 0.6);
        double ly = cy - (Values.Count * 16 / 2.0) + 8;
        for (int i = 0; i < Values.Count; i++)
        {
            canvas.FillRectangle(lx, ly - 4.5, 9, 9, ChartPalette.At(i));
            string percent = total > 0 ? (100 * Values[i] / total).ToString("0.0", CultureInfo.InvariantCulture) + "%" : "—";
            text.Draw(canvas, Labels[i] + "  " + Format(Values[i]) + (LatinParentheses ? " (" + percent + ")" : "（" + percent + "）"), lx + 14, ly, 0, ChartText.LabelSize);
            ly += 16;
        }
    }
}
