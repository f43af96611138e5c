namespace Supervision.Reporting.Rendering.Excel;

// One line of a summary table (汇总): a unit, area or category and its counts as of the ledger's date.
internal sealed record LedgerSummaryRow(string Label, int Findings, int Rectified, int Closed, int Overdue, double RectificationRate, double ClosureRate);
