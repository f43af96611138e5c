namespace Supervision.Reporting.Domain;

/// <summary>The four forms of supervision and discipline (监督执纪“四种形态”).</summary>
/// <remarks>In JSON each value is written as its kebab-case code; <see cref="Vocabulary"/> gives the code and the zh-Hans, zh-Hant and English labels.</remarks>
public enum FourForms
{
    /// <summary>First form — 第一种形态 (<c>first</c>).</summary>
    First,

    /// <summary>Second form — 第二种形态 (<c>second</c>).</summary>
    Second,

    /// <summary>Third form — 第三种形态 (<c>third</c>).</summary>
    Third,

    /// <summary>Fourth form — 第四种形态 (<c>fourth</c>).</summary>
    Fourth,
}
