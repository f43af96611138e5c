using System.Globalization;
using System.Text;
using NodaTime;
using Supervision.Reporting.Calendar;
using Supervision.Reporting.Domain;
using Supervision.Reporting.Privacy;

namespace Supervision.Reporting.Rendering.Pdf.Bulletins.Content;

// Writes one case of a bulletin in the prose of official notices: the title sentence
// "[area][unit][position][name][summary]问题。" and the narrative (what was found, when and by whom;
// feedback and rectification; the measures taken), from the round's facts only.
internal sealed class CaseNarrator(SupervisionRound round, NamingPolicy naming, WorkingDayCalendar calendar, LocalDate asOf)
{
    public string Title(Finding finding)
    {
        var subject = Subject(finding);
        var summary = naming.CleanText(finding.Summary).Trim().TrimEnd('。', '；', '，');
        var predicate = ChineseText.StripRepeatedSubject(subject.WithoutName, summary);
        if (predicate.Length == summary.Length && !StartsLikeAPredicate(predicate))
        {
            // The summary is a sentence of its own ("转运专班车辆调度不及时"): join it as what the subject did.
            predicate = (subject.IsPerson ? "履职不力，" : "存在") + predicate;
        }

        var text = subject.Text + predicate;
        return text.EndsWith("问题", StringComparison.Ordinal) ? text + "。" : text + "问题。";
    }

    public string Narrative(Finding finding)
    {
        var text = new StringBuilder();
        text.Append(WhatWasFound(finding));
        if (finding.Rectification is { } rectification)
        {
            text.Append(Feedback(finding, rectification));
            text.Append(Progress(rectification));
        }

        text.Append(Measures(finding));
        return text.ToString();
    }

    // The subject of the title: a single responsible person with place and position, else the place.
    private (string Text, string WithoutName, bool IsPerson) Subject(Finding finding)
    {
        var people = finding.ResponsiblePersonIds.Select(round.FindPerson).OfType<Person>().ToList();
        if (people.Count == 1 && people[0].Position is { Length: > 0 } position)
        {
            var person = people[0];
            var place = Place(person.UnitId ?? finding.UnitId ?? finding.ResponsibleUnitId);
            var withoutName = ChineseText.AppendWithoutOverlap(place, ChineseText.StripRepeatedSubject(place, position));
            var name = naming.NameOf(person);
            return (withoutName + name, withoutName, true);
        }

        var unitPlace = Place(finding.UnitId ?? finding.ResponsibleUnitId);
        return (unitPlace, unitPlace, false);
    }

    // The chain of unit names from the top-level area down to the unit, without repeated parts.
    private string Place(string? unitId)
    {
        if (unitId is null || round.FindUnit(unitId) is not { } unit)
        {
            return string.Empty;
        }

        var area = round.TopLevelAreaOf(unitId);
        var chain = new List<Unit>();
        for (var current = unit; current is not null; current = current.ParentId is { } parent ? round.FindUnit(parent) : null)
        {
            chain.Add(current);
            if (area is not null && current.Id == area.Id || chain.Count > 16)
            {
                break;
            }
        }

        chain.Reverse();
        var text = string.Empty;
        foreach (var part in chain)
        {
            text = ChineseText.AppendWithoutOverlap(text, part.Name);
        }

        return text;
    }

    private string WhatWasFound(Finding finding)
    {
        var day = ChineseText.MonthDay(finding.FoundOn);
        var description = ChineseText.Sentence(naming.CleanText(finding.Description is { Length: > 0 } d ? d : finding.Summary));
        if (description.Contains(day, StringComparison.Ordinal))
        {
            return description;
        }

        var group = round.GroupOf(finding);
        var inspection = finding.InspectionId is { } id ? round.FindInspection(id) : null;
        if (group is null || inspection is null)
        {
            return $"{day}，{SourcePhrase(finding.Source)}{description}";
        }

        var lead = $"{day}，{group.Name}{MethodPhrase(inspection.Method)}对{Place(finding.UnitId ?? finding.ResponsibleUnitId)}开展监督检查";
        return FindingWords.Any(w => description.StartsWith(w, StringComparison.Ordinal))
            ? $"{lead}，{description}"
            : $"{lead}时发现，{description}";
    }

    private string Feedback(Finding finding, Rectification rectification)
    {
        var who = round.GroupOf(finding)?.Name;
        var to = finding.ResponsibleUnitId is { } unitId && round.FindUnit(unitId) is { } unit ? unit.Name : "相关责任单位";
        var requirement = rectification.Mode switch
        {
            RectificationMode.Immediate => "立行立改",
            RectificationMode.Ongoing => "建立长效机制、长期坚持整改",
            _ => rectification.EffectiveDeadline(asOf, calendar) is { } deadline
                ? $"于{ChineseText.MonthDay(deadline)}前整改到位"
                : "限期整改",
        };
        if (finding.Description?.Contains("反馈", StringComparison.Ordinal) == true)
        {
            // The description already tells of the feedback: say only what was required.
            return $"{to}按照要求{requirement}。";
        }

        return who is null
            ? $"{ChineseText.MonthDay(rectification.AssignedOn)}，问题反馈至{to}，要求{requirement}。"
            : $"{ChineseText.MonthDay(rectification.AssignedOn)}，{who}将问题反馈{to}，要求{requirement}。";
    }

