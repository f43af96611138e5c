using System.Globalization;
using Supervision.Reporting.Analytics;
using Supervision.Reporting.Domain;
using Supervision.Reporting.Formatting;

namespace Supervision.Reporting.Rendering.Pdf.Bulletins.Content;

// The English text of the statistical bulletin, for international readers. The round's own text (places,
// group names, titles) stays as entered; only the generated prose, headings and headers are English.
internal sealed class EnglishStatisticsPhrases : StatisticsPhrases
{
    public static readonly EnglishStatisticsPhrases Instance = new();

    private EnglishStatisticsPhrases()
    {
    }

    public override Language Language => Language.English;

    public override string Title(string roundTitle) => EnglishText.Headline("Notice on the Progress of " + roundTitle);

    public override string Subject(string roundTitle) => roundTitle + " — progress notice";

    public override string Keywords(string topic, string roundId) => "progress notice," + topic + "," + roundId;

    public override string Heading(int number, string text) => F("{0}. {1}", number, text);

    public override string Subheading(int number, string text) => F("({0}) {1}", number, text);

    public override string TableCaption(int number, string text) => F("Table {0}: {1}", number, text);

    public override string ChartCaption(int number, string text) => F("Figure {0}: {1}", number, text);

    public override string Overall => "Overview";

    public override string ByAreaHeading => "Rectification by county, city and district";

    public override string ByCategoryHeading => "Problems by category";

    public override string ByGroupHeading => "Work of the inspection groups";

    public override string AccountabilityHeading => "Use of the \u201cfour forms\u201d of supervision and discipline";

    public override string CasesHeading => "Typical cases";

    public override string RequirementsHeading => "Next steps";

    public override string ByAreaCaption => "Rectification by county, city and district";

    public override string ByCategoryCaption => "Rectification by category";

    public override string ByGroupCaption => "Work of the inspection groups";

    public override string ByFormCaption => "Measures under the \u201cfour forms\u201d";

    public override string TrendCaption => "Problems found and rectified per day";

    public override string CategoryChartCaption => "Problems per category";

    public override string FourFormsChartCaption => "Person-times by the \u201cfour forms\u201d";

    public override string Found => "Found";

    public override string FoundPerDay => "Found";

    public override string RectifiedPerDay => "Rectified";

    public override string Index => "No.";

    public override string Rectified => "Rectified";

    public override string Rate => "Rate";

    public override string Closed => "Closed";

    public override string Overdue => "Overdue";

    public override string Share => "Share";

    public override string Inspections => "Inspections";

    public override string UnitsVisited => "Units";

    public override string Form => "Measure";

    public override string FourForms => "Form";

    public override string PersonTimes => "Person-times";

    public override string People => "People";

    public override string Total => "Total";

    public override string ChartTotal => "Total ";

    public override string OtherAreas(int n) => F("{0} other areas", n);

    public override string OtherCategories(int n) => F("{0} other categories", n);

    public override string OtherGroups(int n) => F("{0} other groups", n);

    public override string NoArea => "Area not given";

    public override string NoGroup => "Other sources";

    public override string Semicolon => "; ";

    public override string Join(IEnumerable<string> parts) => string.Join(", ", parts);

    public override string List(IEnumerable<string> parts) => EnglishText.List(parts);

    public override string Sentence(string text) => EnglishText.Sentence(text);

    public override string Paragraph(IEnumerable<string> sentences) => string.Join(" ", sentences.Where(s => s.Length > 0));

    public override string Preamble(SupervisionRound round, int groups, int focusAreas, LocalDateText asOf)
    {
        var organised = groups > 0 ? F(" with {0}", EnglishText.Plural(groups, "inspection group")) : string.Empty;
        var focus = focusAreas > 0 ? F(" on {0}", EnglishText.Plural(focusAreas, "focus area")) : string.Empty;
        return F("Since {0}, {1} has carried out {2}{3}{4}, advancing the implementation of the decisions taken. The work up to {5} is notified as follows:",
            asOf.StartYearMonth, round.Authority, round.Title, organised, focus, asOf.Full);
    }

    public override string Scope(UnitKind? root) => root switch
    {
        UnitKind.City => "city",
        UnitKind.County => "county",
        _ => string.Empty,
    };

    public override string AsOfLead(LocalDateText asOf) => F("As of {0}, ", asOf.MonthDay);

    public override string GroupsInspected(string scope, int groups, int inspections) => groups > 0
        ? F("{0}{1} carried out {2}", scope.Length > 0 ? "the " + scope + "'s " : string.Empty, EnglishText.Plural(groups, "inspection group"), EnglishText.Plural(inspections, "inspection"))
        : F("{0} had been carried out{1}", EnglishText.Plural(inspections, "inspection"), scope.Length > 0 ? " across the " + scope : string.Empty);

