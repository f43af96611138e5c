namespace Supervision.Reporting.Domain;

/// <summary>How a person is named in public documents (公开方式).</summary>
/// <remarks>In JSON each value is written as its kebab-case code; <see cref="Vocabulary"/> gives the code and the zh-Hans, zh-Hant and English labels.</remarks>
public enum Disclosure
{
    /// <summary>Full name — 实名 (<c>full</c>).</summary>
    Full,

    /// <summary>Masked (surname + 某) — 隐名 (<c>masked</c>).</summary>
    Masked,

    /// <summary>Hidden — 不公开 (<c>hidden</c>).</summary>
    Hidden,
}
