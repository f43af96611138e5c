namespace Supervision.Reporting;

/// <summary>How a ledger is split into one workbook per recipient (分单位整改清单, docs/ledger.md "Split ledgers").</summary>
public enum LedgerSplit
{
    /// <summary>One workbook per responsible unit (责任单位): each unit receives only the problems it must rectify.</summary>
    ResponsibleUnit,

    /// <summary>One workbook per top-level area (county or district) of the inspected unit.</summary>
    Area,

    /// <summary>One workbook per inspection group (监督检查组) whose inspection found the problems.</summary>
    Group,
}
