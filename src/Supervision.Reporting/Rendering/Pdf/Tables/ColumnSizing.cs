namespace Supervision.Reporting.Rendering.Pdf.Tables;

/// <summary>How a column gets its width.</summary>
internal enum ColumnSizing
{
    /// <summary>A width in points.</summary>
    Fixed,

    /// <summary>A share (weight) of the width left after fixed and fitted columns.</summary>
    Relative,

    /// <summary>The natural width of the column's widest cell (within what the table allows).</summary>
    Fitted,
}
