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

    /// <summary>
    /// The optional columns of every ledger (the default): <see cref="Group"/> to <see cref="Remarks"/>. The office
    /// fields (<see cref="OfficeFields"/>) are added on request, so that a round without them gives the ledger it always gave.
    /// </summary>
    All = Group | FocusArea | RectificationMeasures | Progress | Accountability | Remarks,

    /// <summary>分管领导: the leader who supervises the rectification.</summary>
    SupervisingLeader = 64,

    /// <summary>牵头科室: the office that leads the rectification.</summary>
    LeadOffice = 128,

    /// <summary>佐证材料: the evidence items, one a line.</summary>
    Evidence = 256,

    /// <summary>验收人 and 验收日期: the verification before closure.</summary>
    Verification = 512,

    /// <summary>The ledger fields offices keep: <see cref="SupervisingLeader"/>, <see cref="LeadOffice"/>, <see cref="Evidence"/> and <see cref="Verification"/>.</summary>
    OfficeFields = SupervisingLeader | LeadOffice | Evidence | Verification,
}
