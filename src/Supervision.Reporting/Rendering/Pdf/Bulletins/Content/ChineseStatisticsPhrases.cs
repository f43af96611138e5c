using System.Globalization;
using Supervision.Reporting.Analytics;
using Supervision.Reporting.Domain;
using Supervision.Reporting.Formatting;

namespace Supervision.Reporting.Rendering.Pdf.Bulletins.Content;

// The Chinese text of the statistical bulletin. Traditional Chinese is the same text with each pattern's own
// characters converted (HantCharacters); the data put into a pattern (names, titles, labels) is never converted.
internal sealed class ChineseStatisticsPhrases : StatisticsPhrases
{
    public static readonly ChineseStatisticsPhrases Simplified = new(traditional: false);
    public static readonly ChineseStatisticsPhrases Traditional = new(traditional: true);

    private readonly bool _traditional;

    private ChineseStatisticsPhrases(bool traditional) => _traditional = traditional;

    public override Language Language => _traditional ? Language.ZhHant : Language.ZhHans;

    public override string Title(string roundTitle) => F(L("关于{0}工作情况的通报"), roundTitle);

    public override string Subject(string roundTitle) => roundTitle + L("情况通报");

    public override string Keywords(string topic, string roundId) => L("情况通报") + "," + topic + "," + roundId;

    public override string Heading(int number, string text) => ChineseFormat.Numeral(number, Language) + "、" + text;

    public override string Subheading(int number, string text) => "（" + ChineseFormat.Numeral(number, Language) + "）" + text;

    public override string TableCaption(int number, string text) => F(L("表{0}　{1}"), number, text);

    public override string ChartCaption(int number, string text) => F(L("图{0}　{1}"), number, text);

    public override string Overall => L("总体情况");

    public override string ByAreaHeading => L("各县（市、区）问题整改情况");

    public override string ByCategoryHeading => L("问题类别分布情况");

    public override string ByGroupHeading => L("各监督检查组工作情况");

    public override string AccountabilityHeading => L("问责处理情况");

    public override string CasesHeading => L("典型问题");

    public override string RequirementsHeading => L("下一步工作要求");

    public override string ByAreaCaption => L("各县（市、区）问题整改情况");

    public override string ByCategoryCaption => L("各类问题整改情况");

    public override string ByGroupCaption => L("各监督检查组工作情况");

    public override string ByFormCaption => L("问责处理方式");

    public override string TrendCaption => L("每日发现和整改问题数");

    public override string CategoryChartCaption => L("各类问题数");

    public override string FourFormsChartCaption => L("运用“四种形态”处理人次占比");

    public override string Found => L("发现问题");

    public override string FoundPerDay => L("发现问题");

    public override string RectifiedPerDay => L("完成整改");

    public override string Index => L("序号");

    public override string Rectified => L("已整改");

    public override string Rate => L("整改率");

    public override string Closed => L("已销号");

    public override string Overdue => L("逾期");

    public override string Share => L("占比");

    public override string Inspections => L("检查次数");

    public override string UnitsVisited => L("检查单位");

    public override string Form => L("处理方式");

    public override string FourForms => L("所属形态");

    public override string PersonTimes => L("人次");

    public override string People => L("人数");

    public override string Total => L("合计");

    public override string ChartTotal => L("合计");

    public override string OtherAreas(int n) => F(L("其余{0}县（市、区）"), Count(n, CountUnit.Items));

    public override string OtherCategories(int n) => F(L("其余{0}类"), TableRows.N(n));

    public override string OtherGroups(int n) => F(L("其余{0}组"), Count(n, CountUnit.Items));

    public override string NoArea => L("未明确地区");

    public override string NoGroup => L("其他渠道发现");

    public override string Semicolon => "；";

    public override string Join(IEnumerable<string> parts) => string.Join("，", parts);

    public override string List(IEnumerable<string> parts) => string.Join("、", parts);

    public override string Sentence(string text) => ChineseText.Sentence(text);

