using System.Globalization;
using System.Text;
using NodaTime;
using Supervision.Reporting.Analytics;
using Supervision.Reporting.Domain;
using Supervision.Reporting.Formatting;

namespace Supervision.Reporting.Rendering.Pdf.Bulletins.Content;

// The Chinese sentence patterns. Traditional Chinese is the same text with each pattern's own
// characters converted (HantCharacters); the data put into a pattern is never converted.
internal sealed class ChineseCasePhrases : CasePhrases
{
    public static readonly ChineseCasePhrases Simplified = new(traditional: false);
    public static readonly ChineseCasePhrases Traditional = new(traditional: true);

    private readonly bool _traditional;

    private ChineseCasePhrases(bool traditional) => _traditional = traditional;

    public override Language Language => _traditional ? Language.ZhHant : Language.ZhHans;

    public override string PersonFailed => L("履职不力，");

    public override string UnitHas => L("存在");

    public override string UnknownDecider => L("有关纪检监察机关");

    public override string CaseTitle(string subjectAndPredicate) =>
        subjectAndPredicate.EndsWith("问题", StringComparison.Ordinal) || subjectAndPredicate.EndsWith("問題", StringComparison.Ordinal)
            ? subjectAndPredicate + "。"
            : subjectAndPredicate + L("问题。");

    public override string CaseHeading(int number, string title) => ChineseFormat.Numeral(number, Language) + "、" + title;

    // A finding from a source other than a group's inspection: where the facts came from, then what was found.
    public override string FoundBySource(LocalDate day, FindingSource source, string description) => F("{0}，{1}{2}", Day(day), source switch
    {
        FindingSource.PublicReport => L("根据群众反映，经核查，"),
        FindingSource.Referral => L("根据有关方面移交的问题线索，经核查，"),
        FindingSource.SelfInspection => L("经自查发现，"),
        FindingSource.DataAnalysis => L("经数据比对分析发现，"),
        _ => L("经监督检查发现，"),
    }, description);

    public override string FoundByInspection(LocalDate day, string group, InspectionMethod method, string place, string description) =>
        F(L("{0}，{1}{2}对{3}开展监督检查时发现，{4}"), Day(day), group, Method(method), place, description);

    public override string Consequence(Severity severity) => severity switch
    {
        Severity.Major or Severity.Serious => L("，造成不良影响"),
        Severity.General => H("，埋下隐患", "，埋下隱患"),
        _ => string.Empty,
    };

    public override string ResponsibilityClause(string people, string? position, Responsibility responsibility, bool first)
    {
        var label = Vocabulary.Label(responsibility, Language);
        if (!first)
        {
            return people + H("负有", "負有") + label;
        }

        return position is { Length: > 0 }
            ? F(H("{0}作为{1}，对此负有{2}", "{0}作為{1}，對此負有{2}"), people, position.Replace('，', '、'), label)
            : F(H("{0}对此负有{1}", "{0}對此負有{1}"), people, label);
    }

    public override string ResponsibilitySentence(IReadOnlyList<string> clauses) => clauses.Count == 0 ? string.Empty : string.Join("，", clauses) + "。";

    // "2022年11月16日，全州县纪委监委对唐某等4人进行提醒谈话，对蒋某等5人进行批评教育。": one clause per form,
    // each with its own verb (MeasureWording), so that a 处分 is never called 处理.
    // Several sanctions of the same people in one decision are one clause: "给予魏某党内警告、政务记过处分".
    public override string Decision(LocalDate date, string decider, IReadOnlyList<(string People, MeasureForm Form)> parts)
    {
        var clauses = new List<string>();
        for (var i = 0; i < parts.Count; i++)
        {
            var names = new List<string>();
            for (var j = i; j < parts.Count && parts[j].People == parts[i].People && MeasureWording.SanctionName(parts[j].Form, Language) is { } name; j++)
            {
                names.Add(name);
            }

            if (names.Count > 1)
            {
                clauses.Add(F(H("给予{0}{1}处分", "給予{0}{1}處分"), parts[i].People, string.Join("、", names)));
                i += names.Count - 1;
            }
            else
            {
                clauses.Add(MeasureWording.Clause(parts[i].Form, parts[i].People, Language));
            }
        }

        return F("{0}，{1}{2}。", ChineseFormat.Date(date, Language), decider, string.Join("，", clauses));
    }

    // 唐某 / 唐某、王某 / 唐某等4人; hidden people are counted but not named.
    public override string People(IReadOnlyList<string> names, int count) => names.Count switch
    {
        0 => count == 1 ? L("相关责任人") : F(L("相关责任人{0}人"), count),
        _ when count == 1 => names[0],
        2 when count == 2 => names[0] + "、" + names[1],
        _ => F(L("{0}等{1}人"), names[0], count),
    };

    public override string Title(int cases, string topic, IReadOnlyList<string> kinds) => Title(cases, topic, kinds, chineseNumerals: false);

    public override string Title(int cases, string topic, IReadOnlyList<string> kinds, bool chineseNumerals) =>
        F(L("关于{0}起{1}工作中{2}典型问题的通报"), chineseNumerals ? ChineseFormat.Numeral(cases, Language) : cases.ToString(CultureInfo.InvariantCulture), topic, Kinds(kinds));

