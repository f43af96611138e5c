namespace Supervision.Reporting.Domain;

/// <summary>The kind of an event in a round (工作动态).</summary>
/// <remarks>In JSON each value is written as its kebab-case code; <see cref="Vocabulary"/> gives the code and the zh-Hans, zh-Hant and English labels.</remarks>
public enum RoundEventKind
{
    /// <summary>Meeting — 会议 (<c>meeting</c>).</summary>
    Meeting,

    /// <summary>Deployment — 工作部署 (<c>deployment</c>).</summary>
    Deployment,

    /// <summary>Guidance — 督导指导 (<c>guidance</c>).</summary>
    Guidance,

    /// <summary>Notice — 通报 (<c>notice</c>).</summary>
    Notice,

    /// <summary>Report — 报告 (<c>report</c>).</summary>
    Report,

    /// <summary>Other — 其他 (<c>other</c>).</summary>
    Other,
}
