using Supervision.Reporting.Rendering.Pdf.Layout;

namespace Supervision.Reporting.Rendering.Pdf.Tables;

/// <summary>A cell: any block (usually a paragraph) spanning one or more columns.</summary>
internal sealed record TableCell(Block Content, int ColumnSpan = 1);