    public override string UnitsCovered(int units) => "covering " + EnglishText.Plural(units, "unit");

    public override string FoundClause(int findings) => "finding " + EnglishText.Plural(findings, "problem");

    public override string NoneFound => "finding no problems so far";

    public override string RectifiedClause(int rectified, double rate) => F("of which {0} rectified (rectification rate {1})", N(rectified), Percent(rate));

    public override string OnTimeClause(double rate) => F("{0} of them on time", Percent(rate));

    public override string ClosedClause(int closed) => F("{0} closed", N(closed));

    public override string OverdueClause(int overdue) => overdue switch
    {
        0 => "no problem is past its deadline without being rectified",
        1 => "1 problem is past its deadline without being rectified",
        _ => F("{0} problems are past their deadlines without being rectified", N(overdue)),
    };

    public override string ServiceClause(int service) => F("In addition, {0} of the public's pressing concerns {1} found", EnglishText.Plural(service, "problem"), service == 1 ? "was" : "were");

    public override string AccountabilityClause(int personTimes, int people) => personTimes == people
        ? F("The \u201cfour forms\u201d were applied to criticise, educate, help and handle {0}", Count(people, CountUnit.People))
        : F("The \u201cfour forms\u201d were applied to criticise, educate, help and handle {0} ({1})", Count(personTimes, CountUnit.PersonTimes), Count(people, CountUnit.People));

    public override string FourFormsClause(string form, int personTimes, double share) =>
        F("the {0} in {1} ({2})", EnglishText.InSentence(form), Count(personTimes, CountUnit.PersonTimes), Percent(share));

    public override string FourFormsLead(IEnumerable<string> clauses) => "of which " + EnglishText.List(clauses);

    public override string AreaSummary(IEnumerable<(string Name, int Findings)> most, int allRectified, IEnumerable<(string Name, int Overdue)> overdue)
    {
        var text = "By area, most problems were found in " + List(most.Select(m => F("{0} ({1})", m.Name, N(m.Findings))));
        if (allRectified > 0)
        {
            text += F("; {0} rectified all the problems found there", allRectified == 1 ? "1 area has" : N(allRectified) + " areas have");
        }

        var late = overdue.ToList();
        if (late.Count > 0)
        {
            text += "; overdue problems are mainly in " + List(late.Select(o => F("{0} ({1})", o.Name, N(o.Overdue))));
        }

        return Sentence(text);
    }

    public override string CategorySummary((string Name, int Findings, double Share) first, IEnumerable<(string Name, int Findings)> next)
    {
        var text = F("By category, the most frequent is {0}, with {1} ({2})", EnglishText.InSentence(first.Name), EnglishText.Plural(first.Findings, "problem"), Percent(first.Share));
        var rest = next.ToList();
        if (rest.Count > 0)
        {
            text += ", followed by " + List(rest.Select(r => F("{0} ({1})", EnglishText.InSentence(r.Name), N(r.Findings))));
        }

        return Sentence(text);
    }

    public override string GroupSummary(string mostActive, int inspections, string mostFound, int findings) => findings == 0
        ? F("Among the inspection groups, {0} carried out the most inspections ({1}).", mostActive, N(inspections))
        : mostActive == mostFound
        ? F("Among the inspection groups, {0} carried out the most inspections ({1}) and found the most problems ({2}).", mostActive, N(inspections), N(findings))
        : F("Among the inspection groups, {0} carried out the most inspections ({1}) and {2} found the most problems ({3}).", mostActive, N(inspections), mostFound, N(findings));

    public override string DistinctUnitsNote => "Note: the total of units counts each unit once, and so is less than the sum over the groups.";

    public override string MeasuresSummary(IReadOnlyList<(string Form, int PersonTimes)> forms)
    {
        var shown = forms.Take(5).Select(f => F("{0} ({1})", EnglishText.InSentence(f.Form), Count(f.PersonTimes, CountUnit.PersonTimes)));
        return "The measures taken were " + (forms.Count > 5 ? "mainly " : string.Empty) + List(shown) + ".";
    }

    public override string NoMeasures => "No measure under the \u201cfour forms\u201d had been taken";

    public override string ProblemsHeading => "Main problems";

    public override string Problems(IReadOnlyList<string> points) =>
        string.Join(" ", points.Select((p, i) => Sentence((i switch { 0 => "First, ", 1 => "Second, ", 2 => "Third, ", _ => F("{0}, ", N(i + 1)) }) + p)));

