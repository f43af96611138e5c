using System.Globalization;
using Supervision.Reporting.Analytics;
using Supervision.Reporting.Domain;
using Supervision.Reporting.Formatting;

namespace Supervision.Reporting.Rendering.Pdf.Bulletins.Content;

// The Chinese text of the daily report. Traditional Chinese is the same text with each pattern's own characters
// converted (HantCharacters); the data put into a pattern is never converted.
internal sealed class ChineseDailyPhrases : DailyPhrases
{
    public static readonly ChineseDailyPhrases Simplified = new(traditional: false);
    public static readonly ChineseDailyPhrases Traditional = new(traditional: true);

    private readonly bool _traditional;

    private ChineseDailyPhrases(bool traditional) => _traditional = traditional;

    public override Language Language => _traditional ? Language.ZhHant : Language.ZhHans;

    // Two examples of the day's findings: with the 工作建议 and the 报/发 line a busy day must still fit two pages.
    public override int FoundExamples => 2;

    public override string Name(string roundTitle) => roundTitle + L("工作日报");

    public override string Issue(int number) => F(L("第{0}期"), TableRows.N(number));

    public override string Title(LocalDateText day, string roundTitle) => F(L("{0}{1}工作情况"), day.MonthDay, roundTitle);

    public override string Subject(string roundTitle) => roundTitle + L("工作日报");

    public override string Keywords(string topic, string roundId) => L("工作日报") + "," + topic + "," + roundId;

    public override string Heading(int number, string text) => ChineseFormat.Numeral(number, Language) + "、" + text;

    public override string InspectionHeading => L("当日监督检查情况");

    public override string AccountabilityHeading => H("执纪和通报曝光情况", "執紀和通報曝光情況");

    public override string EventsHeading => L("工作动态");

    public override string CumulativeHeading => L("累计情况");

    public override string GroupTableCaption(int number, LocalDateText day) => F(L("表{0}　{1}各监督检查组工作情况"), TableRows.N(number), day.MonthDay);

    public override string Index => L("序号");

    public override string Inspections => L("检查次数");

    public override string UnitsVisited => L("检查单位");

    public override string Found => L("发现问题");

    public override string CumulativeFound => L("累计发现问题");

    public override string Total => L("合计");

    public override string OtherGroups(int n) => F(L("其余{0}组"), Count(n, CountUnit.Items));

    public override string NoGroup => L("其他渠道发现");

    public override string Sentence(string text) => ChineseText.Sentence(text);

    public override string Paragraph(IEnumerable<string> sentences) => string.Concat(sentences);

    public override string Inspected(LocalDateText day, IReadOnlyList<string> groups, int inspections, int units, IEnumerable<(InspectionMethod Method, int Count)> methods)
    {
        var who = groups.Count <= 3
            ? string.Join("、", groups)
            : string.Join("、", groups.Take(3)) + F(L("等{0}监督检查组"), Count(groups.Count, CountUnit.Items));
        var how = Methods([.. methods.Where(m => m.Count > 0)]);
        var text = F(L("{0}，{1}开展监督检查{2}，检查单位{3}"), day.MonthDay, who, Count(inspections, CountUnit.Times), Count(units, CountUnit.Items));
        return ChineseText.Sentence(how.Count > 0 ? text + L("，其中") + string.Join("，", how) : text);
    }

    public override string NoInspections(LocalDateText day) => F(L("{0}，各监督检查组未开展现场监督检查。"), day.MonthDay);

    public override string FoundToday(int found, IReadOnlyList<string> examples)
    {
        if (found == 0)
        {
            return L("当日未发现新的问题");
        }

        var text = L("当日发现问题") + Count(found, CountUnit.Items);
        return examples.Count == 0 ? text : text + L("，主要是：") + Examples(examples);
    }

    public override string ServiceToday(int count, IReadOnlyList<string> examples)
    {
        var text = L("当日发现群众急难愁盼问题") + Count(count, CountUnit.Pieces);
        return ChineseText.Sentence(examples.Count == 0 ? text : text + L("，主要是：") + Examples(examples));
    }

    public override string RectifiedToday(int rectified, int closed) => rectified == 0 && closed == 0
        ? L("当日无完成整改的问题")
        : F(L("当日完成整改{0}，销号{1}"), Count(rectified, CountUnit.Items), Count(closed, CountUnit.Items));

    public override string MeasuresToday(int personTimes, IEnumerable<(string Form, int PersonTimes)> forms)
    {
        if (personTimes == 0)
        {
            return H("当日未运用“四种形态”作出处理。", "當日未運用「四種形態」作出處理。");
        }

        var parts = forms.Select(f => f.Form + Count(f.PersonTimes, CountUnit.PersonTimes)).ToList();
        return ChineseText.Sentence(H("当日运用“四种形态”批评教育帮助和处理", "當日運用「四種形態」批評教育幫助和處理") + Count(personTimes, CountUnit.PersonTimes) + (parts.Count > 0 ? L("，其中") + string.Join("、", parts) : string.Empty));
    }

    public override string NoticesToday(IReadOnlyList<string> titles) =>
        L("当日公开发布") + string.Join("、", titles.Select(t => "《" + t.Trim('《', '》') + "》")) + "。";

