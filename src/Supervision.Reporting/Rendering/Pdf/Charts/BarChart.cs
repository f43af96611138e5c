using PdfSharp.Drawing;
using Supervision.Reporting.Rendering.Pdf.Layout;

namespace Supervision.Reporting.Rendering.Pdf.Charts;

/// <summary>Vertical or horizontal bars with value labels, e.g. problems by category.</summary>
internal sealed class BarChart(string title, IReadOnlyList<string> categories, IReadOnlyList<double> values, double height) : Chart(title, height)
{
    public IReadOnlyList<string> Categories { get; } = categories;

    public IReadOnlyList<double> Values { get; } = values;

    public bool Horizontal { get; init; }

    public XColor Color { get; init; } = ChartPalette.DarkRed;

    /// <summary>Suffix of value labels, e.g. "%" or "个".</summary>
    public string Unit { get; init; } = string.Empty;

    protected override void DrawPlot(Canvas canvas, ChartText text, double x, double y, double width, double height)
    {
        var g = canvas.Graphics;
        double max = Values.DefaultIfEmpty(0).Max();
        var (step, top) = NiceScale(max);
        var brush = new XSolidBrush(Color);
        int n = Values.Count;
        if (Horizontal)
        {
            // Labels take up to 40% of the width (English category names are long); a label longer still is
            // set smaller rather than run out of the chart to the left of the text area.
            double labelWidth = Math.Min(width * 0.4, Categories.Select(c => text.Width(c)).DefaultIfEmpty(0).Max() + 6);
            double left = x + labelWidth;
            double right = x + width - 36;
            double bottom = y + height - 14;
            double slot = (bottom - y) / Math.Max(1, n);
            for (double v = 0; v <= top + (step / 2); v += step)
            {
                double gx = left + ((right - left) * v / top);
                canvas.Line(gx, y, gx, bottom, 0.4, ChartPalette.GridLine);
                text.Draw(canvas, Format(v), gx, bottom + 7, 0.5, ChartText.LabelSize);
            }

            for (int i = 0; i < n; i++)
            {
                double cy = y + (slot * i) + (slot / 2);
                double w = (right - left) * Values[i] / top;
                g.DrawRectangle(brush, left, cy - (slot * 0.3), w, slot * 0.6);
                double natural = text.Width(Categories[i]);
                double size = natural > labelWidth - 6 ? ChartText.LabelSize * (labelWidth - 6) / natural : ChartText.LabelSize;
                text.Draw(canvas, Categories[i], left - 4, cy, 1, size);
                text.Draw(canvas, Format(Values[i]) + Unit, left + w + 3, cy, 0);
            }

            canvas.Line(left, y, left, bottom, 0.6, ChartPalette.Axis);
        }
        else
        {
            double left = x + 30;
            double right = x + width;
            double bottom = y + height - 28;
            double plotTop = y + 12;
            double slot = (right - left) / Math.Max(1, n);
            for (double v = 0; v <= top + (step / 2); v += step)
            {
                double gy = bottom - ((bottom - plotTop) * v / top);
                canvas.Line(left, gy, right, gy, 0.4, ChartPalette.GridLine);
                text.Draw(canvas, Format(v), left - 4, gy, 1, ChartText.LabelSize);
            }

            for (int i = 0; i < n; i++)
            {
                double cx = left + (slot * i) + (slot / 2);
                double h = (bottom - plotTop) * Values[i] / top;
                g.DrawRectangle(brush, cx - (slot * 0.3), bottom - h, slot * 0.6, h);
                text.Draw(canvas, Format(Values[i]) + Unit, cx, bottom - h - 7, 0.5);
                var lines = text.Lines(Categories[i], slot - 2);
                double ly = bottom + 4;
                foreach (var line in lines.Take(2))
                {
                    canvas.DrawLine(line, cx - (line.Right / 2), ly);
                    ly += line.Height;
                }
            }

            canvas.Line(left, bottom, right, bottom, 0.6, ChartPalette.Axis);
        }
    }
}
