namespace Supervision.Reporting.Domain;

/// <summary>The state of a rectification (整改状态).</summary>
/// <remarks>In JSON each value is written as its kebab-case code; <see cref="Vocabulary"/> gives the code and the zh-Hans, zh-Hant and English labels.</remarks>
public enum RectificationStatus
{
    /// <summary>Open — 未整改 (<c>open</c>).</summary>
    Open,

    /// <summary>In progress — 整改中 (<c>in-progress</c>).</summary>
    InProgress,

    /// <summary>Rectified — 已整改 (<c>rectified</c>).</summary>
    Rectified,

    /// <summary>Closed — 已销号 (<c>closed</c>).</summary>
    Closed,
}