    public override string Paragraph(IEnumerable<string> sentences) => string.Concat(sentences);

    public override string Preamble(SupervisionRound round, int groups, int focusAreas, LocalDateText asOf)
    {
        var organised = groups > 0 ? F(L("组建{0}监督检查组，"), ChineseFormat.CountInNumerals(groups, CountUnit.Items, Language)) : string.Empty;
        var focus = focusAreas > 0 ? F(L("聚焦{0}监督重点，"), ChineseFormat.CountInNumerals(focusAreas, CountUnit.Items, Language)) : string.Empty;
        return F(L("{0}以来，{1}{2}{3}深入开展{4}，推动各项决策部署落地落实。现将截至{5}的工作情况通报如下："), asOf.StartYearMonth, round.Authority, organised, focus, round.Title, asOf.Full);
    }

    public override string Scope(UnitKind? root) => root switch
    {
        UnitKind.City => L("全市"),
        UnitKind.County => L("全县"),
        _ => string.Empty,
    };

    public override string AsOfLead(LocalDateText asOf) => F(L("截至{0}，"), asOf.MonthDay);

    public override string GroupsInspected(string scope, int groups, int inspections) => groups > 0
        ? F(L("{0}{1}监督检查组共开展监督检查{2}"), scope, Count(groups, CountUnit.Items), Count(inspections, CountUnit.Times))
        : F(L("{0}共开展监督检查{1}"), scope, Count(inspections, CountUnit.Times));

    public override string UnitsCovered(int units) => L("覆盖单位") + Count(units, CountUnit.Items);

    public override string FoundClause(int findings) => L("发现问题") + Count(findings, CountUnit.Items);

    public override string NoneFound => L("尚未发现问题");

    public override string RectifiedClause(int rectified, double rate) => F(L("已整改{0}，整改率{1}"), Count(rectified, CountUnit.Items), Percent(rate));

    public override string OnTimeClause(double rate) => L("按期整改率") + Percent(rate);

    public override string ClosedClause(int closed) => L("已销号") + Count(closed, CountUnit.Items);

    public override string OverdueClause(int overdue) => overdue > 0
        ? F(L("尚有{0}问题超过整改时限未完成整改"), Count(overdue, CountUnit.Items))
        : L("无超过整改时限未完成整改的问题");

    public override string ServiceClause(int service) => L("另发现群众急难愁盼问题") + Count(service, CountUnit.Pieces);

    public override string AccountabilityClause(int personTimes, int people) => personTimes == people
        ? L("共问责") + Count(personTimes, CountUnit.PersonTimes)
        : F(L("共问责{0}（{1}）"), Count(personTimes, CountUnit.PersonTimes), Count(people, CountUnit.People));

    public override string FourFormsClause(string form, int personTimes, double share) =>
        F(L("{0}{1}、占{2}"), form, Count(personTimes, CountUnit.PersonTimes), Percent(share));

    public override string FourFormsLead(IEnumerable<string> clauses) => L("其中运用") + string.Join("，", clauses);

    public override string AreaSummary(int table, IEnumerable<(string Name, int Findings)> most, int allRectified, IEnumerable<(string Name, int Overdue)> overdue)
    {
        var text = L("从各县（市、区）看，发现问题较多的是") + List(most.Select(m => F("{0}（{1}）", m.Name, Count(m.Findings, CountUnit.Items))));
        if (allRectified > 0)
        {
            text += F(L("；{0}县（市、区）发现的问题已全部整改"), Count(allRectified, CountUnit.Items));
        }

        var late = overdue.ToList();
        if (late.Count > 0)
        {
            text += L("；逾期未整改问题主要在") + List(late.Select(o => F("{0}（{1}）", o.Name, Count(o.Overdue, CountUnit.Items))));
        }

        return ChineseText.Sentence(text) + F(L("具体情况见表{0}。"), table);
    }

