using Supervision.Reporting.Analytics;
using Supervision.Reporting.Domain;

namespace Supervision.Reporting.Rendering.Pdf.Bulletins.Content;

// Every piece of language-dependent text of the statistical bulletin, in one place: headings, captions, column
// headers and the sentence patterns the prose is built from. Only zh-Hans is written; a zh-Hant or English table
// goes here as another instance (labels from data and vocabulary already come per language).
internal sealed class StatisticsPhrases
{
    public static readonly StatisticsPhrases ZhHans = new();

    private StatisticsPhrases()
    {
    }

    public Language Language => Language.ZhHans;

    public string Count(int n, CountUnit unit) => ChineseFormat.Count(n, unit, Language);

    public string Percent(double fraction) => ChineseFormat.Percent(fraction);

    public string Title(string roundTitle) => $"关于{roundTitle}工作情况的通报";

    public string Subject(string roundTitle) => $"{roundTitle}情况通报";

    public string Keywords(string topic, string roundId) => $"情况通报,{topic},{roundId}";

    public string Heading(int number, string text) => ChineseFormat.HeadingNumber(number) + text;

    public string Subheading(int number, string text) => ChineseFormat.SubheadingNumber(number) + text;

    public string TableCaption(int number, string text) => $"表{number}　{text}";

    public string ChartCaption(int number, string text) => $"图{number}　{text}";

    public string Overall => "总体情况";

    public string ByAreaHeading => "各县（市、区）问题整改情况";

    public string ByCategoryHeading => "问题类别分布情况";

    public string ByGroupHeading => "各监督检查组工作情况";

    public string AccountabilityHeading => "问责处理情况";

    public string CasesHeading => "典型问题";

    public string RequirementsHeading => "下一步工作要求";

    public string ByAreaCaption => "各县（市、区）问题整改情况";

    public string ByCategoryCaption => "各类问题整改情况";

    public string ByGroupCaption => "各监督检查组工作情况";

    public string ByFormCaption => "问责处理方式";

    public string TrendCaption => "每日发现和整改问题数";

    public string CategoryChartCaption => "各类问题数";

    public string FourFormsChartCaption => "运用“四种形态”处理人次占比";

    public string Found => "发现问题";

    public string FoundPerDay => "发现问题";

    public string RectifiedPerDay => "完成整改";

    public string Index => "序号";

    public string Rectified => "已整改";

    public string Rate => "整改率";

    public string Closed => "已销号";

    public string Overdue => "逾期";

    public string Share => "占比";

    public string Inspections => "检查次数";

    public string UnitsVisited => "检查单位";

    public string Form => "处理方式";

    public string FourForms => "所属形态";

    public string PersonTimes => "人次";

    public string People => "人数";

    public string Total => "合计";

    // Folded rows say how many they hold, and so never read like a category or place called 其他.
    public string OtherAreas(int n) => $"其余{Count(n, CountUnit.Items)}县（市、区）";

    public string OtherCategories(int n) => $"其余{TableRows.N(n)}类";

    public string OtherGroups(int n) => $"其余{Count(n, CountUnit.Items)}组";

    public string NoArea => "未明确地区";

    public string NoGroup => "其他渠道发现";

    public string Dash => "—";

    public string Join(IEnumerable<string> parts) => string.Join("，", parts);

    public string List(IEnumerable<string> parts) => string.Join("、", parts);

    public string Sentence(IEnumerable<string> clauses) => ChineseText.Sentence(string.Join("，", clauses));

    public string Preamble(SupervisionRound round, int groups, int focusAreas, LocalDateText asOf)
    {
        var organised = groups > 0 ? $"组建{ChineseFormat.CountInNumerals(groups, CountUnit.Items)}监督检查组，" : string.Empty;
        var focus = focusAreas > 0 ? $"聚焦{ChineseFormat.CountInNumerals(focusAreas, CountUnit.Items)}监督重点，" : string.Empty;
        return $"{asOf.StartYearMonth}以来，{round.Authority}{organised}{focus}深入开展{round.Title}，推动各项决策部署落地落实。现将截至{asOf.Full}的工作情况通报如下：";
    }

    // The scope word before the groups ("全市10个监督检查组"), from the kind of the round's single root unit.
    public string Scope(UnitKind? root) => root switch
    {
        UnitKind.City => "全市",
        UnitKind.County => "全县",
        _ => string.Empty,
    };

    public string AsOfLead(LocalDateText asOf) => $"截至{asOf.MonthDay}，";

    public string GroupsInspected(string scope, int groups, int inspections) => groups > 0
        ? $"{scope}{Count(groups, CountUnit.Items)}监督检查组共开展监督检查{Count(inspections, CountUnit.Times)}"
        : $"{scope}共开展监督检查{Count(inspections, CountUnit.Times)}";

    public string UnitsCovered(int units) => $"覆盖单位{Count(units, CountUnit.Items)}";

    public string FoundClause(int findings) => $"发现问题{Count(findings, CountUnit.Items)}";

    public string NoneFound => "尚未发现问题";

    public string RectifiedClause(int rectified, double rate) => $"已整改{Count(rectified, CountUnit.Items)}，整改率{Percent(rate)}";

    public string OnTimeClause(double rate) => $"按期整改率{Percent(rate)}";

    public string ClosedClause(int closed) => $"已销号{Count(closed, CountUnit.Items)}";

    public string OverdueClause(int overdue) => overdue > 0
        ? $"尚有{Count(overdue, CountUnit.Items)}问题超过整改时限未完成整改"
        : "无超过整改时限未完成整改的问题";