    // "2022年11月以来，桂林市纪委监委组建10个监督检查组，聚焦六项监督重点，深入开展疫情防控专项监督，发现一些地方和单位
    // 仍存在防控措施落实不严、不担当不作为等问题。为严明纪律、强化警示教育，现将5起典型问题通报如下：" — groups in Arabic
    // (10个), focus points in Chinese (六项), as the source and the statistical bulletin write them.
    public override string Preamble(LocalDate start, string authority, int groups, int focusAreas, string roundTitle, string topic, IReadOnlyList<string> kinds, int cases)
    {
        var text = new StringBuilder();
        text.Append(ChineseText.YearMonth(start)).Append(L("以来，")).Append(authority);
        if (groups > 0)
        {
            text.Append(F(L("组建{0}监督检查组，"), ChineseFormat.Count(groups, CountUnit.Items, Language)));
        }

        if (focusAreas > 0)
        {
            text.Append(F(L("聚焦{0}项监督重点，"), ChineseFormat.Numeral(focusAreas, Language)));
        }

        text.Append(F(L("深入开展{0}，发现一些地方和单位在{1}工作中仍存在"), roundTitle, topic));
        text.Append(kinds.Count > 0 ? string.Join("、", kinds) + L("等问题，") : L("不担当不作为、形式主义官僚主义等问题，"));
        text.Append(H("有的党员干部履职不到位。", "有的黨員幹部履職不到位。"));
        text.Append(F(H("为严明纪律、强化警示教育，现将{0}起典型问题通报如下：", "為嚴明紀律、強化警示教育，現將{0}起典型問題通報如下："), cases.ToString(CultureInfo.InvariantCulture)));
        return text.ToString();
    }

    public override string Reflection(string topic, IReadOnlyList<string> categories)
    {
        var kinds = categories.Count > 0 ? string.Join("、", categories) + L("等") : string.Empty;
        return F(L("上述问题反映出，一些地方和单位在{0}工作中责任意识不强、工作作风不实，{1}问题仍然存在，损害了群众利益，影响了党委政府决策部署的落实。各级党组织和广大党员干部要引以为戒、举一反三。"), topic, kinds);
    }

    public override IReadOnlyList<(string Heading, string Text)> Requirements(string topic, bool cityLevel)
    {
        // The requirements speak to the 主送: at city level the county commissions, the stationed groups and the
        // inspection groups, who supervise the party organisations rather than carry their 主体责任 themselves.
        var who = cityLevel ? H("各县（市、区）纪委监委、市纪委监委各派驻纪检监察组和各监督检查组", "各縣（市、區）紀委監委、市紀委監委各派駐紀檢監察組和各監督檢查組") : L("各监督检查组、各有关单位");
        return
        [
            (H("（一）强化警示教育。", "（一）強化警示教育。"), F(H("{0}要把上述问题作为反面教材，督促所在地区、部门和单位党组织切实扛起{1}主体责任，举一反三、引以为戒，确保各项决策部署落到实处。", "{0}要把上述問題作為反面教材，督促所在地區、部門和單位黨組織切實扛起{1}主體責任，舉一反三、引以為戒，確保各項決策部署落到實處。"), who, topic)),
            (H("（二）强化监督检查。", "（二）強化監督檢查。"), F(H("要聚焦{0}重点任务，坚持“四不两直”、明察暗访，对发现的问题盯住不放、督促立行立改，推动责任落实。", "要聚焦{0}重點任務，堅持「四不兩直」、明察暗訪，對發現的問題盯住不放、督促立行立改，推動責任落實。"), topic)),
            (H("（三）严肃执纪问责。", "（三）嚴肅執紀問責。"), H("对不担当不作为、推诿扯皮、敷衍塞责的，发现一起、查处一起，对失职失责的严肃问责，典型问题一律通报曝光。", "對不擔當不作為、推諉扯皮、敷衍塞責的，發現一起、查處一起，對失職失責的嚴肅問責，典型問題一律通報曝光。")),
        ];
    }

    public override string Recipients(bool cityLevel) => cityLevel
        ? L("各县（市、区）纪委监委，市纪委监委各派驻纪检监察组，各监督检查组")
        : L("各监督检查组，各有关单位");

    public override string PrintingOffice(string authority) => authority + L("办公室");

    public override string Addressee(string recipients) => recipients.EndsWith('：') ? recipients : recipients + "：";

    public override string CopyToLabel => L("抄送：");

    public override string CopyToEnd => "。";

    public override string PrintLine(LocalDate printedOn) => ChineseFormat.Date(printedOn, Language) + L("印发");

    public override string Subject(string roundTitle) => roundTitle + L("典型问题通报");

    public override string Keywords(string topic, string roundId) => L("典型问题通报") + "," + topic + "," + roundId;

    private string Method(InspectionMethod method) => method switch
    {
        InspectionMethod.Unannounced => L("采取“四不两直”方式"),
        InspectionMethod.Covert => L("通过暗访"),
        InspectionMethod.DocumentReview => L("通过查阅资料"),
        InspectionMethod.Interview => L("通过个别谈话"),
        InspectionMethod.Remote => L("通过视频抽查"),
        _ => string.Empty,
    };

    private string Day(LocalDate date) => ChineseFormat.MonthDay(date, Language);

    // The kind of problem in the title: one category as it is, two joined by 和, more as the first two and 等.
    private string Kinds(IReadOnlyList<string> kinds) => kinds.Count switch
    {
        0 => string.Empty,
        1 => kinds[0],
        2 => kinds[0] + L("和") + kinds[1],
        _ => kinds[0] + L("等"),
    };

    private string L(string pattern) => _traditional ? HantCharacters.Convert(pattern) : pattern;

    // A pattern written out in both scripts, for characters the converted patterns had no need of before.
    private string H(string simplified, string traditional) => _traditional ? traditional : simplified;

    private static string F(string pattern, params object[] values) => string.Format(CultureInfo.InvariantCulture, pattern, values);
}