    public override string CategorySummary((string Name, int Findings, double Share) first, IEnumerable<(string Name, int Findings)> next)
    {
        // A label that already ends in 问题 / 問題 is not given a second one.
        var kind = first.Name.EndsWith("问题", StringComparison.Ordinal) || first.Name.EndsWith("問題", StringComparison.Ordinal) ? first.Name : first.Name + L("问题");
        var text = F(L("从问题类别看，{0}最多，{1}，占{2}"), kind, Count(first.Findings, CountUnit.Items), Percent(first.Share));
        var rest = next.ToList();
        if (rest.Count > 0)
        {
            text += L("；其次是") + List(rest.Select(r => F("{0}（{1}）", r.Name, Count(r.Findings, CountUnit.Items))));
        }

        return ChineseText.Sentence(text);
    }

    public override string GroupSummary(string mostActive, int inspections, string mostFound, int findings) => findings == 0
        ? F(L("各监督检查组中，{0}开展检查最多（{1}）。"), mostActive, Count(inspections, CountUnit.Times))
        : mostActive == mostFound
        ? F(L("各监督检查组中，{0}开展检查最多（{1}）、发现问题最多（{2}）。"), mostActive, Count(inspections, CountUnit.Times), Count(findings, CountUnit.Items))
        : F(L("各监督检查组中，{0}开展检查最多（{1}），{2}发现问题最多（{3}）。"), mostActive, Count(inspections, CountUnit.Times), mostFound, Count(findings, CountUnit.Items));

    public override string DistinctUnitsNote => L("注：合计栏的检查单位按单位去重计算，少于各组之和。");

    public override string MeasuresSummary(IReadOnlyList<(string Form, int PersonTimes)> forms)
    {
        var shown = forms.Take(5).Select(f => f.Form + Count(f.PersonTimes, CountUnit.PersonTimes));
        return L("从处理方式看，") + List(shown) + (forms.Count > 5 ? L("等") : string.Empty) + "。";
    }

    public override string NoMeasures(LocalDateText asOf) => F(L("截至{0}，尚未作出问责处理。"), asOf.MonthDay);

    public override string CasesLead(int count) => F(L("现将其中{0}典型问题通报如下。"), ChineseFormat.CountInNumerals(count, CountUnit.Cases, Language));

    public override IEnumerable<BodyBlock> DefaultRequirements(string topic, int findings, int open, int overdue)
    {
        var responsibility = F(L("各级党组织要切实扛起{0}主体责任，主要负责同志要亲自抓、负总责，层层传导压力，确保各项决策部署落到实处。"), topic);
        var discipline = L("各级纪检监察机关要持续加强监督检查，对工作不力、推诿扯皮、敷衍塞责的，发现一起、查处一起，典型问题一律通报曝光。");

        // Without findings there is nothing to rectify: the requirements start with responsibility.
        if (findings == 0)
        {
            yield return new BodyHeading(2, L("（一）压紧压实责任。"), responsibility);
            yield return new BodyHeading(2, L("（二）严肃监督执纪。"), discipline);
            yield break;
        }

        var pending = open > 0
            ? overdue > 0
                ? F(L("对尚未完成整改的{0}问题，特别是超过整改时限的{1}问题，责任单位要逐项明确责任人和完成时限，限期整改到位；"), Count(open, CountUnit.Items), Count(overdue, CountUnit.Items))
                : F(L("对尚未完成整改的{0}问题，责任单位要逐项明确责任人和完成时限，按期整改到位；"), Count(open, CountUnit.Items))
            : string.Empty;
        yield return new BodyHeading(2, L("（一）抓好问题整改。"), pending + L("已完成整改的要巩固成果、防止反弹，做到问题不清零不销号。"));
        yield return new BodyHeading(2, L("（二）压紧压实责任。"), responsibility);
        yield return new BodyHeading(2, L("（三）严肃监督执纪。"), discipline);
    }

    private string L(string pattern) => _traditional ? HantCharacters.Convert(pattern) : pattern;

    private static string F(string pattern, params object[] values) => string.Format(CultureInfo.InvariantCulture, pattern, values);
}
