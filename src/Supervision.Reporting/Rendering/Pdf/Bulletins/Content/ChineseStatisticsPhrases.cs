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

    public override string AccountabilityHeading => H("运用监督执纪“四种形态”情况", "運用監督執紀「四種形態」情況");

    public override string CasesHeading => L("典型问题");

    public override string RequirementsHeading => L("下一步工作要求");

    public override string ByAreaCaption => L("各县（市、区）问题整改情况");

    public override string ByCategoryCaption => L("各类问题整改情况");

    public override string ByGroupCaption => L("各监督检查组工作情况");

    public override string ByFormCaption => H("运用“四种形态”处理方式", "運用「四種形態」處理方式");

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
        // Groups in Arabic numerals (10个), focus points in Chinese (六项), as the source writes them and the typical-case bulletin does.
        var organised = groups > 0 ? F(L("组建{0}监督检查组，"), Count(groups, CountUnit.Items)) : string.Empty;
        var focus = focusAreas > 0 ? F(L("聚焦{0}项监督重点，"), ChineseFormat.Numeral(focusAreas, Language)) : string.Empty;
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

    // "运用“四种形态”批评教育帮助和处理16人次": what all the measures are; 问责 is only some of them (AccountableClause).
    public override string AccountabilityClause(int personTimes, int people) => personTimes == people
        ? H("共运用“四种形态”批评教育帮助和处理", "共運用「四種形態」批評教育幫助和處理") + Count(personTimes, CountUnit.PersonTimes)
        : F(H("共运用“四种形态”批评教育帮助和处理{0}（涉及{1}）", "共運用「四種形態」批評教育幫助和處理{0}（涉及{1}）"), Count(personTimes, CountUnit.PersonTimes), Count(people, CountUnit.People));

    public override string FourFormsClause(string form, int personTimes, double share) =>
        F(L("{0}{1}、占{2}"), form, Count(personTimes, CountUnit.PersonTimes), Percent(share));

    public override string FourFormsLead(IEnumerable<string> clauses) => L("其中") + string.Join("，", clauses);

    public override string AreaSummary(IEnumerable<(string Name, int Findings)> most, int allRectified, IEnumerable<(string Name, int Overdue)> overdue)
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

        return ChineseText.Sentence(text);
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

    public override string NoMeasures => H("尚未运用“四种形态”作出处理", "尚未運用「四種形態」作出處理");

    public override string CasesLead(int count) => F(L("现将其中{0}典型问题通报如下。"), Count(count, CountUnit.Cases));

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

    public override string ProblemsHeading => H("存在的主要问题", "存在的主要問題");

    public override string Problems(IReadOnlyList<string> points) =>
        string.Concat(points.Select((p, i) => ChineseFormat.Numeral(i + 1, Language) + L("是") + ChineseText.Sentence(p)));

    public override string ProminentCategory(string name, int findings, double share, IReadOnlyList<(string Name, int Findings)> next)
    {
        var kind = Kind(name);
        var text = F(H("{0}较为突出，共发现{1}、占{2}", "{0}較為突出，共發現{1}、佔{2}"), kind, Count(findings, CountUnit.Items), Percent(share));
        return next.Count == 0 ? text : text + L("；其次是") + List(next.Select(r => F("{0}（{1}）", r.Name, Count(r.Findings, CountUnit.Items))));
    }

    public override string LateAreas(LocalDateText asOf, int overdue, IReadOnlyList<(string Name, int Overdue)> areas)
    {
        var text = F(H("部分地方整改进度落后，截至{0}，尚有{1}问题超过整改时限未完成整改", "部分地方整改進度落後，截至{0}，尚有{1}問題超過整改時限未完成整改"), asOf.MonthDay, Count(overdue, CountUnit.Items));
        return areas.Count == 0 ? text : text + H("，主要在", "，主要在") + List(areas.Select(a => F("{0}（{1}）", a.Name, Count(a.Overdue, CountUnit.Items))));
    }

    public override string StillOpen(int open) => F(H("问题整改尚未全部完成，仍有{0}问题正在整改", "問題整改尚未全部完成，仍有{0}問題正在整改"), Count(open, CountUnit.Items));

    public override string RepeatedCategory(string name, int areas) =>
        F(H("同类问题在多地反复出现，{0}在{1}县（市、区）均有发现，反映出举一反三不到位", "同類問題在多地反覆出現，{0}在{1}縣（市、區）均有發現，反映出舉一反三不到位"), Kind(name), Count(areas, CountUnit.Items));

    public override string NoticesCited(IReadOnlyList<(LocalDateText Day, string Title)> notices, int cases)
    {
        var cited = string.Join("、", notices.Select(n => F(H("{0}印发的《{1}》", "{0}印發的《{1}》"), n.Day.MonthDay, n.Title.Trim('《', '》'))));
        return F(H("对监督检查中发现的典型问题，已通过{0}予以通报曝光（共{1}），本通报不再列举。", "對監督檢查中發現的典型問題，已通過{0}予以通報曝光（共{1}），本通報不再列舉。"), cited, Count(cases, CountUnit.Cases));
    }

    public override string NoticeCitedByNumber(string number, int cases) => cases > 0
        ? F(H("对监督检查中发现的典型问题，已以{0}文件予以通报曝光（共{1}），本通报不再列举。", "對監督檢查中發現的典型問題，已以{0}文件予以通報曝光（共{1}），本通報不再列舉。"), number, Count(cases, CountUnit.Cases))
        : F(H("对监督检查中发现的典型问题，已以{0}文件予以通报曝光，本通报不再列举。", "對監督檢查中發現的典型問題，已以{0}文件予以通報曝光，本通報不再列舉。"), number);

    public override string FiledClause(int cases) => H("立案审查调查", "立案審查調查") + Count(cases, CountUnit.Pieces);

    public override string ExposedClause(int cases) => H("通报曝光典型问题", "通報曝光典型問題") + Count(cases, CountUnit.Cases);

    public override string SanctionsNote(int people) => F(H("（党纪政务处分{0}）", "（黨紀政務處分{0}）"), Count(people, CountUnit.People));

    public override string AccountableClause(int personTimes) => F(H("上述人次中问责{0}", "上述人次中問責{0}"), Count(personTimes, CountUnit.PersonTimes));

    public override string AnnexLine(string roundTitle, bool withCharts) => F(withCharts ? H("附件：{0}统计图表", "附件：{0}統計圖表") : H("附件：{0}统计表", "附件：{0}統計表"), roundTitle);

    public override string AnnexHeading => L("附件");

    public override string SeeTable(int table, bool annex) => annex
        ? F(H("具体情况见附件表{0}。", "具體情況見附件表{0}。"), table)
        : F(H("具体情况见表{0}。", "具體情況見表{0}。"), table);

    // A category label that already ends in 问题 / 問題 is not given a second one.
    private string Kind(string name) => name.EndsWith("问题", StringComparison.Ordinal) || name.EndsWith("問題", StringComparison.Ordinal) ? name : name + L("问题");

    private string H(string simplified, string traditional) => _traditional ? traditional : simplified;

    private string L(string pattern) => _traditional ? HantCharacters.Convert(pattern) : pattern;

    private static string F(string pattern, params object[] values) => string.Format(CultureInfo.InvariantCulture, pattern, values);
}
