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

    public override string UnknownUnit => L("相关责任单位");

    public override string Closed => L("目前，该问题已整改到位并销号。");

    public override string Rectified => L("目前，该问题已整改完成。");

    public override string InProgress => L("目前，该问题正在整改中。");

    public override string NotYetRectified => L("目前，该问题尚未完成整改。");

    public override string UnknownDecider => L("有关纪检监察机关");

    public override string CaseTitle(string subjectAndPredicate) =>
        subjectAndPredicate.EndsWith("问题", StringComparison.Ordinal) || subjectAndPredicate.EndsWith("問題", StringComparison.Ordinal)
            ? subjectAndPredicate + "。"
            : subjectAndPredicate + L("问题。");

    public override string CaseHeading(int number, string title) => ChineseFormat.Numeral(number, Language) + "、" + title;

    public override string FoundBySource(LocalDate day, FindingSource source, string description) => F("{0}，{1}{2}", Day(day), source switch
    {
        FindingSource.PublicReport => L("根据群众反映，"),
        FindingSource.Referral => L("根据有关方面移交的问题线索，"),
        FindingSource.SelfInspection => L("经自查，"),
        FindingSource.DataAnalysis => L("经数据比对分析，"),
        _ => L("经监督检查，"),
    }, description);

    public override string FoundByInspection(LocalDate day, string group, InspectionMethod method, string place, string description, bool descriptionSaysFound) =>
        F(descriptionSaysFound ? L("{0}，{1}{2}对{3}开展监督检查，{4}") : L("{0}，{1}{2}对{3}开展监督检查时发现，{4}"), Day(day), group, Method(method), place, description);

    public override string Requirement(RectificationMode mode, LocalDate? deadline) => mode switch
    {
        RectificationMode.Immediate => L("立行立改"),
        RectificationMode.Ongoing => L("建立长效机制、长期坚持整改"),
        _ => deadline is { } date ? F(L("于{0}前整改到位"), Day(date)) : L("限期整改"),
    };

    public override string FeedbackAlreadyTold(string unit, string requirement) => F(L("{0}按照要求{1}。"), unit, requirement);

    public override string Feedback(LocalDate day, string? group, string unit, string requirement) => group is null
        ? F(L("{0}，问题反馈至{1}，要求{2}。"), Day(day), unit, requirement)
        : F(L("{0}，{1}将问题反馈{2}，要求{3}。"), Day(day), group, unit, requirement);

    public override string MeasuresTaken(string measures) => L("责任单位已落实整改措施：") + measures;

    public override string Overdue(LocalDate asOf, int workingDays) =>
        F(L("截至{0}，该问题已超过整改时限{1}个工作日，仍未整改到位。"), Day(asOf), workingDays);

    // "2022年11月16日，全州县纪委监委给予唐某等4人提醒谈话处理，给予蒋某等5人批评教育处理。"
    public override string Decision(LocalDate date, string decider, IReadOnlyList<(string People, MeasureForm Form)> parts) =>
        F("{0}，{1}{2}。", ChineseFormat.Date(date, Language), decider,
            string.Join("，", parts.Select(p => F(L("给予{0}{1}处理"), p.People, Vocabulary.Label(p.Form, Language)))));

    // 唐某 / 唐某、王某 / 唐某等4人; hidden people are counted but not named.
    public override string People(IReadOnlyList<string> names, int count) => names.Count switch
    {
        0 => count == 1 ? L("相关责任人") : F(L("相关责任人{0}人"), count),
        _ when count == 1 => names[0],
        2 when count == 2 => names[0] + "、" + names[1],
        _ => F(L("{0}等{1}人"), names[0], count),
    };

    public override string Title(int cases, string topic) => F(L("关于{0}起{1}工作中典型问题的通报"), TitleCount(cases), topic);

    public override string Preamble(LocalDate start, string authority, int groups, int focusAreas, string roundTitle, string topic, int cases)
    {
        var text = new StringBuilder();
        text.Append(ChineseText.YearMonth(start)).Append(L("以来，")).Append(authority);
        if (groups > 0)
        {
            text.Append(F(L("组建{0}个监督检查组，"), TitleCount(groups)));
        }

        if (focusAreas > 0)
        {
            text.Append(F(L("聚焦{0}项监督重点，"), TitleCount(focusAreas)));
        }

        text.Append(F(L("深入开展{0}，严肃查处{1}工作中的不担当不作为、形式主义官僚主义等问题。为严明纪律、警示教育，现将{2}起典型问题通报如下："), roundTitle, topic, TitleCount(cases)));
        return text.ToString();
    }

    public override string Reflection(string topic, IReadOnlyList<string> categories)
    {
        var kinds = categories.Count > 0 ? string.Join("、", categories) + L("等") : string.Empty;
        return F(L("上述问题反映出，一些地方和单位在{0}工作中责任意识不强、工作作风不实，{1}问题仍然存在，损害了群众利益，影响了党委政府决策部署的落实。各级党组织和广大党员干部要引以为戒、举一反三。"), topic, kinds);
    }

    public override IReadOnlyList<(string Heading, string Text)> Requirements(string topic) =>
    [
        (L("（一）压紧压实责任。"), F(L("各级党组织要切实扛起{0}主体责任，主要负责同志要亲自抓、负总责，层层传导压力，确保各项决策部署落到实处。"), topic)),
        (L("（二）坚持立行立改。"), L("对监督检查发现的问题，责任单位要建立台账、明确时限、逐项销号，能立即整改的立即整改，一时难以整改的要制定计划、限期完成。")),
        (L("（三）严肃监督执纪。"), L("各级纪检监察机关要持续加强监督检查，对工作不力、推诿扯皮、敷衍塞责的，发现一起、查处一起，典型问题一律通报曝光。")),
    ];

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

    // Counts in titles: Chinese numerals up to ten (三起), Arabic above (12起), as official titles do.
    private string TitleCount(int n) => n <= 10 ? ChineseFormat.Numeral(n, Language) : n.ToString(CultureInfo.InvariantCulture);

    private string L(string pattern) => _traditional ? HantCharacters.Convert(pattern) : pattern;

    private static string F(string pattern, params object[] values) => string.Format(CultureInfo.InvariantCulture, pattern, values);
}
