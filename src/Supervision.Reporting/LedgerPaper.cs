namespace Supervision.Reporting;

/// <summary>The paper a ledger is set up to print on (always landscape, fitted to the page width).</summary>
public enum LedgerPaper
{
    /// <summary>A4 (210 × 297 mm).</summary>
    A4,

    /// <summary>A3 (297 × 420 mm), for ledgers with long texts.</summary>
    A3,
}
