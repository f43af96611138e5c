namespace Supervision.Reporting.Validation;

/// <summary>Thrown when a round with errors is used where a valid round is required. <see cref="Report"/> lists every problem.</summary>
public sealed class RoundValidationException : Exception
{
    /// <summary>Creates the exception for a report with errors.</summary>
    /// <param name="report">The report.</param>
    public RoundValidationException(ValidationReport report)
        : base((report ?? throw new ArgumentNullException(nameof(report))).ToString()) => Report = report;

    /// <summary>Creates the exception with a message only.</summary>
    public RoundValidationException()
        : this(ValidationReport.Empty)
    {
    }

    /// <summary>Creates the exception with a message only.</summary>
    /// <param name="message">The message.</param>
    public RoundValidationException(string message)
        : base(message) => Report = ValidationReport.Empty;

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public RoundValidationException(string message, Exception innerException)
        : base(message, innerException) => Report = ValidationReport.Empty;

    /// <summary>Every problem found.</summary>
    public ValidationReport Report { get; }
}
