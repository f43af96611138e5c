using System.Globalization;

namespace Supervision.Reporting;

/// <summary>
/// One problem found in data that came from outside — a round or spec JSON file, calendar data, a returned ledger —
/// or a warning about a generated document: how serious it is, a stable code, what is wrong, and where
/// (<see cref="DiagnosticLocation"/>: a JSON path with its line and column, a sheet!cell of a workbook, or a document
/// element). Messages state the rule and quote ids, dates, codes and positions, never a person's name.
/// </summary>
public sealed record Diagnostic
{
    /// <summary>Creates a diagnostic.</summary>
    /// <param name="severity">Error or warning.</param>
    /// <param name="code">A short stable name of the rule (kebab-case, e.g. <c>reference</c>, <c>date-order</c>).</param>
    /// <param name="message">What is wrong, stating the rule.</param>
    /// <param name="location">Where it is.</param>
    /// <exception cref="ArgumentException"><paramref name="code"/> or <paramref name="message"/> is null or empty, or <paramref name="severity"/> is not defined.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="location"/> is null.</exception>
    public Diagnostic(DiagnosticSeverity severity, string code, string message, DiagnosticLocation location)
    {
        if (!Enum.IsDefined(severity))
        {
            throw new ArgumentException($"{severity} is not a defined severity.", nameof(severity));
        }

        ArgumentException.ThrowIfNullOrEmpty(code);
        ArgumentException.ThrowIfNullOrEmpty(message);
        ArgumentNullException.ThrowIfNull(location);
        Severity = severity;
        Code = code;
        Message = message;
        Location = location;
    }

    /// <summary>Error or warning.</summary>
    public DiagnosticSeverity Severity { get; }

    /// <summary>A short stable name of the rule (e.g. <c>reference</c>, <c>date-order</c>, <c>unknown-property</c>, <c>rejected-row</c>).</summary>
    public string Code { get; }

    /// <summary>What is wrong, stating the rule.</summary>
    public string Message { get; }

    /// <summary>Where the problem is.</summary>
    public DiagnosticLocation Location { get; }

    /// <summary>True for an error.</summary>
    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <summary>An error at <paramref name="location"/>.</summary>
    /// <param name="code">The rule's code.</param>
    /// <param name="message">What is wrong.</param>
    /// <param name="location">Where.</param>
    /// <returns>The diagnostic.</returns>
    public static Diagnostic Error(string code, string message, DiagnosticLocation location) => new(DiagnosticSeverity.Error, code, message, location);

    /// <summary>A warning at <paramref name="location"/>.</summary>
    /// <param name="code">The rule's code.</param>
    /// <param name="message">What is suspicious.</param>
    /// <param name="location">Where.</param>
    /// <returns>The diagnostic.</returns>
    public static Diagnostic Warning(string code, string message, DiagnosticLocation location) => new(DiagnosticSeverity.Warning, code, message, location);

    /// <summary>The same diagnostic at another location (e.g. with the line and column found).</summary>
    /// <param name="location">The new location.</param>
    /// <returns>The diagnostic.</returns>
    public Diagnostic At(DiagnosticLocation location) => new(Severity, Code, Message, location);

    /// <summary>Formats the diagnostic as one line: <c>error $.path (line 12, column 5): message</c> or <c>warning 整改台账!K7: message</c>.</summary>
    /// <returns>The line.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{(IsError ? "error" : "warning")} {Location}: {Message}");
}
