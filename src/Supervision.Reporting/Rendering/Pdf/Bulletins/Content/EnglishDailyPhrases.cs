using System.Globalization;
using Supervision.Reporting.Analytics;
using Supervision.Reporting.Domain;
using Supervision.Reporting.Formatting;

namespace Supervision.Reporting.Rendering.Pdf.Bulletins.Content;

// The English text of the daily report, for international readers. The round's own text (group names, summaries,
// notice and event titles) stays as entered; only the generated prose, headings and headers are English.
internal sealed class EnglishDailyPhrases : DailyPhrases
{
    public static readonly EnglishDailyPhrases Instance = new();

    private EnglishDailyPhrases()
    {
    }

    public override Language Language => Language.English;

    public override int FoundExamples => 1;

    public override string Name(string roundTitle) => roundTitle + " Daily Report";

    public override string Issue(int number) => "No. " + N(number);

    public override string Title(LocalDateText day, string roundTitle) => EnglishText.Headline(F("{0}: the Work on {1}", roundTitle, day.MonthDay));

    public override string Subject(string roundTitle) => roundTitle + " — daily report";

    public override string Keywords(string topic, string roundId) => "daily report," + topic + "," + roundId;

    public override string Heading(int number, string text) => F("{0}. {1}", number, text);

    public override string InspectionHeading => "Inspections of the day";

    public override string AccountabilityHeading => "Discipline and public notices";

    public override string EventsHeading => "Activities";

    public override string CumulativeHeading => "Totals to date";

    public override string GroupTableCaption(int number, LocalDateText day) => F("Table {0}: Work of the inspection groups on {1}", number, day.MonthDay);

    public override string Index => "No.";

    public override string Inspections => "Inspections";

    public override string UnitsVisited => "Units";

    public override string Found => "Found";

    public override string CumulativeFound => "Found to date";

    public override string Total => "Total";

    public override string OtherGroups(int n) => F("{0} other groups", n);

    public override string NoGroup => "Other sources";

    public override string Sentence(string text) => EnglishText.Sentence(text);

    public override string Paragraph(IEnumerable<string> sentences) => string.Join(" ", sentences.Where(s => s.Length > 0));

    public override string Inspected(LocalDateText day, IReadOnlyList<string> groups, int inspections, int units, IEnumerable<(InspectionMethod Method, int Count)> methods)
    {
        var who = groups.Count <= 3
            ? EnglishText.List(groups)
            : string.Join(", ", groups.Take(3)) + F(" and {0} other inspection groups", groups.Count - 3);
        var used = methods.Where(m => m.Count > 0).ToList();
        var unannounced = used.Where(m => m.Method is InspectionMethod.Unannounced or InspectionMethod.Covert).ToList();

        // The "four nos, two straights" is a kind of unannounced visit, as a covert visit is another.
        var how = new List<string>();
        if (unannounced.Count > 0)
        {
            how.Add(F("{0} unannounced ({1})", N(unannounced.Sum(m => m.Count)), EnglishText.List(unannounced.Select(m => MethodPhrase(m.Method, m.Count)))));
        }

        how.AddRange(used.Where(m => m.Method is not (InspectionMethod.Unannounced or InspectionMethod.Covert)).Select(m => MethodPhrase(m.Method, m.Count)));
        var text = F("On {0}, {1} carried out {2} of {3}", day.MonthDay, who, EnglishText.Plural(inspections, "inspection"), EnglishText.Plural(units, "unit"));
        return Sentence(how.Count > 0 ? text + ": " + EnglishText.List(how) : text);
    }

    public override string NoInspections(LocalDateText day) => F("On {0}, the inspection groups carried out no on-site inspections.", day.MonthDay);

    public override string FoundToday(int found, IReadOnlyList<string> examples)
    {
        if (found == 0)
        {
            return "No new problems were found on the day";
        }

        var text = F("{0} found on the day", found == 1 ? "1 problem was" : N(found) + " problems were");
        return examples.Count == 0 ? text : text + ", mainly: " + Examples(examples);
    }

    public override string ServiceToday(int count, IReadOnlyList<string> examples)
    {
        var text = F("{0} of the public's pressing concerns {1} found on the day", EnglishText.Plural(count, "problem"), count == 1 ? "was" : "were");
        return Sentence(examples.Count == 0 ? text : text + ", mainly: " + Examples(examples));
    }

    public override string RectifiedToday(int rectified, int closed) => rectified == 0 && closed == 0
        ? "No problem was rectified on the day"
        : F("{0} rectified and {1} closed on the day", rectified == 1 ? "1 problem was" : N(rectified) + " problems were", N(closed));

