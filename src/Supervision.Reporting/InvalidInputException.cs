namespace Supervision.Reporting;

/// <summary>
/// Thrown when data from outside has errors where a valid value is required — a round given to a generator, a spec
/// that does not fit the round, <see cref="ReadResult{T}.GetValueOrThrow"/> — with the report of every problem.
/// </summary>
public sealed class InvalidInputException : Exception
{
    /// <summary>Creates the exception for a report with errors.</summary>
    /// <param name="report">The report.</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public InvalidInputException(DiagnosticReport report)
        : base((report ?? throw new ArgumentNullException(nameof(report))).ToString()) => Report = report;

    /// <summary>Creates the exception with an empty report.</summary>
    public InvalidInputException()
        : this(DiagnosticReport.Empty)
    {
    }

    /// <summary>Creates the exception with a message only.</summary>
    /// <param name="message">The message.</param>
    public InvalidInputException(string message)
        : base(message) => Report = DiagnosticReport.Empty;

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public InvalidInputException(string message, Exception innerException)
        : base(message, innerException) => Report = DiagnosticReport.Empty;

    /// <summary>Every problem found.</summary>
    public DiagnosticReport Report { get; }
}
