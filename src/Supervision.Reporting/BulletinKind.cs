namespace Supervision.Reporting;

/// <summary>The kinds of bulletin the library generates.</summary>
public enum BulletinKind
{
    /// <summary>A typical-case bulletin (典型问题通报): numbered cases with their handling.</summary>
    TypicalCases,

    /// <summary>A statistical bulletin (情况通报) as of a date: figures, tables, charts, typical cases.</summary>
    Statistics,

    /// <summary>A daily report (日报) for one date.</summary>
    Daily,
}
