namespace Supervision.Reporting;

/// <summary>
/// The detail columns a ledger may leave out. The other columns of docs/ledger.md (序号, 问题编号, the dates, status,
/// units, people, category, description, overdue days) are always present, in the contract's order.
/// </summary>
[Flags]
public enum LedgerOptionalColumns
{
    /// <summary>Only the required columns.</summary>
    None = 0,

    /// <summary>检查组: the group whose inspection found the problem.</summary>
    Group = 1,

    /// <summary>监督重点: the focus area.</summary>
    FocusArea = 2,

    /// <summary>整改措施: the rectification measures.</summary>
    RectificationMeasures = 4,

    /// <summary>整改进展: the latest progress note.</summary>
    Progress = 8,

    /// <summary>问责情况: the accountability measures taken.</summary>
    Accountability = 16,

    /// <summary>备注: remarks (deadline extensions and their reasons).</summary>
    Remarks = 32,

    /// <summary>Every optional column (the default).</summary>
    All = Group | FocusArea | RectificationMeasures | Progress | Accountability | Remarks,
}
