namespace Supervision.Reporting.Rendering.Pdf.Bulletins.Content;

// The chart forms bulletins use: a trend over days, bars by category, a donut of shares.
internal enum BodyChartKind
{
    Line,
    Bars,
    HorizontalBars,
    Donut,
}
