namespace Supervision.Reporting;

/// <summary>What a split ledger wrote: one workbook per unit (or area, or group) that has rows, and the manifest.</summary>
public sealed record LedgerSplitResult
{
    /// <summary>The file name of the manifest written beside the workbooks.</summary>
    public const string ManifestFileName = "manifest.json";

    /// <summary>How the ledger was split.</summary>
    public required LedgerSplit SplitBy { get; init; }

    /// <summary>The workbooks written, in the order of the round's units (or groups); a unit without rows has none.</summary>
    public required EquatableArray<LedgerSplitFile> Files { get; init; }

    /// <summary>
    /// Violations found by the as-of date that belong to no workbook: for <see cref="LedgerSplit.Group"/>, problems
    /// found without an inspection (e.g. from public reports); for <see cref="LedgerSplit.ResponsibleUnit"/>, problems
    /// with no responsible unit. The whole-round ledger still lists them.
    /// </summary>
    public int UnassignedRows { get; init; }
}
