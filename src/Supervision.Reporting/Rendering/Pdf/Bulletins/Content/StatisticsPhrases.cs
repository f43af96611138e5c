using Supervision.Reporting.Analytics;
using Supervision.Reporting.Domain;
using Supervision.Reporting.Formatting;

namespace Supervision.Reporting.Rendering.Pdf.Bulletins.Content;

// Every piece of language-dependent text of the statistical bulletin, per language: headings, captions, column
// headers and the sentence patterns the prose is built from. The composer decides what to say from the
// analytics; these classes say it. Labels from data and vocabulary are passed in already in the language.
internal abstract class StatisticsPhrases
{
    public static StatisticsPhrases For(Language language) => language switch
    {
        Language.English => EnglishStatisticsPhrases.Instance,
        Language.ZhHant => ChineseStatisticsPhrases.Traditional,
        _ => ChineseStatisticsPhrases.Simplified,
    };

    public abstract Language Language { get; }

    public string Count(int n, CountUnit unit) => ChineseFormat.Count(n, unit, Language);

    public string Percent(double fraction) => ChineseFormat.Percent(fraction);

    public abstract string Title(string roundTitle);

    public abstract string Subject(string roundTitle);

    public abstract string Keywords(string topic, string roundId);

    public abstract string Heading(int number, string text);

    public abstract string Subheading(int number, string text);

    public abstract string TableCaption(int number, string text);

    public abstract string ChartCaption(int number, string text);

    public abstract string Overall { get; }

    public abstract string ByAreaHeading { get; }

    public abstract string ByCategoryHeading { get; }

    public abstract string ByGroupHeading { get; }

    public abstract string AccountabilityHeading { get; }

    public abstract string CasesHeading { get; }

    public abstract string RequirementsHeading { get; }

    public abstract string ByAreaCaption { get; }

    public abstract string ByCategoryCaption { get; }

    public abstract string ByGroupCaption { get; }

    public abstract string ByFormCaption { get; }

    public abstract string TrendCaption { get; }

    public abstract string CategoryChartCaption { get; }

    public abstract string FourFormsChartCaption { get; }

    public abstract string Found { get; }

    public abstract string FoundPerDay { get; }

    public abstract string RectifiedPerDay { get; }

    public abstract string Index { get; }

    public abstract string Rectified { get; }

    public abstract string Rate { get; }

    public abstract string Closed { get; }

    public abstract string Overdue { get; }

    public abstract string Share { get; }

    public abstract string Inspections { get; }

    public abstract string UnitsVisited { get; }

    public abstract string Form { get; }

    public abstract string FourForms { get; }

    public abstract string PersonTimes { get; }

    public abstract string People { get; }

    public abstract string Total { get; }

    // Before the total in the hole of the four-forms donut (合计16 / Total 16).
    public abstract string ChartTotal { get; }

    // Folded rows say how many they hold, and so never read like a category or place called 其他 / Other.
    public abstract string OtherAreas(int n);

    public abstract string OtherCategories(int n);

    public abstract string OtherGroups(int n);

    public abstract string NoArea { get; }

    public abstract string NoGroup { get; }

    public string Dash => "—";

    // Between the clauses of one sentence that change subject (；/ ;).
    public abstract string Semicolon { get; }

    public abstract string Join(IEnumerable<string> parts);

    public abstract string List(IEnumerable<string> parts);

    public abstract string Sentence(string text);

    public string Sentence(IEnumerable<string> clauses) => Sentence(Join(clauses));

    // Sentences into one paragraph: run together in Chinese, a space apart in English.
    public abstract string Paragraph(IEnumerable<string> sentences);

    public abstract string Preamble(SupervisionRound round, int groups, int focusAreas, LocalDateText asOf);

    // The scope before the groups ("全市10个监督检查组" / "the city's 10 inspection groups"), from the kind of the
    // round's single root unit.
    public abstract string Scope(UnitKind? root);

    public abstract string AsOfLead(LocalDateText asOf);

    public abstract string GroupsInspected(string scope, int groups, int inspections);

    public abstract string UnitsCovered(int units);

    public abstract string FoundClause(int findings);

    public abstract string NoneFound { get; }

    public abstract string RectifiedClause(int rectified, double rate);

    public abstract string OnTimeClause(double rate);

    public abstract string ClosedClause(int closed);

    public abstract string OverdueClause(int overdue);

    public abstract string ServiceClause(int service);

    public abstract string AccountabilityClause(int personTimes, int people);

    public abstract string FourFormsClause(string form, int personTimes, double share);

    public abstract string FourFormsLead(IEnumerable<string> clauses);

    public abstract string AreaSummary(IEnumerable<(string Name, int Findings)> most, int allRectified, IEnumerable<(string Name, int Overdue)> overdue);

    public abstract string CategorySummary((string Name, int Findings, double Share) first, IEnumerable<(string Name, int Findings)> next);

    public abstract string GroupSummary(string mostActive, int inspections, string mostFound, int findings);

    public abstract string DistinctUnitsNote { get; }

    // The most used forms, at most five: a round using all twenty-two forms would otherwise make a paragraph of
    // what the table already lists.
    public abstract string MeasuresSummary(IReadOnlyList<(string Form, int PersonTimes)> forms);

    public abstract string NoMeasures { get; }

    public abstract string CasesLead(int count);

    public abstract IEnumerable<BodyBlock> DefaultRequirements(string topic, int findings, int open, int overdue);

    // 存在的主要问题: the qualitative section, "一是…。二是…。" written from the data.
    public abstract string ProblemsHeading { get; }

    public abstract string Problems(IReadOnlyList<string> points);

    public abstract string ProminentCategory(string name, int findings, double share, IReadOnlyList<(string Name, int Findings)> next);

    public abstract string LateAreas(LocalDateText asOf, int overdue, IReadOnlyList<(string Name, int Overdue)> areas);

    public abstract string StillOpen(int open);

    public abstract string RepeatedCategory(string name, int areas);

    // The typical cases are cited by the notices that published them, not reprinted.
    public abstract string NoticesCited(IReadOnlyList<(LocalDateText Day, string Title)> notices, int cases);

    // The typical cases cited by the 发文字号 of the typical-case bulletin (the count left out when none is recorded).
    public abstract string NoticeCitedByNumber(string number, int cases);

    // 立案审查调查N件, when the round records filed cases.
    public abstract string FiledClause(int cases);

    // 通报曝光典型问题N起, when the round records notices.
    public abstract string ExposedClause(int cases);

    // After the four forms: （党纪政务处分N人）.
    public abstract string SanctionsNote(int people);

    // 问责 counts only the 问责 forms: 通报批评, 诫勉, 组织调整或组织处理, and 纪律处分 of leaders for failing their duties.
    public abstract string AccountableClause(int personTimes);

    // The tables and charts go into one 附件 after the requirements: the line naming it and its heading.
    public abstract string AnnexLine(string roundTitle, bool withCharts);

    public abstract string AnnexHeading { get; }

    // "具体情况见附件表1。" (in the 附件) or "具体情况见表1。" (in the body).
    public abstract string SeeTable(int table, bool annex);
}
