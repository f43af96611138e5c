namespace Supervision.Reporting.Domain;

/// <summary>How an inspection was carried out (检查方式).</summary>
/// <remarks>In JSON each value is written as its kebab-case code; <see cref="Vocabulary"/> gives the code and the zh-Hans, zh-Hant and English labels.</remarks>
public enum InspectionMethod
{
    /// <summary>Unannounced visit — 四不两直 (<c>unannounced</c>).</summary>
    Unannounced,

    /// <summary>Covert visit — 暗访 (<c>covert</c>).</summary>
    Covert,

    /// <summary>Scheduled inspection — 计划检查 (<c>scheduled</c>).</summary>
    Scheduled,

    /// <summary>Document review — 查阅资料 (<c>document-review</c>).</summary>
    DocumentReview,

    /// <summary>Individual interview — 个别谈话 (<c>interview</c>).</summary>
    Interview,

    /// <summary>Remote video check — 视频抽查 (<c>remote</c>).</summary>
    Remote,
}
