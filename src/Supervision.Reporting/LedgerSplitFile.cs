namespace Supervision.Reporting;

/// <summary>One workbook of a split ledger: whom it is for and what it holds (one entry of <c>manifest.json</c>).</summary>
public sealed record LedgerSplitFile
{
    /// <summary>The id of the unit (or of the group, for <see cref="LedgerSplit.Group"/>) the workbook is for.</summary>
    public required string Id { get; init; }

    /// <summary>The unit's (or group's) name, as in the workbook's title.</summary>
    public required string Name { get; init; }

    /// <summary>The file name in the split's folder, e.g. <c>01-全州县卫生健康局.xlsx</c>: safe on Windows and Linux, and stable between runs.</summary>
    public required string FileName { get; init; }

    /// <summary>The rows on its detail sheet: its violations found on or before the as-of date.</summary>
    public required int Rows { get; init; }

    /// <summary>How many of its rows are overdue (逾期) as of the as-of date, as the statistics count them (docs/analytics.md).</summary>
    public required int Overdue { get; init; }

    /// <summary>What the workbook contains and any warnings written with it.</summary>
    public required LedgerResult Ledger { get; init; }
}
