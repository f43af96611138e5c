using Supervision.Reporting.Analytics;
using Supervision.Reporting.Domain;

namespace Supervision.Reporting.Rendering.Pdf.Bulletins.Content;

// Every piece of language-dependent text of the daily report, in one place. Only zh-Hans is written; other
// languages go here as further instances.
internal sealed class DailyPhrases
{
    public static readonly DailyPhrases ZhHans = new();

    private DailyPhrases()
    {
    }

    public Language Language => Language.ZhHans;

    public string Count(int n, CountUnit unit) => ChineseFormat.Count(n, unit, Language);

    public string Name(string roundTitle) => roundTitle + "工作日报";

    public string Issue(int number) => $"第{TableRows.N(number)}期";

    public string Title(LocalDateText day, string roundTitle) => $"{day.MonthDay}{roundTitle}工作情况";

    public string Subject(string roundTitle) => roundTitle + "工作日报";

    public string Keywords(string topic, string roundId) => $"工作日报,{topic},{roundId}";

    public string Date(NodaTime.LocalDate date) => ChineseFormat.Date(date);

    public string Heading(int number, string text) => ChineseFormat.HeadingNumber(number) + text;

    public string InspectionHeading => "当日监督检查情况";

    public string AccountabilityHeading => "问责和通报情况";

    public string EventsHeading => "工作动态";

    public string CumulativeHeading => "累计情况";

    public string GroupTableCaption(int number, LocalDateText day) => $"表{TableRows.N(number)}　{day.MonthDay}各监督检查组工作情况";

    public string Index => "序号";

    public string Inspections => "检查次数";

    public string UnitsVisited => "检查单位";

    public string Found => "发现问题";

    public string CumulativeFound => "累计发现问题";

    public string Total => "合计";

    public string OtherGroups(int n) => $"其余{Count(n, CountUnit.Items)}组";

    public string NoGroup => "其他渠道发现";

    public string Dash => "—";

    public string Inspected(LocalDateText day, IReadOnlyList<string> groups, int inspections, int units, IEnumerable<(string Method, int Count)> methods)
    {
        var who = groups.Count <= 3
            ? string.Join("、", groups)
            : string.Join("、", groups.Take(3)) + $"等{Count(groups.Count, CountUnit.Items)}监督检查组";
        var how = methods.Where(m => m.Count > 0).Select(m => $"{MethodPhrase(m.Method)}{Count(m.Count, CountUnit.Times)}").ToList();
        var text = $"{day.MonthDay}，{who}开展监督检查{Count(inspections, CountUnit.Times)}，检查单位{Count(units, CountUnit.Items)}";
        return ChineseText.Sentence(how.Count > 0 ? text + "，其中" + string.Join("，", how) : text);
    }

    // 四不两直 is a slogan and is quoted as one ("采取“四不两直”方式5次"); the other methods read as verbs (查阅资料4次).
    public static string MethodPhrase(string label) => label == "四不两直" ? "采取“四不两直”方式" : label;

    public string NoInspections(LocalDateText day) => $"{day.MonthDay}，各监督检查组未开展现场监督检查。";

    public string FoundToday(int found, IReadOnlyList<string> examples)
    {
        if (found == 0)
        {
            return "当日未发现新的问题";
        }

        var text = $"当日发现问题{Count(found, CountUnit.Items)}";
        return examples.Count == 0 ? text : text + "，主要是：" + string.Join("；", examples.Select(e => e.TrimEnd('。', '；', '，')));
    }

    // 办实事: service problems are counted apart from violations (§6), and told apart too.
    public string ServiceToday(int count, IReadOnlyList<string> examples)
    {
        var text = $"当日发现群众急难愁盼问题{Count(count, CountUnit.Pieces)}";
        return ChineseText.Sentence(examples.Count == 0 ? text : text + "，主要是：" + string.Join("；", examples.Select(e => e.TrimEnd('。', '；', '，'))));
    }

    public string RectifiedToday(int rectified, int closed) => rectified == 0 && closed == 0
        ? "当日无完成整改的问题"
        : $"当日完成整改{Count(rectified, CountUnit.Items)}，销号{Count(closed, CountUnit.Items)}";

    public string MeasuresToday(int personTimes, IEnumerable<(string Form, int PersonTimes)> forms)
    {
        if (personTimes == 0)
        {
            return "当日未作出问责处理。";
        }

        var parts = forms.Select(f => $"{f.Form}{Count(f.PersonTimes, CountUnit.PersonTimes)}").ToList();
        return ChineseText.Sentence($"当日问责{Count(personTimes, CountUnit.PersonTimes)}" + (parts.Count > 0 ? "，其中" + string.Join("、", parts) : string.Empty));
    }

    public string NoticesToday(IReadOnlyList<string> titles) =>
        "当日公开发布" + string.Join("、", titles.Select(t => "《" + t.Trim('《', '》') + "》")) + "。";

    // The day's cases: those of its notices and those with a measure that day; when there are more than the
    // report tells, it says how many and that it picks some.
    public string CasesLead(int shown, int total) => shown == total
        ? $"当日通报和查处典型问题{ChineseFormat.CountInNumerals(total, CountUnit.Cases)}："
        : $"当日通报和查处典型问题{ChineseFormat.CountInNumerals(total, CountUnit.Cases)}，择要如下：";

    public string CaseNumber(int number) => ChineseFormat.SubheadingNumber(number);

    // Several events in one paragraph, "一是……；二是……。", as daily reports list them.
    public string Events(IReadOnlyList<string> titles) => titles.Count == 1
        ? ChineseText.Sentence(titles[0])
        : string.Join("；", titles.Select((t, i) => ChineseFormat.Numeral(i + 1) + "是" + t.Trim().TrimEnd('。', '；', '，'))) + "。";

    public string Cumulative(LocalDateText day, RoundStatistics s)
    {
        var text = $"截至{day.MonthDay}，累计开展监督检查{Count(s.Inspections, CountUnit.Times)}，检查单位{Count(s.UnitsVisited, CountUnit.Items)}，"
            + $"发现问题{Count(s.Findings, CountUnit.Items)}，已整改{Count(s.Rectified, CountUnit.Items)}，整改率{ChineseFormat.Percent(s.RectificationRate)}，"
            + $"已销号{Count(s.Closed, CountUnit.Items)}";
        text += s.Overdue > 0 ? $"；超过整改时限未完成整改的{Count(s.Overdue, CountUnit.Items)}" : "；无逾期未整改问题";
        text = ChineseText.Sentence(text);
        if (s.Measures.PersonTimes > 0)
        {
            text += $"累计问责{Count(s.Measures.PersonTimes, CountUnit.PersonTimes)}。";
        }

        return text;
    }
}
