namespace Supervision.Reporting.Domain;

/// <summary>How serious a finding is (问题性质).</summary>
/// <remarks>In JSON each value is written as its kebab-case code; <see cref="Vocabulary"/> gives the code and the zh-Hans, zh-Hant and English labels.</remarks>
public enum Severity
{
    /// <summary>Minor — 轻微 (<c>minor</c>).</summary>
    Minor,

    /// <summary>General — 一般 (<c>general</c>).</summary>
    General,

    /// <summary>Serious — 较重 (<c>serious</c>).</summary>
    Serious,

    /// <summary>Major — 严重 (<c>major</c>).</summary>
    Major,
}
