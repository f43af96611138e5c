namespace Supervision.Reporting.Rendering.Excel.Import;

/// <summary>A column of a returned ledger (回收台账) that the import can change in the round.</summary>
public enum ImportField
{
    /// <summary>整改状态: the rectification status.</summary>
    Status,

    /// <summary>整改进展: a progress note, appended to the progress history.</summary>
    Progress,

    /// <summary>整改措施: the rectification measures text.</summary>
    Measures,

    /// <summary>完成日期: the completion date.</summary>
    CompletedOn,

    /// <summary>销号日期: the closure date.</summary>
    ClosedOn,

    /// <summary>备注: remarks, kept as a progress note (a rectification has no remarks field of its own).</summary>
    Remarks,

    /// <summary>分管领导: the supervising leader, matched to a person of the round by name or id.</summary>
    SupervisingLeader,

    /// <summary>牵头科室: the lead office, matched to a unit of the round by name or id.</summary>
    LeadOffice,

    /// <summary>佐证材料: an evidence item, one a line; a new line adds an item, and none is ever removed.</summary>
    Evidence,

    /// <summary>验收人 and 验收日期: the verification before closure.</summary>
    Verification,
}
