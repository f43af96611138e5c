namespace Supervision.Reporting.Rendering.Pdf.Bulletins.Content;

// One named series of a chart (e.g. 发现问题 per day).
internal sealed record BodyChartSeries(string Name, EquatableArray<double> Values);
