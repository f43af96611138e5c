using NodaTime;
using Supervision.Reporting.Analytics;
using Supervision.Reporting.Domain;
using Supervision.Reporting.Formatting;

namespace Supervision.Reporting.Rendering.Pdf.Bulletins.Content;

// Every piece of language-dependent text of the daily report, per language: the masthead, headings, the table
// and the sentence patterns. The composer decides what to say from the analytics and the day's entries; these
// classes say it. Data (group names, summaries, titles) is passed in as entered.
internal abstract class DailyPhrases
{
    public static DailyPhrases For(Language language) => language switch
    {
        Language.English => EnglishDailyPhrases.Instance,
        Language.ZhHant => ChineseDailyPhrases.Traditional,
        _ => ChineseDailyPhrases.Simplified,
    };

    public abstract Language Language { get; }

    // How many of the day's findings are quoted as examples: English sentences run about half again as
    // long as Chinese ones, and a daily report must stay within two pages.
    public virtual int FoundExamples => 4;

    public string Count(int n, CountUnit unit) => ChineseFormat.Count(n, unit, Language);

    public string Date(LocalDate date) => ChineseFormat.Date(date, Language);

    public abstract string Name(string roundTitle);

    public abstract string Issue(int number);

    public abstract string Title(LocalDateText day, string roundTitle);

    public abstract string Subject(string roundTitle);

    public abstract string Keywords(string topic, string roundId);

    public abstract string Heading(int number, string text);

    public abstract string InspectionHeading { get; }

    public abstract string AccountabilityHeading { get; }

    public abstract string EventsHeading { get; }

    public abstract string CumulativeHeading { get; }

    public abstract string GroupTableCaption(int number, LocalDateText day);

    public abstract string Index { get; }

    public abstract string Inspections { get; }

    public abstract string UnitsVisited { get; }

    public abstract string Found { get; }

    public abstract string CumulativeFound { get; }

    public abstract string Total { get; }

    public abstract string OtherGroups(int n);

    public abstract string NoGroup { get; }

    public string Dash => "—";

    public abstract string Sentence(string text);

    // Sentences into one paragraph: run together in Chinese, a space apart in English.
    public abstract string Paragraph(IEnumerable<string> sentences);

    public abstract string Inspected(LocalDateText day, IReadOnlyList<string> groups, int inspections, int units, IEnumerable<(InspectionMethod Method, int Count)> methods);

    public abstract string NoInspections(LocalDateText day);

    public abstract string FoundToday(int found, IReadOnlyList<string> examples);

    // 办实事: service problems are counted apart from violations (§6), and told apart too.
    public abstract string ServiceToday(int count, IReadOnlyList<string> examples);

    public abstract string RectifiedToday(int rectified, int closed);

    public abstract string MeasuresToday(int personTimes, IEnumerable<(string Form, int PersonTimes)> forms);

    public abstract string NoticesToday(IReadOnlyList<string> titles);

    // The day's cases: those of its notices and those with a measure that day; when there are more than the
    // report tells, it says how many and that it picks some.
    public abstract string CasesLead(int shown, int total);

    public abstract string CaseNumber(int number);

    // Several events in one paragraph, "一是……；二是……。", as daily reports list them.
    public abstract string Events(IReadOnlyList<string> titles);

    public abstract string Cumulative(LocalDateText day, RoundStatistics s);

    // 工作建议: matters needing attention or coordination, written from the day's figures; a run-in item after the totals.
    public abstract string SuggestionsHeading { get; }

    public abstract string Suggestions(int overdue, int foundToday, int open);

    // The distribution (报/送/发) closing a daily report.
    public abstract string Distribution(string authority, string recipients);

    public abstract string DefaultIssuedTo { get; }
}
