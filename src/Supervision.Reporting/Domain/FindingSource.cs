namespace Supervision.Reporting.Domain;

/// <summary>Where a finding came from (问题来源).</summary>
/// <remarks>In JSON each value is written as its kebab-case code; <see cref="Vocabulary"/> gives the code and the zh-Hans, zh-Hant and English labels.</remarks>
public enum FindingSource
{
    /// <summary>Inspection — 监督检查 (<c>inspection</c>).</summary>
    Inspection,

    /// <summary>Public report — 群众反映 (<c>public-report</c>).</summary>
    PublicReport,

    /// <summary>Referral — 移交 (<c>referral</c>).</summary>
    Referral,

    /// <summary>Self-inspection — 自查 (<c>self-inspection</c>).</summary>
    SelfInspection,

    /// <summary>Data analysis — 数据分析 (<c>data-analysis</c>).</summary>
    DataAnalysis,
}
