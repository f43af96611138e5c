namespace Supervision.Reporting.Rendering.Excel;

/// <summary>What a ledger had to change in a cell's text to write it.</summary>
public enum LedgerWarningKind
{
    /// <summary>Control characters (or unpaired surrogates), which a worksheet cannot hold, were removed.</summary>
    ControlCharactersRemoved,

    /// <summary>The text was longer than an Excel cell holds (32,767 characters) and was cut.</summary>
    TextTruncated,
}
