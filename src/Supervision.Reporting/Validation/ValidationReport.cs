using System.Globalization;
using System.Text;

namespace Supervision.Reporting.Validation;

/// <summary>Every problem found in a round, errors and warnings together.</summary>
public sealed class ValidationReport
{
    /// <summary>Creates a report of <paramref name="problems"/>.</summary>
    /// <param name="problems">The problems, in the order found.</param>
    /// <exception cref="ArgumentNullException"><paramref name="problems"/> is null.</exception>
    public ValidationReport(IEnumerable<ValidationProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        Problems = [.. problems];
        Errors = [.. Problems.Where(p => p.Severity == ProblemSeverity.Error)];
        Warnings = [.. Problems.Where(p => p.Severity == ProblemSeverity.Warning)];
    }

    /// <summary>A report with no problems.</summary>
    public static ValidationReport Empty { get; } = new([]);

    /// <summary>All problems.</summary>
    public IReadOnlyList<ValidationProblem> Problems { get; }

    /// <summary>The errors.</summary>
    public IReadOnlyList<ValidationProblem> Errors { get; }

    /// <summary>The warnings.</summary>
    public IReadOnlyList<ValidationProblem> Warnings { get; }

    /// <summary>True when there is at least one error.</summary>
    public bool HasErrors => Errors.Count > 0;

    /// <summary>True when there are no errors (warnings allowed).</summary>
    public bool IsValid => !HasErrors;

    /// <summary>A report with the problems of this one and of <paramref name="other"/>.</summary>
    /// <param name="other">Another report.</param>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    public ValidationReport Merge(ValidationReport other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return other.Problems.Count == 0 ? this : new ValidationReport(Problems.Concat(other.Problems));
    }

    /// <summary>A summary line followed by one line per problem.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{Errors.Count} error(s), {Warnings.Count} warning(s)");
        foreach (var problem in Problems)
        {
            text.Append('\n').Append(problem);
        }

        return text.ToString();
    }
}
