namespace Supervision.Reporting.Domain;

/// <summary>Whether a finding is a problem to rectify or a service problem solved for the public.</summary>
/// <remarks>In JSON each value is written as its kebab-case code; <see cref="Vocabulary"/> gives the code and the zh-Hans, zh-Hant and English labels.</remarks>
public enum FindingKind
{
    /// <summary>Violation — 问题 (<c>violation</c>).</summary>
    Violation,

    /// <summary>Service problem solved — 办实事 (<c>service</c>).</summary>
    Service,
}
