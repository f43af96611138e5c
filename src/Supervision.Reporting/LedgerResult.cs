namespace Supervision.Reporting;

/// <summary>What a ledger contains and what had to be changed to write it.</summary>
public sealed record LedgerResult
{
    /// <summary>How many warnings <see cref="Warnings"/> keeps; <see cref="WarningCount"/> counts all of them.</summary>
    public const int MaxListedWarnings = 1000;

    /// <summary>The number of rows on the detail sheet (整改台账): the violations found on or before the as-of date.</summary>
    public required int FindingRows { get; init; }

    /// <summary>The number of rows on the accountability sheet (问责情况): the measures decided on or before the as-of date.</summary>
    public required int MeasureRows { get; init; }

    /// <summary>The first <see cref="MaxListedWarnings"/> warnings, in sheet and row order (so that a huge bad input cannot exhaust memory).</summary>
    public EquatableArray<Diagnostic> Warnings { get; init; } = [];

    /// <summary>The number of warnings, including those not listed.</summary>
    public int WarningCount { get; init; }
}
