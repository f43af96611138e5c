namespace Supervision.Reporting.Rendering.Pdf.Bulletins.Content;

// A vector chart in a bulletin: its caption ("图1　…"), the category or x-axis labels and one or more
// series (a line chart may have several; bar and donut charts use the first).
internal sealed record BodyChart(BodyChartKind Kind, string Caption, EquatableArray<string> Labels, EquatableArray<BodyChartSeries> Series) : BodyBlock
{
    // A unit shown after bar values (e.g. %); none by default.
    public string Unit { get; init; } = string.Empty;

    // The word before a donut's total and the parentheses of its legend, which follow the document's language
    // (合计16, 第一种形态 15（93.8%）; Total 16, First form 15 (93.8%)).
    public string TotalLabel { get; init; } = "合计";

    public bool LatinParentheses { get; init; }
}
