namespace Supervision.Reporting.Rendering.Pdf;

/// <summary>
/// The typographic roles of a GB/T 9704-2012 document (公文), each served by its own font chain.
/// </summary>
public enum PdfFontRole
{
    /// <summary>Title and issuing-authority mark: 小标宋-class (e.g. 方正小标宋简体).</summary>
    Title = 0,

    /// <summary>Body text: 仿宋-class (e.g. 仿宋_GB2312).</summary>
    Body = 1,

    /// <summary>First-level headings 一、: 黑体-class (e.g. SimHei).</summary>
    Heading1 = 2,

    /// <summary>Second-level headings （一）: 楷体-class (e.g. 楷体_GB2312).</summary>
    Heading2 = 3,

    /// <summary>Page numbers: 宋体-class (e.g. SimSun).</summary>
    PageNumber = 4,

    /// <summary>Table text: 仿宋-class unless a table font is registered.</summary>
    Table = 5,
}
