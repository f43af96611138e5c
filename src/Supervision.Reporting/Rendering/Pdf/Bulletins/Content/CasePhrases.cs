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

    public abstract string FoundByInspection(LocalDate day, string group, InspectionMethod method, string place, string description, bool descriptionSaysFound);

    public abstract string Requirement(RectificationMode mode, LocalDate? deadline);

    public abstract string FeedbackAlreadyTold(string unit, string requirement);

    public abstract string Feedback(LocalDate day, string? group, string unit, string requirement);

    public abstract string UnknownUnit { get; }

    public abstract string MeasuresTaken(string measures);

    public abstract string Closed { get; }

    public abstract string Rectified { get; }

    public abstract string InProgress { get; }

    public abstract string NotYetRectified { get; }

    public abstract string Overdue(LocalDate asOf, int workingDays);

    public abstract string UnknownDecider { get; }

    public abstract string Decision(LocalDate date, string decider, IReadOnlyList<(string People, MeasureForm Form)> parts);

    public abstract string People(IReadOnlyList<string> names, int count);

    public abstract string Title(int cases, string topic);

    public abstract string Preamble(LocalDate start, string authority, int groups, int focusAreas, string roundTitle, string topic, int cases);

    public abstract string Reflection(string topic, IReadOnlyList<string> categories);

    public abstract IReadOnlyList<(string Heading, string Text)> Requirements(string topic);

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
