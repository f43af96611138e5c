namespace Supervision.Reporting;

/// <summary>How serious a <see cref="Diagnostic"/> is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>The data is wrong: it cannot be used until corrected.</summary>
    Error,

    /// <summary>The data is suspicious but possible (e.g. a finding dated outside the round's period), or a document was produced with a reservation (e.g. a character no font has).</summary>
    Warning,
}
