using NodaTime;
using Supervision.Reporting.Analytics;
using Supervision.Reporting.Domain;
using Supervision.Reporting.Formatting;

namespace Supervision.Reporting.Rendering.Pdf.Bulletins.Content;

// Every sentence pattern of the typical-case bulletin, per language: the composers decide what to
// say from the facts, these classes say it. Data (names, places, summaries) is passed in as is.
internal abstract class CasePhrases
{
    public static CasePhrases For(Language language) => language switch
    {
        Language.English => EnglishCasePhrases.Instance,
        Language.ZhHant => ChineseCasePhrases.Traditional,
        _ => ChineseCasePhrases.Simplified,
    };

    public abstract Language Language { get; }

    // Joins a subject and a summary that does not already read as what the subject did.
    public abstract string PersonFailed { get; }

    public abstract string UnitHas { get; }

    public abstract string CaseTitle(string subjectAndPredicate);

    public abstract string CaseHeading(int number, string title);

    public abstract string FoundBySource(LocalDate day, FindingSource source, string description);

    public abstract string FoundByInspection(LocalDate day, string group, InspectionMethod method, string place, string description);

    // What the conduct led to, when the description does not say it: "，造成不良影响" for a serious finding.
    public abstract string Consequence(Severity severity);

    // "唐某作为…，对此负有直接责任" for the first people named; "蒋某等5人负有直接责任" for the next.
    public abstract string ResponsibilityClause(string people, string? position, Responsibility responsibility, bool first);

    // Closes the clauses of Responsibility into one sentence.
    public abstract string ResponsibilitySentence(IReadOnlyList<string> clauses);

    public abstract string UnknownDecider { get; }

    // One decision: date, deciding body, and one clause per form in its own wording (MeasureWording), heaviest first.
    public abstract string Decision(LocalDate date, string decider, IReadOnlyList<(string People, MeasureForm Form)> parts);

    public abstract string People(IReadOnlyList<string> names, int count);

    // The title names the count (Arabic, as CCDI titles do: 关于5起…) and the kind of problem (the cases' categories).
    public abstract string Title(int cases, string topic, IReadOnlyList<string> kinds);

    // The title with the count in Chinese numerals (关于五起…) when asked; English keeps figures.
    public virtual string Title(int cases, string topic, IReadOnlyList<string> kinds, bool chineseNumerals) => Title(cases, topic, kinds);

    // The problem first, then the purpose, then "现将…通报如下：".
    public abstract string Preamble(LocalDate start, string authority, int groups, int focusAreas, string roundTitle, string topic, IReadOnlyList<string> kinds, int cases);

    public abstract string Reflection(string topic, IReadOnlyList<string> categories);

    // Addressed to whom the default 主送 names (city level: the county commissions, stationed groups and inspection groups).
    public abstract IReadOnlyList<(string Heading, string Text)> Requirements(string topic, bool cityLevel);

    public abstract string Recipients(bool cityLevel);

    public abstract string PrintingOffice(string authority);

    // The frame every kind of bulletin shares: the 主送 line's colon, the 成文日期, 抄送 and the 印发 line.
    public abstract string Addressee(string recipients);

    public string DocumentDate(LocalDate date) => ChineseFormat.Date(date, Language);

    public abstract string CopyToLabel { get; }

    public abstract string CopyToEnd { get; }

    public abstract string PrintLine(LocalDate printedOn);

    public abstract string Subject(string roundTitle);

    public abstract string Keywords(string topic, string roundId);
}