    private string Progress(Rectification rectification)
    {
        var measures = rectification.Measures is { Length: > 0 } m && rectification.IsRectifiedAsOf(asOf)
            ? "责任单位已落实整改措施：" + ChineseText.Sentence(naming.CleanText(m))
            : string.Empty;
        if (rectification.IsClosedAsOf(asOf))
        {
            return measures + "目前，该问题已整改到位并销号。";
        }

        if (rectification.IsRectifiedAsOf(asOf))
        {
            return measures + "目前，该问题已整改完成。";
        }

        if (rectification.IsOverdueAsOf(asOf, calendar))
        {
            var days = rectification.WorkingDaysOverdue(asOf, calendar);
            return string.Create(CultureInfo.InvariantCulture, $"截至{ChineseText.MonthDay(asOf)}，该问题已超过整改时限{days}个工作日，仍未整改到位。");
        }

        return rectification.StatusAsOf(asOf) == RectificationStatus.InProgress ? "目前，该问题正在整改中。" : "目前，该问题尚未完成整改。";
    }

    // "2022年11月16日，全州县纪委监委给予唐某等4人提醒谈话处理，给予蒋某等5人批评教育处理。"
    // Also the whole account of a case in a daily report, where the title sentence and the handling suffice.
    public string Measures(Finding finding)
    {
        var measures = round.MeasuresFor(finding.Id).Where(m => m.DecidedOn <= asOf).ToList();
        if (measures.Count == 0)
        {
            return string.Empty;
        }

        var text = new StringBuilder();
        foreach (var decision in measures.GroupBy(m => (m.DecidedOn, m.DecidedBy)).OrderBy(g => g.Key.DecidedOn))
        {
            var decider = decision.Key.DecidedBy ?? "有关纪检监察机关";
            var parts = decision
                .GroupBy(m => m.Form)
                .Select(form => $"给予{People(form.Select(m => m.PersonId).Distinct().ToList())}{Vocabulary.Label(form.Key)}处理");
            text.Append(ChineseText.Date(decision.Key.DecidedOn)).Append('，').Append(decider).Append(string.Join("，", parts)).Append('。');
        }

        return text.ToString();
    }

    // 唐某 / 唐某、王某 / 唐某等4人; hidden people are counted but not named.
    private string People(List<string> personIds)
    {
        var names = personIds.Select(round.FindPerson).OfType<Person>().Select(naming.NameOf).OfType<string>().ToList();
        var count = personIds.Count;
        if (names.Count == 0)
        {
            return count == 1 ? "相关责任人" : string.Create(CultureInfo.InvariantCulture, $"相关责任人{count}人");
        }

        if (count == 1)
        {
            return names[0];
        }

        return count == 2 && names.Count == 2
            ? $"{names[0]}、{names[1]}"
            : string.Create(CultureInfo.InvariantCulture, $"{names[0]}等{count}人");
    }

    // Words with which a description already says it is a finding (经查、检查发现…).
    private static readonly string[] FindingWords = ["经查", "查实", "核查发现", "检查发现", "调查发现", "暗访发现", "发现"];

    // Words with which a summary already reads as what its subject did (未…、对…、在…).
    private static readonly string[] PredicateStarts =
        ["未", "对", "在", "不", "擅自", "违规", "违反", "存在", "履职", "落实", "工作", "把", "将", "以", "漠视", "推诿", "敷衍", "应", "没有", "拒不", "随意", "变相", "虚报", "瞒报", "迟报", "漏报"];

    private static bool StartsLikeAPredicate(string text) => PredicateStarts.Any(w => text.StartsWith(w, StringComparison.Ordinal));

    private static string SourcePhrase(FindingSource source) => source switch
    {
        FindingSource.PublicReport => "根据群众反映，",
        FindingSource.Referral => "根据有关方面移交的问题线索，",
        FindingSource.SelfInspection => "经自查，",
        FindingSource.DataAnalysis => "经数据比对分析，",
        _ => "经监督检查，",
    };

    private static string MethodPhrase(InspectionMethod method) => method switch
    {
        InspectionMethod.Unannounced => "采取“四不两直”方式",
        InspectionMethod.Covert => "通过暗访",
        InspectionMethod.DocumentReview => "通过查阅资料",
        InspectionMethod.Interview => "通过个别谈话",
        InspectionMethod.Remote => "通过视频抽查",
        _ => string.Empty,
    };
}
