using Supervision.Reporting.Domain;
using Supervision.Reporting.Validation;

namespace Supervision.Reporting.Serialization;

/// <summary>
/// The outcome of reading a round: the round (when the document could be mapped at all) and the report
/// of every problem found, from JSON syntax to the rules of the format.
/// </summary>
public sealed class RoundReadResult
{
    internal RoundReadResult(SupervisionRound? round, ValidationReport report)
    {
        Round = round;
        Report = report;
    }

    /// <summary>The round as read; null when the document is not JSON or not an object. It may be present yet invalid: check <see cref="IsValid"/>.</summary>
    public SupervisionRound? Round { get; }

    /// <summary>Every problem found, errors and warnings, with JSON paths and line/column positions.</summary>
    public ValidationReport Report { get; }

    /// <summary>True when a round was read and has no errors (it may have warnings).</summary>
    public bool IsValid => Round is not null && !Report.HasErrors;

    /// <summary>The valid round.</summary>
    /// <returns>The round.</returns>
    /// <exception cref="RoundValidationException">The document has errors; the exception's report lists them all.</exception>
    public SupervisionRound GetValueOrThrow() => IsValid ? Round! : throw new RoundValidationException(Report);
}
