namespace Supervision.Reporting;

/// <summary>Where a statistical bulletin puts its tables and charts.</summary>
public enum TablePlacement
{
    /// <summary>
    /// In one 附件 after the signature and date, from a new page, with a 附件说明 line closing the body; the prose
    /// cites them as 附件表N. The default, as offices attach statistics to a 情况通报.
    /// </summary>
    Annex,

    /// <summary>In the body, each table or chart after the paragraph that cites it (见表N); no 附件.</summary>
    Body,
}
