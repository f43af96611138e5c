using Supervision.Reporting.Calendar;
using Supervision.Reporting.Domain;
using Supervision.Reporting.Validation;

namespace Supervision.Reporting;

/// <summary>
/// Checks a round against the rules of the data format (docs/data-format.md): references resolve, ids are unique,
/// dates are in order, statuses agree with dates, texts are within limits. Every problem is reported
/// together, each with its JSON path; suspicious but possible data gives warnings.
/// </summary>
public static class RoundValidator
{
    /// <summary>The longest name or title, in characters.</summary>
    public const int MaxNameLength = 200;

    /// <summary>The longest finding summary, in characters.</summary>
    public const int MaxSummaryLength = 500;

    /// <summary>The longest description, note or measures text, in characters.</summary>
    public const int MaxTextLength = 20_000;

    /// <summary>Validates <paramref name="round"/>.</summary>
    /// <param name="round">The round.</param>
    /// <param name="calendar">The working-day calendar for deadlines given in working days; China's by default.</param>
    /// <returns>The report: empty when the round is valid and unsuspicious.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="round"/> is null.</exception>
    public static DiagnosticReport Validate(SupervisionRound round, WorkingDayCalendar? calendar = null)
    {
        ArgumentNullException.ThrowIfNull(round);
        return ValidatedRounds.Validate(round, calendar ?? WorkingDayCalendar.China);
    }

    internal static DiagnosticReport Compute(SupervisionRound round, WorkingDayCalendar calendar) => Validate(round, calendar, unreadable: null);

    // The reader passes the paths whose values it could not read, so that rules do not judge placeholders.
    internal static DiagnosticReport Validate(SupervisionRound round, WorkingDayCalendar calendar, IReadOnlySet<string>? unreadable)
    {
        var rules = new RoundRules(round, calendar, unreadable);
        rules.CheckAll();
        return new DiagnosticReport(rules.Problems);
    }
}
