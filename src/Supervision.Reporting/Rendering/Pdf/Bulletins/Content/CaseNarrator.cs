using System.Globalization;
using System.Text;
using NodaTime;
using Supervision.Reporting.Analytics;
using Supervision.Reporting.Calendar;
using Supervision.Reporting.Domain;
using Supervision.Reporting.Formatting;
using Supervision.Reporting.Privacy;

namespace Supervision.Reporting.Rendering.Pdf.Bulletins.Content;

// Writes one case of a bulletin in the prose of official notices: the title sentence
// "[area][unit][position][name][summary]问题。" and the narrative as offices write it — the facts (who, when,
// where, what was done or not done), the consequence, the named people's responsibility, then the handling —
// from the round's facts only. A typical case is about conduct: rectification and 销号 are left to the
// statistical bulletin and the ledger.
internal sealed class CaseNarrator(SupervisionRound round, PersonNaming naming, LocalDate asOf, CasePhrases phrases)
{
    public string Title(Finding finding)
    {
        var subject = Subject(finding);
        var summary = naming.Redact(finding.Summary).Trim().TrimEnd('。', '；', '，');
        if (subject.IsPerson && phrases.Language != Language.English)
        {
            // The heading names the person the case is about: "临桂镇干部朱某某个别干部在值班期间饮酒" would name two.
            summary = StripGenericSubject(summary);
        }

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
        text.Append(Responsibility(finding));
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
        var description = WithConsequence(finding, ChineseText.Sentence(naming.Redact(finding.Description is { Length: > 0 } d ? d : finding.Summary)));
        if (description.Contains(ChineseFormat.MonthDay(finding.FoundOn), StringComparison.Ordinal))
        {
            // The description tells the story with its date already.
            return description;
        }

        var group = round.GroupOf(finding);
        var inspection = finding.InspectionId is { } id ? round.FindInspection(id) : null;

        // A description that opens with its own 经查/查实/检查发现 would leave a bare "查实，" after the lead-in,
        // which already says it was found.
        description = StripFindingWord(description);
        if (group is null || inspection is null)
        {
            return phrases.FoundBySource(finding.FoundOn, finding.Source, description);
        }

        return phrases.FoundByInspection(finding.FoundOn, group.Name, inspection.Method, Place(finding.UnitId ?? finding.ResponsibleUnitId), description);
    }

    // The consequence offices state after the facts (造成不良影响 / 带来风险隐患), unless the description states one.
    private string WithConsequence(Finding finding, string description)
    {
        // A description that goes on to the feedback (反馈, 交办) has no last sentence about the conduct to extend.
        if (phrases.Language == Language.English || ConsequenceWords.Concat(ProcessWords).Any(w => description.Contains(w, StringComparison.Ordinal)))
        {
            return description;
        }

        var consequence = phrases.Consequence(finding.Severity);
        return consequence.Length == 0 || description.Length == 0 ? description : description.TrimEnd('。') + consequence + "。";
    }

    // "唐某等4人作为…，对此负有重要领导责任，蒋某等5人负有直接责任。": from the measures' responsibility, one clause per kind,
    // leadership before direct; the people are named as in the handling sentence.
    private string Responsibility(Finding finding)
    {
        var measures = round.MeasuresFor(finding.Id).Where(m => m.DecidedOn <= asOf && m.Responsibility is not null).ToList();
        var clauses = new List<string>();
        var named = new HashSet<string>(StringComparer.Ordinal);
        foreach (var kind in measures.GroupBy(m => m.Responsibility!.Value).OrderBy(g => ResponsibilityOrder(g.Key)))
        {
            var ids = kind.Select(m => m.PersonId).Where(named.Add).ToList();
            if (ids.Count == 0)
            {
                continue;
            }

            var position = ids.Count == 1 && round.FindPerson(ids[0]) is { } person && !naming.IsOmitted(person) ? person.Position : null;
            clauses.Add(phrases.ResponsibilityClause(People(ids), position, kind.Key, clauses.Count == 0));
        }

        return phrases.ResponsibilitySentence(clauses);
    }

    private static int ResponsibilityOrder(Domain.Responsibility responsibility) => responsibility switch
    {
        Domain.Responsibility.MainLeadership => 0,
        Domain.Responsibility.ImportantLeadership => 1,
        _ => 2,
    };

    // One sentence per decision (date and deciding body), the forms within it grouped; also the whole
    // account of a case in a daily report, where the title sentence and the handling suffice.
    public string Measures(Finding finding)
    {
        var measures = round.MeasuresFor(finding.Id).Where(m => m.DecidedOn <= asOf).ToList();
        var text = new StringBuilder();
        foreach (var decision in measures.GroupBy(m => (m.DecidedOn, m.DecidedBy)).OrderBy(g => g.Key.DecidedOn))
        {
            // Sanctions before the lighter forms, each form with its own verb.
            var parts = decision
                .GroupBy(m => m.Form)
                .OrderBy(form => MeasureWording.Rank(form.Key))
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

    // Words with which a description already states a consequence.
    private static readonly string[] ConsequenceWords = ["影响", "隐患", "后果", "损害", "风险", "延误", "贻误"];

    private static readonly string[] ProcessWords = ["反馈", "交办", "移交"];

    // Generic subjects a summary may open with that the heading's named person replaces.
    private static readonly string[] GenericSubjects = ["个别干部", "有的干部", "部分干部", "个别工作人员", "相关人员", "该干部"];

    private static string StripFindingWord(string description)
    {
        foreach (var word in FindingWords)
        {
            if (description.StartsWith(word, StringComparison.Ordinal) && description.Length > word.Length + 1 && description[word.Length] is '，' or '：')
            {
                return description[(word.Length + 1)..];
            }
        }

        return description;
    }

    private static string StripGenericSubject(string summary)
    {
        foreach (var word in GenericSubjects)
        {
            if (summary.StartsWith(word, StringComparison.Ordinal) && summary.Length > word.Length + 2)
            {
                return summary[word.Length..];
            }
        }

        return summary;
    }

    // Words with which a summary already reads as what its subject did (未…、对…、在…).
    private static readonly string[] PredicateStarts =
        ["未", "对", "在", "不", "擅自", "违规", "违反", "存在", "履职", "落实", "工作", "把", "将", "以", "漠视", "推诿", "敷衍", "应", "没有", "拒不", "随意", "变相", "虚报", "瞒报", "迟报", "漏报"];

    private static bool StartsLikeAPredicate(string text) => PredicateStarts.Any(w => text.StartsWith(w, StringComparison.Ordinal));
}
