namespace Supervision.Reporting.Rendering.Excel;

// What the finishing pass adds to one worksheet: content-based column widths, print setup and
// expression conditional formats. SpreadCheetah writes everything else.
internal sealed record SheetFinish
{
    public required string Name { get; init; }

    public IReadOnlyList<double> ColumnWidths { get; init; } = [];

    public IReadOnlyList<ConditionalRule> ConditionalRules { get; init; } = [];

    // Rows repeated at the top of every printed page (1-based, inclusive), or null.
    public (int First, int Last)? PrintTitleRows { get; init; }

    // The autofilter range SpreadCheetah wrote, as an absolute reference, for the hidden _xlnm._FilterDatabase
    // name that Excel itself writes beside every autofilter; or null.
    public string? FilterRange { get; init; }

    public LedgerPaper Paper { get; init; } = LedgerPaper.A4;

    public bool Landscape { get; init; } = true;

    // The columns (0-based) whose number cells are indexes into the shared strings (SharedStringCells).
    public IReadOnlyList<bool> SharedStringColumns { get; init; } = [];

    // The page footer, in the header/footer code language (&P page, &N pages).
    public string? Footer { get; init; }
}
