namespace Supervision.Reporting.Domain;

/// <summary>How a problem is to be rectified (整改方式).</summary>
/// <remarks>In JSON each value is written as its kebab-case code; <see cref="Vocabulary"/> gives the code and the zh-Hans, zh-Hant and English labels.</remarks>
public enum RectificationMode
{
    /// <summary>Immediate — 立行立改 (<c>immediate</c>).</summary>
    Immediate,

    /// <summary>Time-limited — 限期整改 (<c>time-limited</c>).</summary>
    TimeLimited,

    /// <summary>Ongoing — 长期坚持 (<c>ongoing</c>).</summary>
    Ongoing,
}
