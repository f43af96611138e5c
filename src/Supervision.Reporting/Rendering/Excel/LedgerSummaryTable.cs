namespace Supervision.Reporting.Rendering.Excel;

// A summary table (汇总) with its title, rows and total.
internal sealed record LedgerSummaryTable(string Title, string KeyHeader, IReadOnlyList<LedgerSummaryRow> Rows, LedgerSummaryRow Total);