    public override string MeasuresToday(int personTimes, IEnumerable<(string Form, int PersonTimes)> forms)
    {
        if (personTimes == 0)
        {
            return "No measure under the \u201cfour forms\u201d was taken on the day.";
        }

        var parts = forms.Select(f => F("{0} ({1})", EnglishText.InSentence(f.Form), Count(f.PersonTimes, CountUnit.PersonTimes))).ToList();
        return Sentence(F("The \u201cfour forms\u201d were applied to criticise, educate, help and handle {0} on the day", Count(personTimes, CountUnit.PersonTimes)) + (parts.Count > 0 ? ": " + EnglishText.List(parts) : string.Empty));
    }

    public override string NoticesToday(IReadOnlyList<string> titles) =>
        F("{0} published on the day: {1}.", titles.Count == 1 ? "A notice was" : "Notices were", EnglishText.List(titles.Select(t => "\u201c" + t.Trim('《', '》') + "\u201d")));

    public override string CasesLead(int shown, int total) => shown == total
        ? F("{0} notified or dealt with on the day:", total == 1 ? "One typical case was" : N(total) + " typical cases were")
        : F("{0} typical cases were notified or dealt with on the day, {1} of them as follows:", N(total), N(shown));

    public override string CaseNumber(int number) => F("({0}) ", number);

    public override string Events(IReadOnlyList<string> titles) => titles.Count == 1
        ? Sentence(titles[0])
        : string.Join("; ", titles.Select((t, i) => F("({0}) {1}", i + 1, t.Trim().TrimEnd('。', '；', '，', '.', ';')))) + ".";

    public override string Cumulative(LocalDateText day, RoundStatistics s)
    {
        var text = F("As of {0}, {1} had been carried out in total, covering {2}; {3} had been found, of which {4} rectified (rectification rate {5}) and {6} closed",
            day.MonthDay, EnglishText.Plural(s.Inspections, "inspection"), EnglishText.Plural(s.UnitsVisited, "unit"), EnglishText.Plural(s.Findings, "problem"),
            N(s.Rectified), ChineseFormat.Percent(s.RectificationRate), N(s.Closed));
        text += s.Overdue switch
        {
            0 => "; no problem was overdue",
            1 => "; 1 problem was past its deadline without being rectified",
            _ => F("; {0} problems were past their deadlines without being rectified", N(s.Overdue)),
        };
        text = Sentence(text);
        if (s.Measures.PersonTimes > 0)
        {
            text += F(" The \u201cfour forms\u201d had been applied to {0} in total.", Count(s.Measures.PersonTimes, CountUnit.PersonTimes));
        }

        return text;
    }

    public override string SuggestionsHeading => "Suggestions: ";

    public override string Suggestions(int overdue, int foundToday, int open)
    {
        var points = new List<string>();
        if (overdue > 0)
        {
            points.Add(F("the {0} past {1} deadline should be placed under supervision by the inspection groups concerned, each with a person responsible and a completion date", EnglishText.Plural(overdue, "problem"), overdue == 1 ? "its" : "their"));
        }

        if (foundToday > 0)
        {
            points.Add(F("the {0} found on the day should be fed back to the responsible units at once and rectified immediately where possible", EnglishText.Plural(foundToday, "problem")));
        }

        if (open > 0 && points.Count == 0)
        {
            points.Add(F("the {0} not yet rectified should be followed up so that they are rectified on time", EnglishText.Plural(open, "problem")));
        }

        if (points.Count == 0)
        {
            points.Add("supervision should be kept up and rectified problems followed so that they do not recur");
        }

        // The most pressing point only: a daily report keeps to two pages.
        return Sentence(char.ToUpperInvariant(points[0][0]) + points[0][1..]);
    }

    public override string Distribution(string authority, string recipients) => F("To: the leadership of {0}. Issued to: {1}.", authority, recipients.TrimEnd(':', '.'));

    public override string DefaultIssuedTo => "All inspection groups";

    private static string MethodPhrase(InspectionMethod method, int count) => method switch
    {
        InspectionMethod.Unannounced => F("{0} under the \u201cfour nos, two straights\u201d", N(count)),
        InspectionMethod.Covert => F("{0} covert", N(count)),
        InspectionMethod.Scheduled => F("{0} scheduled", N(count)),
        InspectionMethod.DocumentReview => F("{0} by document review", N(count)),
        InspectionMethod.Interview => F("{0} by interview", N(count)),
        InspectionMethod.Remote => F("{0} by remote video", N(count)),
        _ => N(count),
    };

    private static string Examples(IReadOnlyList<string> examples) => string.Join("; ", examples.Select(e => e.TrimEnd('。', '；', '，')));

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string F(string pattern, params object[] values) => string.Format(CultureInfo.InvariantCulture, pattern, values);
}
