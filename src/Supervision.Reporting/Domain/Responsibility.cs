namespace Supervision.Reporting.Domain;

/// <summary>
/// The responsibility a person bears for a finding (责任类型), as a case narrative states it: "X作为…，对此负有直接责任".
/// </summary>
/// <remarks>In JSON each value is written as its kebab-case code; <see cref="Vocabulary"/> gives the code and the zh-Hans, zh-Hant and English labels.</remarks>
public enum Responsibility
{
    /// <summary>Direct responsibility — 直接责任 (<c>direct</c>): the person whose own acts or omissions caused the problem.</summary>
    Direct,

    /// <summary>Main leadership responsibility — 主要领导责任 (<c>main-leadership</c>): the leader in charge of the work as a whole.</summary>
    MainLeadership,

    /// <summary>Important leadership responsibility — 重要领导责任 (<c>important-leadership</c>): a leader in charge of the part of the work concerned.</summary>
    ImportantLeadership,
}
