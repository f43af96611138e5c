using System.Runtime.CompilerServices;
using Supervision.Reporting.Calendar;
using Supervision.Reporting.Domain;

namespace Supervision.Reporting.Validation;

// Every generator validates the round it is given (one rule for all of them). A round is immutable, so its report
// for a calendar is remembered with the instance: a round read by RoundJson, or written to a ledger and then a
// bulletin, is validated once. A changed round (`round with { … }`) is a new instance and is validated again.
internal static class ValidatedRounds
{
    private static readonly ConditionalWeakTable<SupervisionRound, Entry> Reports = new();

    public static void Remember(SupervisionRound round, WorkingDayCalendar calendar, DiagnosticReport report) =>
        Reports.AddOrUpdate(round, new Entry(calendar, report));

    public static DiagnosticReport Validate(SupervisionRound round, WorkingDayCalendar calendar)
    {
        if (Reports.TryGetValue(round, out var entry) && ReferenceEquals(entry.Calendar, calendar))
        {
            return entry.Report;
        }

        var report = RoundValidator.Compute(round, calendar);
        Remember(round, calendar, report);
        return report;
    }

    public static void EnsureValid(SupervisionRound round, WorkingDayCalendar calendar)
    {
        var report = Validate(round, calendar);
        if (report.HasErrors)
        {
            throw new InvalidInputException(report);
        }
    }

    private sealed record Entry(WorkingDayCalendar Calendar, DiagnosticReport Report);
}
