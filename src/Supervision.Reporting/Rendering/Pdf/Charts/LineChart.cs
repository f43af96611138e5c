using PdfSharp.Drawing;
using Supervision.Reporting.Rendering.Pdf.Layout;

namespace Supervision.Reporting.Rendering.Pdf.Charts;

/// <summary>One or more daily series over shared x labels (e.g. 11-01 … 11-30), with axes, ticks and a legend.</summary>
internal sealed class LineChart(string title, IReadOnlyList<string> labels, IReadOnlyList<(string Name, IReadOnlyList<double> Values)> series, double height) : Chart(title, height)
{
    public IReadOnlyList<string> Labels { get; } = labels;

    public IReadOnlyList<(string Name, IReadOnlyList<double> Values)> Series { get; } = series;

    protected override void DrawPlot(Canvas canvas, ChartText text, double x, double y, double width, double height)
    {
        var g = canvas.Graphics;
        double max = Series.SelectMany(s => s.Values).DefaultIfEmpty(0).Max();
        var (step, top) = NiceScale(max);
        double left = x + 30;

        // The last x label is centred on the plot's right end; keep half of it inside the block, so that a
        // label on the last day never leaves the text area (it did for a 18-day series).
        double labelWidth = Labels.Select(l => text.Width(l, ChartText.LabelSize)).DefaultIfEmpty(0).Max() + 4;
        double right = x + width - Math.Max(6, labelWidth / 2);
        double bottom = y + height - 34;
        double plotTop = y + 6;
        int n = Labels.Count;
        double dx = n > 1 ? (right - left) / (n - 1) : 0;
        for (double v = 0; v <= top + (step / 2); v += step)
        {
            double gy = bottom - ((bottom - plotTop) * v / top);
            canvas.Line(left, gy, right, gy, 0.4, ChartPalette.GridLine);
            text.Draw(canvas, Format(v), left - 4, gy, 1, ChartText.LabelSize);
        }

        // Label every k-th day so that labels never collide.
        int every = Math.Max(1, (int)Math.Ceiling(labelWidth / Math.Max(dx, 1e-9)));
        for (int i = 0; i < n; i++)
        {
            double px = left + (dx * i);
            canvas.Line(px, bottom, px, bottom + 3, 0.6, ChartPalette.Axis);
            if (i % every == 0)
            {
                text.Draw(canvas, Labels[i], px, bottom + 9, 0.5, ChartText.LabelSize);
            }
        }

        canvas.Line(left, bottom, right, bottom, 0.6, ChartPalette.Axis);
        canvas.Line(left, plotTop, left, bottom, 0.6, ChartPalette.Axis);
        double legendX = left;
        for (int s = 0; s < Series.Count; s++)
        {
            var color = ChartPalette.At(s);
            var values = Series[s].Values;
            var points = values.Take(n).Select((v, i) => new XPoint(left + (dx * i), bottom - ((bottom - plotTop) * v / top))).ToArray();
            if (points.Length > 1)
            {
                g.DrawLines(new XPen(color, 1.2) { LineJoin = XLineJoin.Round }, points);
            }

            var brush = new XSolidBrush(color);
            foreach (var p in points)
            {
                g.DrawEllipse(brush, p.X - 1.6, p.Y - 1.6, 3.2, 3.2);
            }

            double ly = y + height - 8;
            canvas.Line(legendX, ly, legendX + 14, ly, 1.5, color);
            text.Draw(canvas, Series[s].Name, legendX + 18, ly, 0);
            legendX += 28 + text.Width(Series[s].Name);
        }
    }
}
