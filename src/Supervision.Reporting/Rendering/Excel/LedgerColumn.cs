namespace Supervision.Reporting.Rendering.Excel;

// The detail columns of DESIGN §8, in the contract's order; the importer matches on these headers. The office
// fields (分管领导, 牵头科室, 佐证材料, 验收人, 验收日期) sit beside the columns they belong with.
internal enum LedgerColumn
{
    Number,
    FindingId,
    Group,
    FoundOn,
    InspectedUnit,
    Category,
    FocusArea,
    Description,
    ResponsibleUnit,
    ResponsiblePeople,
    SupervisingLeader,
    LeadOffice,
    Mode,
    Measures,
    AssignedOn,
    Deadline,
    Status,
    Progress,
    Evidence,
    CompletedOn,
    ClosedOn,
    VerifiedBy,
    VerifiedOn,
    DaysOverdue,
    Accountability,
    Remarks,
}
