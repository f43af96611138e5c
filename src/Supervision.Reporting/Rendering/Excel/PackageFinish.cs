namespace Supervision.Reporting.Rendering.Excel;

// Everything the finishing pass adds to the package SpreadCheetah wrote.
internal sealed record PackageFinish
{
    // In worksheet order (sheet1.xml, sheet2.xml, …).
    public required IReadOnlyList<SheetFinish> Sheets { get; init; }

    // Fill colours (RGB hex, e.g. FFC7CE) of the differential formats that conditional rules use.
    public IReadOnlyList<string> DifferentialFills { get; init; } = [];

    // The shared strings the sheets' cells index, written as xl/sharedStrings.xml when not empty.
    public SharedStringTable? SharedStrings { get; init; }

    // Written as the package's creation time, so that the same input gives the same bytes.
    public required DateTimeOffset Created { get; init; }
}