    public override string ProminentCategory(string name, int findings, double share, IReadOnlyList<(string Name, int Findings)> next)
    {
        // After "First, " the category is not the start of a sentence: lower case, as the other summaries write it.
        var text = F("{0} stands out, with {1} ({2})", EnglishText.InSentence(name), EnglishText.Plural(findings, "problem"), Percent(share));
        return next.Count == 0 ? text : text + ", followed by " + List(next.Select(r => F("{0} ({1})", EnglishText.InSentence(r.Name), N(r.Findings))));
    }

    public override string LateAreas(LocalDateText asOf, int overdue, IReadOnlyList<(string Name, int Overdue)> areas)
    {
        var text = F("rectification lags in some areas: as of {0}, {1} past {2} deadline", asOf.MonthDay, EnglishText.Plural(overdue, "problem") + (overdue == 1 ? " is" : " are"), overdue == 1 ? "its" : "their");
        return areas.Count == 0 ? text : text + ", mainly in " + List(areas.Select(a => F("{0} ({1})", a.Name, N(a.Overdue))));
    }

    public override string StillOpen(int open) => F("rectification is not yet complete: {0} still in progress", EnglishText.Plural(open, "problem") + (open == 1 ? " is" : " are"));

    public override string RepeatedCategory(string name, int areas) =>
        F("the same problems recur: {0} was found in {1}, a sign that lessons are not drawn across areas", EnglishText.InSentence(name), EnglishText.Plural(areas, "area"));

    public override string NoticesCited(IReadOnlyList<(LocalDateText Day, string Title)> notices, int cases) =>
        F("The typical cases found have been made public in {0} ({1}) and are not repeated here.",
            List(notices.Select(n => F("\u201c{0}\u201d of {1}", n.Title.Trim('《', '》'), n.Day.MonthDay))), EnglishText.Plural(cases, "case"));

    public override string NoticeCitedByNumber(string number, int cases) => cases > 0
        ? F("The typical cases found have been made public in notice {0} ({1}) and are not repeated here.", number, EnglishText.Plural(cases, "case"))
        : F("The typical cases found have been made public in notice {0} and are not repeated here.", number);

    public override string FiledClause(int cases) => F("{0} for review and investigation", cases == 1 ? "1 case filed" : N(cases) + " cases filed");

    public override string ExposedClause(int cases) => F("{0} made public", EnglishText.Plural(cases, "typical case"));

    public override string SanctionsNote(int people) => F(" (Party or administrative sanctions: {0})", Count(people, CountUnit.People));

    public override string AccountableClause(int personTimes) => F("{0} of them accountability measures in the strict sense", Count(personTimes, CountUnit.PersonTimes));

    public override string AnnexLine(string roundTitle, bool withCharts) => F("Annex: {0} — statistical tables{1}", roundTitle, withCharts ? " and charts" : string.Empty);

    public override string AnnexHeading => "Annex";

    public override string SeeTable(int table, bool annex) => annex ? F("Details: annex, Table {0}.", table) : F("Details: Table {0}.", table);

    public override string CasesLead(int count) => count == 1
        ? "One typical case is notified below."
        : F("{0} typical cases are notified below.", N(count));

    public override IEnumerable<BodyBlock> DefaultRequirements(string topic, int findings, int open, int overdue)
    {
        var responsibility = F("Party organisations at every level must take full responsibility for {0}; principal leaders must take charge in person so that every decision is carried out.", topic);
        const string Discipline = "Discipline inspection and supervision bodies must keep up supervision; poor performance, buck-passing and perfunctory work will be investigated case by case and typical cases made public.";

        // Without findings there is nothing to rectify: the requirements start with responsibility.
        if (findings == 0)
        {
            yield return new BodyHeading(2, "(1) Fix responsibility firmly. ", responsibility);
            yield return new BodyHeading(2, "(2) Enforce discipline strictly. ", Discipline);
            yield break;
        }

        var pending = open > 0
            ? overdue > 0
                ? F("For the {0} not yet rectified, above all the {1} past {2} deadline, responsible units must name the person responsible and a completion date for each and rectify it within the limit. ",
                    EnglishText.Plural(open, "problem"), EnglishText.Plural(overdue, "problem"), overdue == 1 ? "its" : "their")
                : F("For the {0} not yet rectified, responsible units must name the person responsible and a completion date for each and rectify it on time. ", EnglishText.Plural(open, "problem"))
            : string.Empty;
        yield return new BodyHeading(2, "(1) Complete the rectification. ", pending + "Rectified problems must stay rectified; no problem is closed before it is fully resolved.");
        yield return new BodyHeading(2, "(2) Fix responsibility firmly. ", responsibility);
        yield return new BodyHeading(2, "(3) Enforce discipline strictly. ", Discipline);
    }

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string F(string pattern, params object[] values) => string.Format(CultureInfo.InvariantCulture, pattern, values);
}
