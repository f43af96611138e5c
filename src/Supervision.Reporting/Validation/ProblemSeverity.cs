namespace Supervision.Reporting.Validation;

/// <summary>How serious a validation problem is.</summary>
public enum ProblemSeverity
{
    /// <summary>The data is wrong: it cannot be used until corrected.</summary>
    Error,

    /// <summary>The data is suspicious but possible (e.g. a finding dated outside the round's period).</summary>
    Warning,
}
