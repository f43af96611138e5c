namespace Supervision.Reporting.Rendering.Excel;

// The detail columns of DESIGN §8, in the contract's order; the importer matches on these headers.
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
    Mode,
    Measures,
    AssignedOn,
    Deadline,
    Status,
    Progress,
    CompletedOn,
    ClosedOn,
    DaysOverdue,
    Accountability,
    Remarks,
}
