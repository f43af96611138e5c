using System.Globalization;
using System.Text;
using NodaTime;
using Supervision.Reporting.Analytics;
using Supervision.Reporting.Calendar;
using Supervision.Reporting.Domain;
using Supervision.Reporting.Privacy;
using Supervision.Reporting.Formatting;

namespace Supervision.Reporting.Rendering.Pdf.Bulletins.Content;

// Writes one case of a bulletin in the prose of official notices: the title sentence
// "[area][unit][position][name][summary]问题。" and the narrative (what was found, when and by whom;
// feedback and rectification; the measures taken), from the round's facts only.
internal sealed class CaseNarrator(SupervisionRound round, PersonNaming naming, WorkingDayCalendar calendar, LocalDate asOf, CasePhrases phrases)
{
    public string Title(Finding finding)
    {
        var subject = Subject(finding);
        var summary = naming.Redact(finding.Summary).Trim().TrimEnd('。', '；', '，');
        var predicate = phrases.Language == Language.English ? summary : ChineseText.StripRepeatedSubject(subject.WithoutName, summary);
        if (predicate.Length == summary.Length && (phrases.Language == Language.English || !StartsLikeAPredicate(predicate)))
        {
            // The summary is a sentence of its own ("转运专班车辆调度不及时"): join it as what the subject did.
            predicate = (subject.IsPerson ? phrases.PersonFailed : phrases.UnitHas) + predicate;
        }

        return phrases.CaseTitle(subject.Text + predicate);
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
            var name = naming.IsOmitted(person) ? string.Empty : naming.NameOf(person);
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
        var description = ChineseText.Sentence(naming.Redact(finding.Description is { Length: > 0 } d ? d : finding.Summary));
        if (description.Contains(ChineseFormat.MonthDay(finding.FoundOn), StringComparison.Ordinal))
        {
            // The description tells the story with its date already.
            return description;
        }

        var group = round.GroupOf(finding);
        var inspection = finding.InspectionId is { } id ? round.FindInspection(id) : null;
        if (group is null || inspection is null)
        {
            return phrases.FoundBySource(finding.FoundOn, finding.Source, description);
        }

        var saysFound = FindingWords.Any(w => description.StartsWith(w, StringComparison.Ordinal));
        return phrases.FoundByInspection(finding.FoundOn, group.Name, inspection.Method, Place(finding.UnitId ?? finding.ResponsibleUnitId), description, saysFound);
    }

    private string Feedback(Finding finding, Rectification rectification)
    {
        var unit = finding.ResponsibleUnitId is { } unitId && round.FindUnit(unitId) is { } found ? found.Name : phrases.UnknownUnit;
        var requirement = phrases.Requirement(rectification.Mode, rectification.EffectiveDeadline(asOf, calendar));
        if (finding.Description?.Contains("反馈", StringComparison.Ordinal) == true)
        {
            // The description already tells of the feedback: say only what was required.
            return phrases.FeedbackAlreadyTold(unit, requirement);
        }

        return phrases.Feedback(rectification.AssignedOn, round.GroupOf(finding)?.Name, unit, requirement);
    }

    private string Progress(Rectification rectification)
    {
        var measures = rectification.Measures is { Length: > 0 } m && rectification.IsRectifiedAsOf(asOf)
            ? phrases.MeasuresTaken(ChineseText.Sentence(naming.Redact(m)))
            : string.Empty;
        if (rectification.IsClosedAsOf(asOf))
        {
            return measures + phrases.Closed;
        }

        if (rectification.IsRectifiedAsOf(asOf))
        {
            return measures + phrases.Rectified;
        }

        if (rectification.IsOverdueAsOf(asOf, calendar))
        {
            return phrases.Overdue(asOf, rectification.WorkingDaysOverdue(asOf, calendar));
        }

        return rectification.StatusAsOf(asOf) == RectificationStatus.InProgress ? phrases.InProgress : phrases.NotYetRectified;
    }

    // One sentence per decision (date and deciding body), the forms within it grouped; also the whole
    // account of a case in a daily report, where the title sentence and the handling suffice.
    public string Measures(Finding finding)
    {
        var measures = round.MeasuresFor(finding.Id).Where(m => m.DecidedOn <= asOf).ToList();
        var text = new StringBuilder();
        foreach (var decision in measures.GroupBy(m => (m.DecidedOn, m.DecidedBy)).OrderBy(g => g.Key.DecidedOn))
        {
            var parts = decision
                .GroupBy(m => m.Form)
                .Select(form => (People(form.Select(m => m.PersonId).Distinct().ToList()), form.Key))
                .ToList();
            text.Append(phrases.Decision(decision.Key.DecidedOn, decision.Key.DecidedBy ?? phrases.UnknownDecider, parts));
        }

        return text.ToString();
    }

    private string People(List<string> personIds)
    {
        var names = personIds.Select(round.FindPerson).OfType<Person>().Where(p => !naming.IsOmitted(p)).Select(naming.NameOf).ToList();
        return phrases.People(names, personIds.Count);
    }

    // Words with which a description already says it is a finding (经查、检查发现…).
    private static readonly string[] FindingWords = ["经查", "查实", "核查发现", "检查发现", "调查发现", "暗访发现", "发现"];

    // Words with which a summary already reads as what its subject did (未…、对…、在…).
    private static readonly string[] PredicateStarts =
        ["未", "对", "在", "不", "擅自", "违规", "违反", "存在", "履职", "落实", "工作", "把", "将", "以", "漠视", "推诿", "敷衍", "应", "没有", "拒不", "随意", "变相", "虚报", "瞒报", "迟报", "漏报"];

    private static bool StartsLikeAPredicate(string text) => PredicateStarts.Any(w => text.StartsWith(w, StringComparison.Ordinal));
}