    public override string CasesLead(int shown, int total) => shown == total
        ? F(L("当日通报和查处典型问题{0}："), Count(total, CountUnit.Cases))
        : F(L("当日通报和查处典型问题{0}，择要如下："), Count(total, CountUnit.Cases));

    public override string CaseNumber(int number) => "（" + ChineseFormat.Numeral(number, Language) + "）";

    public override string Events(IReadOnlyList<string> titles) => titles.Count == 1
        ? ChineseText.Sentence(titles[0])
        : string.Join("；", titles.Select((t, i) => ChineseFormat.Numeral(i + 1, Language) + L("是") + t.Trim().TrimEnd('。', '；', '，'))) + "。";

    public override string Cumulative(LocalDateText day, RoundStatistics s)
    {
        var text = F(L("截至{0}，累计开展监督检查{1}，检查单位{2}，发现问题{3}，已整改{4}，整改率{5}，已销号{6}"),
            day.MonthDay, Count(s.Inspections, CountUnit.Times), Count(s.UnitsVisited, CountUnit.Items), Count(s.Findings, CountUnit.Items),
            Count(s.Rectified, CountUnit.Items), ChineseFormat.Percent(s.RectificationRate), Count(s.Closed, CountUnit.Items));
        text += s.Overdue > 0 ? F(L("；超过整改时限未完成整改的{0}"), Count(s.Overdue, CountUnit.Items)) : L("；无逾期未整改问题");
        text = ChineseText.Sentence(text);
        if (s.Measures.PersonTimes > 0)
        {
            text += F(H("累计运用“四种形态”处理{0}。", "累計運用「四種形態」處理{0}。"), Count(s.Measures.PersonTimes, CountUnit.PersonTimes));
        }

        return text;
    }

    // 四不两直 is a kind of unannounced visit, as 暗访 is another: the two are told as the unannounced visits they are
    // ("不打招呼实地检查8次（采取“四不两直”方式5次、暗访3次）"), the other methods as verbs (查阅资料4次).
    private List<string> Methods(IReadOnlyList<(InspectionMethod Method, int Count)> methods)
    {
        var unannounced = methods.Where(m => m.Method is InspectionMethod.Unannounced or InspectionMethod.Covert).ToList();
        var how = new List<string>();
        if (unannounced.Count > 0)
        {
            var kinds = unannounced.Select(m => (m.Method == InspectionMethod.Unannounced ? L("采取“四不两直”方式") : Vocabulary.Label(m.Method, Language)) + Count(m.Count, CountUnit.Times));
            how.Add(H("不打招呼实地检查", "不打招呼實地檢查") + Count(unannounced.Sum(m => m.Count), CountUnit.Times) + "（" + string.Join("、", kinds) + "）");
        }

        how.AddRange(methods.Where(m => m.Method is not (InspectionMethod.Unannounced or InspectionMethod.Covert)).Select(m => Vocabulary.Label(m.Method, Language) + Count(m.Count, CountUnit.Times)));
        return how;
    }

    public override string SuggestionsHeading => H("工作建议：", "工作建議：");

    // The most pressing point only (overdue, else the day's findings, else what is open): a daily report keeps to two pages.
    public override string Suggestions(int overdue, int foundToday, int open)
    {
        var points = new List<string>();
        if (overdue > 0)
        {
            points.Add(F(H("对超过整改时限仍未完成整改的{0}问题，由相关监督检查组重点督办", "對超過整改時限仍未完成整改的{0}問題，由相關監督檢查組重點督辦"), Count(overdue, CountUnit.Items)));
        }

        if (foundToday > 0)
        {
            points.Add(F(H("对当日发现的{0}问题，及时反馈责任单位、督促立行立改", "對當日發現的{0}問題，及時反饋責任單位、督促立行立改"), Count(foundToday, CountUnit.Items)));
        }

        if (open > 0 && points.Count == 0)
        {
            points.Add(F(H("对尚未完成整改的{0}问题，持续督促、确保按期整改到位", "對尚未完成整改的{0}問題，持續督促、確保按期整改到位"), Count(open, CountUnit.Items)));
        }

        if (points.Count == 0)
        {
            points.Add(H("保持监督检查力度，持续跟踪已整改问题，防止反弹回潮", "保持監督檢查力度，持續跟蹤已整改問題，防止反彈回潮"));
        }

        return points[0] + "。";
    }

    // 报 and 发 on one line, as a daily report's distribution is printed.
    public override string Distribution(string authority, string recipients) =>
        F(H("报：{0}班子成员。发：{1}。", "報：{0}班子成員。發：{1}。"), authority, recipients.TrimEnd('：', '。'));

    public override string DefaultIssuedTo => H("各监督检查组", "各監督檢查組");

    private string H(string simplified, string traditional) => _traditional ? traditional : simplified;

    private static string Examples(IReadOnlyList<string> examples) => string.Join("；", examples.Select(e => e.TrimEnd('。', '；', '，')));

    private string L(string pattern) => _traditional ? HantCharacters.Convert(pattern) : pattern;

    private static string F(string pattern, params object[] values) => string.Format(CultureInfo.InvariantCulture, pattern, values);
}
