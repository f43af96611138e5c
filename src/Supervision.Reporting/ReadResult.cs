using System.Diagnostics.CodeAnalysis;

namespace Supervision.Reporting;

/// <summary>
/// The outcome of reading data from outside (a round or spec JSON file, calendar data, a returned ledger): the value,
/// when the input could be read at all, and the report of every problem found. Like NodaTime's <c>ParseResult</c>,
/// expected failures are a result, not an exception.
/// </summary>
/// <typeparam name="T">What was read.</typeparam>
/// <example>
/// <code>
/// var result = RoundJson.ReadFile("round.json");
/// if (!result.IsValid) { Console.Error.WriteLine(result.Report); return 1; }
/// var round = result.Value;   // no '!' needed
/// </code>
/// </example>
public sealed class ReadResult<T>
    where T : class
{
    internal ReadResult(T? value, DiagnosticReport report)
    {
        Value = value;
        Report = report;
    }

    /// <summary>What was read; null when the input could not be read at all. It may be present yet invalid: check <see cref="IsValid"/>.</summary>
    public T? Value { get; }

    /// <summary>Every problem found, errors and warnings, each with its place.</summary>
    public DiagnosticReport Report { get; }

    /// <summary>True when a value was read and there are no errors (there may be warnings).</summary>
    [MemberNotNullWhen(true, nameof(Value))]
    public bool IsValid => Value is not null && !Report.HasErrors;

    /// <summary>The value, when valid.</summary>
    /// <returns>The value.</returns>
    /// <exception cref="InvalidInputException">The input has errors; the exception's report lists them all.</exception>
    public T GetValueOrThrow() => IsValid ? Value : throw new InvalidInputException(Report);

    /// <summary>The report's text.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Report.ToString();
}