    public string ServiceClause(int service) => $"另发现群众急难愁盼问题{Count(service, CountUnit.Pieces)}";

    public string AccountabilityClause(int personTimes, int people) => personTimes == people
        ? $"共问责{Count(personTimes, CountUnit.PersonTimes)}"
        : $"共问责{Count(personTimes, CountUnit.PersonTimes)}（{Count(people, CountUnit.People)}）";

    public string FourFormsClause(string form, int personTimes, double share) => $"{form}{Count(personTimes, CountUnit.PersonTimes)}、占{Percent(share)}";

    public string FourFormsLead(IEnumerable<string> clauses) => "其中运用" + string.Join("，", clauses);

    public string AreaSummary(int table, IEnumerable<(string Name, int Findings)> most, int allRectified, IEnumerable<(string Name, int Overdue)> overdue)
    {
        var text = "从各县（市、区）看，发现问题较多的是" + List(most.Select(m => $"{m.Name}（{Count(m.Findings, CountUnit.Items)}）"));
        if (allRectified > 0)
        {
            text += $"；{Count(allRectified, CountUnit.Items)}县（市、区）发现的问题已全部整改";
        }

        var late = overdue.ToList();
        if (late.Count > 0)
        {
            text += "；逾期未整改问题主要在" + List(late.Select(o => $"{o.Name}（{Count(o.Overdue, CountUnit.Items)}）"));
        }

        return ChineseText.Sentence(text) + $"具体情况见表{table}。";
    }

    public string CategorySummary((string Name, int Findings, double Share) first, IEnumerable<(string Name, int Findings)> next)
    {
        var kind = first.Name.EndsWith("问题", StringComparison.Ordinal) ? first.Name : first.Name + "问题";
        var text = $"从问题类别看，{kind}最多，{Count(first.Findings, CountUnit.Items)}，占{Percent(first.Share)}";
        var rest = next.ToList();
        if (rest.Count > 0)
        {
            text += "；其次是" + List(rest.Select(r => $"{r.Name}（{Count(r.Findings, CountUnit.Items)}）"));
        }

        return ChineseText.Sentence(text);
    }

    public string GroupSummary(string mostActive, int inspections, string mostFound, int findings) => findings == 0
        ? $"各监督检查组中，{mostActive}开展检查最多（{Count(inspections, CountUnit.Times)}）。"
        : mostActive == mostFound
        ? $"各监督检查组中，{mostActive}开展检查最多（{Count(inspections, CountUnit.Times)}）、发现问题最多（{Count(findings, CountUnit.Items)}）。"
        : $"各监督检查组中，{mostActive}开展检查最多（{Count(inspections, CountUnit.Times)}），{mostFound}发现问题最多（{Count(findings, CountUnit.Items)}）。";

    public string DistinctUnitsNote => "注：合计栏的检查单位按单位去重计算，少于各组之和。";

    // The most used forms, at most five: a round using all twenty-two forms would otherwise make a paragraph of
    // what table 4 already lists.
    public string MeasuresSummary(IReadOnlyList<(string Form, int PersonTimes)> forms)
    {
        var shown = forms.Take(5).Select(f => $"{f.Form}{Count(f.PersonTimes, CountUnit.PersonTimes)}");
        return "从处理方式看，" + List(shown) + (forms.Count > 5 ? "等" : string.Empty) + "。";
    }

    public string NoMeasures(LocalDateText asOf) => $"截至{asOf.MonthDay}，尚未作出问责处理。";

    public string CasesLead(int count) => $"现将其中{ChineseFormat.CountInNumerals(count, CountUnit.Cases)}典型问题通报如下。";

    public IEnumerable<BodyBlock> DefaultRequirements(string topic, int findings, int open, int overdue)
    {
        // Without findings there is nothing to rectify: the requirements start with responsibility.
        if (findings == 0)
        {
            yield return new BodyHeading(2, "（一）压紧压实责任。", $"各级党组织要切实扛起{topic}主体责任，主要负责同志要亲自抓、负总责，层层传导压力，确保各项决策部署落到实处。");
            yield return new BodyHeading(2, "（二）严肃监督执纪。", "各级纪检监察机关要持续加强监督检查，对工作不力、推诿扯皮、敷衍塞责的，发现一起、查处一起，典型问题一律通报曝光。");
            yield break;
        }

        var pending = open > 0
            ? overdue > 0
                ? $"对尚未完成整改的{Count(open, CountUnit.Items)}问题，特别是超过整改时限的{Count(overdue, CountUnit.Items)}问题，责任单位要逐项明确责任人和完成时限，限期整改到位；"
                : $"对尚未完成整改的{Count(open, CountUnit.Items)}问题，责任单位要逐项明确责任人和完成时限，按期整改到位；"
            : string.Empty;
        yield return new BodyHeading(2, "（一）抓好问题整改。", pending + "已完成整改的要巩固成果、防止反弹，做到问题不清零不销号。");
        yield return new BodyHeading(2, "（二）压紧压实责任。", $"各级党组织要切实扛起{topic}主体责任，主要负责同志要亲自抓、负总责，层层传导压力，确保各项决策部署落到实处。");
        yield return new BodyHeading(2, "（三）严肃监督执纪。", "各级纪检监察机关要持续加强监督检查，对工作不力、推诿扯皮、敷衍塞责的，发现一起、查处一起，典型问题一律通报曝光。");
    }
}
