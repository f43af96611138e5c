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

    public override string UnknownDecider => "the discipline inspection authority";

    public override string CaseTitle(string subjectAndPredicate) => subjectAndPredicate + ".";

    public override string CaseHeading(int number, string title) => number.ToString(CultureInfo.InvariantCulture) + ". " + title;

    public override string FoundBySource(LocalDate day, FindingSource source, string description) => F("On {0}, {1}: {2}", Day(day), source switch
    {
        FindingSource.PublicReport => "following a report from the public, it was verified that",
        FindingSource.Referral => "following a referred lead, it was verified that",
        FindingSource.SelfInspection => "a self-inspection found that",
        FindingSource.DataAnalysis => "data analysis found that",
        _ => "supervision found that",
    }, description);

    public override string FoundByInspection(LocalDate day, string group, InspectionMethod method, string place, string description) =>
        F("On {0}, {1} inspected {2}{3} and found: {4}", Day(day), group, place, Method(method), description);

    public override string Consequence(Severity severity) => severity switch
    {
        Severity.Major or Severity.Serious => ", causing an adverse impact",
        Severity.General => ", creating a risk",
        _ => string.Empty,
    };

    public override string ResponsibilityClause(string people, string? position, Responsibility responsibility, bool first)
    {
        var label = EnglishText.InSentence(Vocabulary.Label(responsibility, Language));
        var verb = people.Contains(" people", StringComparison.Ordinal) || people.Contains(" and ", StringComparison.Ordinal) ? "bear" : "bears";
        return first && position is { Length: > 0 }
            ? F("{0}, as {1}, {2} {3} for it", people, position, verb, label)
            : F("{0} {1} {2}", people, verb, label);
    }

    public override string ResponsibilitySentence(IReadOnlyList<string> clauses) => clauses.Count == 0 ? string.Empty : " " + string.Join("; ", clauses) + ".";

    // " On 16 November 2022, the county commission held a reminder talk with Tang and 3 others (4 people) and criticised and educated …."
    public override string Decision(LocalDate date, string decider, IReadOnlyList<(string People, MeasureForm Form)> parts)
    {
        var clauses = parts.Select(p => MeasureWording.Clause(p.Form, p.People, Language)).ToList();
        var joined = clauses.Count <= 2 ? string.Join(" and ", clauses) : string.Join(", ", clauses.Take(clauses.Count - 1)) + " and " + clauses[^1];
        return F(" On {0}, {1} {2}.", ChineseFormat.Date(date, Language), decider, joined);
    }

    public override string People(IReadOnlyList<string> names, int count) => names.Count switch
    {
        0 => count == 1 ? "the person responsible" : F("{0} people responsible", count),
        _ when count == 1 => names[0],
        2 when count == 2 => names[0] + " and " + names[1],
        _ => F("{0} and {1} other{2} ({3} people)", names[0], count - 1, count == 2 ? string.Empty : "s", count),
    };

    public override string Title(int cases, string topic, IReadOnlyList<string> kinds) =>
        EnglishText.Headline(F("Notice on {0} Typical Case{1} of {2} in {3} Work", cases, cases == 1 ? string.Empty : "s", kinds.Count == 0 ? "Misconduct" : Kinds(kinds), topic));

    public override string Preamble(LocalDate start, string authority, int groups, int focusAreas, string roundTitle, string topic, IReadOnlyList<string> kinds, int cases) =>
        F("Since {0}, {1} has carried out {2}{3}{4}, and found that some localities and units still show {5} in {6} work, and that some officials fail to perform their duties. To uphold discipline and strengthen warning education, {7} typical case{8} {9} notified as follows:",
            ChineseText.YearMonth(start, Language),
            authority,
            roundTitle,
            groups > 0 ? F(" with {0} inspection group{1}", groups, groups == 1 ? string.Empty : "s") : string.Empty,
            focusAreas > 0 ? F(" on {0} focus area{1}", focusAreas, focusAreas == 1 ? string.Empty : "s") : string.Empty,
            kinds.Count > 0 ? "problems such as " + string.Join(", ", kinds.Select(EnglishText.InSentence)) : "inaction, formalism and bureaucratism",
            topic,
            cases,
            cases == 1 ? string.Empty : "s",
            cases == 1 ? "is" : "are");

    public override string Reflection(string topic, IReadOnlyList<string> categories) =>
        F("These cases show that some localities and units lack a sense of responsibility and a solid work style in {0} work{1}, harming the interests of the public and the implementation of decisions. Party organisations and members at every level must take warning and draw lessons from them.",
            topic, categories.Count > 0 ? F(", and that problems such as {0} persist", string.Join(", ", categories.Select(EnglishText.InSentence))) : string.Empty);

    public override IReadOnlyList<(string Heading, string Text)> Requirements(string topic, bool cityLevel)
    {
        var who = cityLevel
            ? "The county commissions, the stationed discipline inspection groups and the inspection groups"
            : "The inspection groups and the units concerned";
        return
        [
            ("(1) Strengthen warning education. ", F("{0} must use these cases as warnings and press the Party organisations of their localities, departments and units to take full responsibility for {1}, so that every decision is carried out.", who, topic)),
            ("(2) Strengthen supervision. ", F("Supervision must keep to the key tasks of {0}, with unannounced and covert visits, following up every problem found until it is rectified.", topic)),
            ("(3) Enforce discipline and accountability strictly. ", "Inaction, buck-passing and perfunctory work will be investigated case by case, failures of duty held strictly accountable, and typical cases made public."),
        ];
    }

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

    private static string Kinds(IReadOnlyList<string> kinds) => kinds.Count switch
    {
        1 => kinds[0],
        2 => kinds[0] + " and " + kinds[1],
        _ => kinds[0] + " and Others",
    };

    private string Day(LocalDate date) => ChineseFormat.MonthDay(date, Language);

    private static string F(string pattern, params object[] values) => string.Format(CultureInfo.InvariantCulture, pattern, values);
}
