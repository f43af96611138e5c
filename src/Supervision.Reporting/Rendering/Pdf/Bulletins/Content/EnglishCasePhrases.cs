using System.Globalization;
using NodaTime;
using Supervision.Reporting.Analytics;
using Supervision.Reporting.Domain;
using Supervision.Reporting.Formatting;

namespace Supervision.Reporting.Rendering.Pdf.Bulletins.Content;

// The English sentence patterns, for international readers. The round's own text (places,
// summaries, descriptions) stays as entered; only the generated prose is English.
internal sealed class EnglishCasePhrases : CasePhrases
{
    public static readonly EnglishCasePhrases Instance = new();

    private EnglishCasePhrases()
    {
    }

    public override Language Language => Language.English;

    public override string PersonFailed => " failed to perform duties: ";

    public override string UnitHas => ": ";

    public override string UnknownUnit => "the responsible unit";

    public override string Closed => " The problem has been rectified and closed.";

    public override string Rectified => " The problem has been rectified.";

    public override string InProgress => " Rectification is in progress.";

    public override string NotYetRectified => " The problem has not yet been rectified.";

    public override string UnknownDecider => "the discipline inspection authority";

    public override string CaseTitle(string subjectAndPredicate) => subjectAndPredicate + ".";

    public override string CaseHeading(int number, string title) => number.ToString(CultureInfo.InvariantCulture) + ". " + title;

    public override string FoundBySource(LocalDate day, FindingSource source, string description) => F("On {0}, {1}: {2}", Day(day), source switch
    {
        FindingSource.PublicReport => "following a report from the public",
        FindingSource.Referral => "following a referred lead",
        FindingSource.SelfInspection => "in a self-inspection",
        FindingSource.DataAnalysis => "from data analysis",
        _ => "in supervision",
    }, description);

    public override string FoundByInspection(LocalDate day, string group, InspectionMethod method, string place, string description, bool descriptionSaysFound) =>
        F("On {0}, {1} inspected {2}{3} and found: {4}", Day(day), group, place, Method(method), description);

    public override string Requirement(RectificationMode mode, LocalDate? deadline) => mode switch
    {
        RectificationMode.Immediate => "immediate rectification",
        RectificationMode.Ongoing => "a lasting mechanism and continued rectification",
        _ => deadline is { } date ? F("rectification by {0}", Day(date)) : "rectification within a time limit",
    };

    public override string FeedbackAlreadyTold(string unit, string requirement) => F(" {0} was required to carry out {1}.", unit, requirement);

    public override string Feedback(LocalDate day, string? group, string unit, string requirement) => group is null
        ? F(" On {0} the problem was fed back to {1}, requiring {2}.", Day(day), unit, requirement)
        : F(" On {0}, {1} fed the problem back to {2}, requiring {3}.", Day(day), group, unit, requirement);

    public override string MeasuresTaken(string measures) => " Measures taken by the responsible unit: " + measures;

    public override string Overdue(LocalDate asOf, int workingDays) =>
        F(" As of {0}, the problem is {1} working day{2} past its deadline and has not been rectified.", Day(asOf), workingDays, workingDays == 1 ? string.Empty : "s");

    public override string Decision(LocalDate date, string decider, IReadOnlyList<(string People, MeasureForm Form)> parts) =>
        F(" On {0}, {1} decided: {2}.", ChineseFormat.Date(date, Language), decider,
            string.Join("; ", parts.Select(p => F("{0} for {1}", Vocabulary.Label(p.Form, Language).ToLowerInvariant(), p.People))));

    public override string People(IReadOnlyList<string> names, int count) => names.Count switch
    {
        0 => count == 1 ? "the person responsible" : F("{0} people responsible", count),
        _ when count == 1 => names[0],
        2 when count == 2 => names[0] + " and " + names[1],
        _ => F("{0} and {1} other{2} ({3} people)", names[0], count - 1, count == 2 ? string.Empty : "s", count),
    };

    public override string Title(int cases, string topic) => F("Notice on {0} Typical Case{1} in {2} Work", cases, cases == 1 ? string.Empty : "s", topic);

    public override string Preamble(LocalDate start, string authority, int groups, int focusAreas, string roundTitle, string topic, int cases) =>
        F("Since {0}, {1} has carried out {2}{3}{4}, dealing strictly with inaction, formalism and bureaucratism in {5} work. To uphold discipline and serve as a warning, {6} typical case{7} {8} notified as follows:",
            ChineseText.YearMonth(start, Language),
            authority,
            roundTitle,
            groups > 0 ? F(" with {0} inspection group{1}", groups, groups == 1 ? string.Empty : "s") : string.Empty,
            focusAreas > 0 ? F(" on {0} focus area{1}", focusAreas, focusAreas == 1 ? string.Empty : "s") : string.Empty,
            topic,
            cases,
            cases == 1 ? string.Empty : "s",
            cases == 1 ? "is" : "are");

    public override string Reflection(string topic, IReadOnlyList<string> categories) =>
        F("These cases show that some localities and units lack a sense of responsibility and a solid work style in {0} work{1}, harming the interests of the public and the implementation of decisions. Party organisations and members at every level must take warning and draw lessons from them.",
            topic, categories.Count > 0 ? F(", and that problems such as {0} persist", string.Join(", ", categories).ToLowerInvariant()) : string.Empty);

    public override IReadOnlyList<(string Heading, string Text)> Requirements(string topic) =>
    [
        ("(1) Fix responsibility firmly. ", F("Party organisations at every level must take full responsibility for {0}; principal leaders must take charge in person so that every decision is carried out.", topic)),
        ("(2) Rectify at once. ", "Responsible units must keep a ledger of the problems found, with time limits, closing them one by one; what can be rectified at once is rectified at once, the rest by a plan within a time limit."),
        ("(3) Enforce discipline strictly. ", "Discipline inspection and supervision bodies must keep up supervision; poor performance, buck-passing and perfunctory work will be investigated case by case and typical cases made public."),
    ];

    public override string Recipients(bool cityLevel) => cityLevel
        ? "Discipline inspection commissions of the counties, cities and districts; stationed discipline inspection groups; all inspection groups"
        : "All inspection groups and units concerned";

    public override string PrintingOffice(string authority) => "Office of " + authority;

    public override string Addressee(string recipients) => recipients.EndsWith(':') || recipients.EndsWith('：') ? recipients : recipients + ":";

    public override string CopyToLabel => "Copy to: ";

    public override string CopyToEnd => ".";

    public override string PrintLine(LocalDate printedOn) => "Issued on " + ChineseFormat.Date(printedOn, Language);

    public override string Subject(string roundTitle) => roundTitle + " — typical-case notice";

    public override string Keywords(string topic, string roundId) => "typical cases," + topic + "," + roundId;

    private static string Method(InspectionMethod method) => method switch
    {
        InspectionMethod.Unannounced => " unannounced",
        InspectionMethod.Covert => " covertly",
        InspectionMethod.DocumentReview => " by reviewing documents",
        InspectionMethod.Interview => " by interviews",
        InspectionMethod.Remote => " by remote video",
        _ => string.Empty,
    };

    private string Day(LocalDate date) => ChineseFormat.MonthDay(date, Language);

    private static string F(string pattern, params object[] values) => string.Format(CultureInfo.InvariantCulture, pattern, values);
}
