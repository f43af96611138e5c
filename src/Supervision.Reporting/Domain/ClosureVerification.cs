using NodaTime;

namespace Supervision.Reporting.Domain;

/// <summary>
/// The verification of a rectification before the problem is closed (验收, 对账销号): who checked that the problem
/// was rectified, and when.
/// </summary>
public sealed record ClosureVerification
{
    /// <summary>Who verified: a body or office (e.g. 市纪委监委第一监督检查组) or a person, as the office records it.</summary>
    /// <remarks>A name written here is redacted in public documents like any text that names a person of the round.</remarks>
    public required string By { get; init; }

    /// <summary>The date of the verification.</summary>
    public required LocalDate On { get; init; }

    /// <summary>What the verification found, when noted.</summary>
    public string? Note { get; init; }
}
