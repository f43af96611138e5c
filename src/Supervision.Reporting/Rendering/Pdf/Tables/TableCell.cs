using Supervision.Reporting.Rendering.Pdf.Layout;

namespace Supervision.Reporting.Rendering.Pdf.Tables;

/// <summary>
/// A cell: any block (usually a paragraph) spanning one or more columns. <paramref name="RowSpan"/>
/// is honoured in header rows (序号 over two header rows); body rows, which may split across
/// pages, ignore it.
/// </summary>
internal sealed record TableCell(Block Content, int ColumnSpan = 1, int RowSpan = 1);
