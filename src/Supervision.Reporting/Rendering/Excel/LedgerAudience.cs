namespace Supervision.Reporting.Rendering.Excel;

/// <summary>Who a ledger is for, which decides how people are named (DESIGN §9).</summary>
public enum LedgerAudience
{
    /// <summary>Internal use (内部): full names.</summary>
    Internal,

    /// <summary>Public (公开): masked people as surname + 某, hidden people omitted, names in free text replaced.</summary>
    Public,
}
