namespace Supervision.Reporting.Rendering.Excel;

/// <summary>A change made to a cell's text so that it could be written, located by sheet and cell (e.g. <c>整改台账!H5</c>).</summary>
/// <remarks>The message names the place and the rule, never the text, which may contain personal names.</remarks>
/// <param name="Kind">What was changed.</param>
/// <param name="Cell">The cell, as <c>sheet!A1</c>.</param>
/// <param name="Message">A message for people.</param>
public sealed record LedgerWarning(LedgerWarningKind Kind, string Cell, string Message)
{
    /// <summary>The cell and the message.</summary>
    public override string ToString() => $"{Cell}: {Message}";
}
