using Supervision.Reporting.Analytics;
using Supervision.Reporting.Calendar;
using Supervision.Reporting.Domain;
using Supervision.Reporting.Formatting;
using Supervision.Reporting.Privacy;
using Supervision.Reporting.Validation;

namespace Supervision.Reporting.Rendering.Pdf.Bulletins.Content;

// The daily report (工作日报) for one day: a 报头 with 第N期, that day's inspections, findings, rectifications,
// measures, notices and events, the new cases, a per-group table and the cumulative totals as of the day.
// What the day adds is read from the analytics as the difference between the day and the day before (or the
// day's entry of the daily series); only the units visited that day and the methods used are counted here,
// with the §6 definition (distinct units among the day's inspections), since the analytics has no per-day figure.
internal static class DailyReportComposer
{
    // Cases told in full (the number of example findings quoted depends on the language: DailyPhrases):
    // enough to stay within two pages.
    internal const int MaxCases = 2;

    internal const int TopGroups = 15;

    public static BulletinContent Compose(SupervisionRound round, ResolvedSpec resolved, PersonNaming naming, WorkingDayCalendar calendar)
    {
        var phrases = DailyPhrases.For(resolved.Spec.Language);
        var spec = resolved.Spec;
        var day = spec.ReportDate ?? resolved.AsOf;
        if (day < round.Period.Start && spec.IssueNumber is null)
        {
            throw new InvalidInputException(new DiagnosticReport([Diagnostic.Error(
                "period",
                FormattableString.Invariant($"the daily report's date {day:uuuu-MM-dd} is before the round's period starts ({round.Period.Start:uuuu-MM-dd}); give an issueNumber or another date"),
                DiagnosticLocation.Json("$.reportDate"))]));
        }

        var options = new AnalyticsOptions { Calendar = calendar };
        var today = RoundAnalytics.Compute(round, day, options);
        var yesterday = RoundAnalytics.Compute(round, day.PlusDays(-1), options);
        var entry = today.Daily.Count > 0 && today.Daily[^1].Date == day ? today.Daily[^1] : null;
        var dates = new LocalDateText(day, round.Period.Start, phrases.Language);
        var issued = spec.Date ?? day;
        var issue = spec.IssueNumber ?? (int)NodaTime.Period.Between(FirstReportDay(round, day), day, NodaTime.PeriodUnits.Days).Days + 1;

        var body = new List<BodyBlock>();
        body.AddRange(spec.Preamble.Select(p => new BodyParagraph(p)));
        var heading = 0;

        body.Add(new BodyHeading(1, phrases.Heading(++heading, phrases.InspectionHeading)));
        var inspections = round.Inspections.Where(i => i.Date == day).ToList();
        if (inspections.Count == 0)
        {
            body.Add(new BodyParagraph(phrases.NoInspections(dates)));
        }
        else
        {
            var groupIds = inspections.Select(i => i.GroupId).ToHashSet(StringComparer.Ordinal);
            var groupNames = round.Groups.Where(g => groupIds.Contains(g.Id)).Select(g => g.Name).ToList();
            var methods = Vocabulary.Values<InspectionMethod>().Select(m => (m, inspections.Count(i => i.Method == m)));
            body.Add(new BodyParagraph(phrases.Inspected(dates, groupNames, today.Inspections - yesterday.Inspections, DistinctUnits(inspections), methods)));
        }

        var found = entry?.Found ?? 0;
        var examples = round.Findings.Where(f => f.IsViolation && f.FoundOn == day).Take(phrases.FoundExamples).Select(f => Example(round, naming, f)).ToList();
        var foundText = new List<string> { phrases.Sentence(phrases.FoundToday(found, examples)), phrases.Sentence(phrases.RectifiedToday(entry?.Rectified ?? 0, entry?.Closed ?? 0)) };
        var service = today.ServiceProblems - yesterday.ServiceProblems;
        if (service > 0)
        {
            // One example of the service problems: the day's violations come first in a two-page report.
            var served = round.Findings.Where(f => !f.IsViolation && f.FoundOn == day).Take(1).Select(f => Example(round, naming, f)).ToList();
            foundText.Add(phrases.ServiceToday(service, served));
        }

        body.Add(new BodyParagraph(phrases.Paragraph(foundText)));
        body.Add(GroupTable(round, today, yesterday, inspections, entry, phrases, dates));

        body.Add(new BodyHeading(1, phrases.Heading(++heading, phrases.AccountabilityHeading)));
        var forms = today.Measures.ByForm
            .OrderBy(f => MeasureWording.Rank(f.Form))
            .Select(f => (Form: Vocabulary.Label(f.Form, phrases.Language), PersonTimes: f.PersonTimes - yesterday.Measures.PersonTimesOf(f.Form)))
            .Where(f => f.PersonTimes > 0);
        var notices = round.Notices.Where(n => n.PublishedOn == day).ToList();
        var (cases, caseCount) = Cases(round, day, notices);
        var accountability = new List<string> { phrases.MeasuresToday(today.Measures.PersonTimes - yesterday.Measures.PersonTimes, forms) };
        if (notices.Count > 0)
        {
            accountability.Add(phrases.NoticesToday([.. notices.Select(n => naming.Redact(n.Title))]));
        }

        // The lead to the cases ends the paragraph rather than taking a line of its own: two pages are tight.
        if (cases.Count > 0)
        {
            accountability.Add(phrases.CasesLead(cases.Count, caseCount));
        }

        body.Add(new BodyParagraph(phrases.Paragraph(accountability)));
        if (cases.Count > 0)
        {
            var narrator = new CaseNarrator(round, naming, day, CasePhrases.For(resolved.Spec.Language));
            for (var i = 0; i < cases.Count; i++)
            {
                // A daily report tells a case by its title and its handling; the full narrative is for the 通报.
                var handling = narrator.Measures(cases[i]);
                // A single case is not numbered: no （一） without （二）.
                var number = cases.Count > 1 ? phrases.CaseNumber(i + 1) : string.Empty;
                body.Add(new BodyHeading(2, number + narrator.Title(cases[i]), handling.Length > 0 ? handling : narrator.Narrative(cases[i])));
            }
        }

        // A day without events has no 工作动态 section rather than one saying so.
        // A notice event of a day whose notices are already named above would tell the same thing twice.
        var events = round.Events.Where(e => e.Date == day && !(e.Kind == RoundEventKind.Notice && notices.Count > 0)).ToList();
        if (events.Count > 0)
        {
            body.Add(new BodyHeading(1, phrases.Heading(++heading, phrases.EventsHeading)));
            body.Add(new BodyParagraph(phrases.Events([.. events.Select(e => naming.Redact(e.Title))])));
        }

        body.Add(new BodyHeading(1, phrases.Heading(++heading, phrases.CumulativeHeading)));
        body.Add(new BodyParagraph(phrases.Cumulative(dates, today)));

        // 工作建议 as a run-in item: its own heading line would push a busy day onto a third page.
        body.Add(new BodyHeading(2, phrases.SuggestionsHeading, phrases.Suggestions(today.Overdue, found, today.Open)));

        // 报/发: a daily report goes up to the authority's leadership and out to the groups (or the 主送 the spec names).
        body.Add(new BodyParagraph(phrases.Distribution(round.Authority, spec.Recipients ?? phrases.DefaultIssuedTo)));

        return new BulletinContent
        {
            AuthorityMark = resolved.AuthorityMark,
            Masthead = new Masthead(phrases.Name(round.Title), phrases.Issue(issue), resolved.PrintedBy, phrases.Date(issued)),
            Title = spec.Title ?? phrases.Title(dates, round.Title),
            ShowTitle = spec.Title is not null,
            Recipients = spec.Recipients,
            Body = [.. body],
            Signatory = [],
            Date = issued,
            CopyTo = spec.CopyTo,
            ShowImprint = spec.CopyTo is not null,
            PrintedBy = resolved.PrintedBy,
            PrintedOn = spec.PrintedOn ?? issued,
            Author = round.Authority,
            Language = resolved.Spec.Language,
            Subject = phrases.Subject(round.Title),
            Keywords = phrases.Keywords(resolved.Topic, round.Id),
        };
    }

    // Issues are numbered from the first report of the round: the first day the system ran (the first inspection,
    // event or finding of the period), not the first day of the month.
    private static NodaTime.LocalDate FirstReportDay(SupervisionRound round, NodaTime.LocalDate day)
    {
        var first = round.Inspections.Select(i => i.Date)
            .Concat(round.Events.Select(e => e.Date))
            .Concat(round.Findings.Select(f => f.FoundOn))
            .Where(d => d >= round.Period.Start && d <= day)
            .DefaultIfEmpty(round.Period.Start)
            .Min();
        return first;
    }

    private static int DistinctUnits(IEnumerable<Inspection> inspections) =>
        inspections.SelectMany(i => i.UnitIds).Distinct(StringComparer.Ordinal).Count();

    // "[area][unit]summary": enough to place a finding in one clause of the day's prose.
    private static string Example(SupervisionRound round, PersonNaming naming, Finding finding)
    {
        var unitId = finding.UnitId ?? finding.ResponsibleUnitId;
        var unit = unitId is null ? null : round.FindUnit(unitId);
        var area = unitId is null ? null : round.TopLevelAreaOf(unitId);
        var place = unit is null ? string.Empty : area is null || area.Id == unit.Id ? unit.Name : ChineseText.AppendWithoutOverlap(area.Name, unit.Name);
        var summary = naming.Redact(finding.Summary).Trim();
        return place + ChineseText.StripRepeatedSubject(place, summary);
    }

    // The day's new cases: findings named by a notice published that day, then findings with a measure decided that day.
    private static (List<Finding> Shown, int Count) Cases(SupervisionRound round, NodaTime.LocalDate day, List<PublicNotice> notices)
    {
        var ids = notices.SelectMany(n => n.FindingIds)
            .Concat(round.Measures.Where(m => m.DecidedOn == day).SelectMany(m => m.FindingIds))
            .Distinct(StringComparer.Ordinal);
        var all = ids.Select(round.FindFinding).OfType<Finding>().Where(f => f.FoundOn <= day).ToList();
        return ([.. all.Take(MaxCases)], all.Count);
    }

    private static BodyTable GroupTable(SupervisionRound round, RoundStatistics today, RoundStatistics yesterday, List<Inspection> inspections, DailyEntry? entry, DailyPhrases phrases, LocalDateText dates)
    {
        var before = yesterday.ByGroup.ToDictionary(g => g.GroupId, StringComparer.Ordinal);
        var rows = today.ByGroup.Select(g =>
        {
            var previous = before.GetValueOrDefault(g.GroupId);
            var own = inspections.Where(i => i.GroupId == g.GroupId).ToList();
            return (Name: BreakdownLabels.Of(round, BreakdownDimension.Group, g.GroupId, phrases.Language),
                Inspections: g.Inspections - (previous?.Inspections ?? 0),
                Units: DistinctUnits(own),
                Found: g.Counts.Findings - (previous?.Counts.Findings ?? 0),
                Cumulative: g.Counts.Findings);
        }).ToList();

        // A long list of groups keeps those active that day, busiest first; the rest go into one row.
        var shown = rows.Count <= TopGroups + 1 ? rows : [.. rows.OrderByDescending(r => r.Inspections).ThenByDescending(r => r.Found).Take(TopGroups)];
        var others = rows.Except(shown).ToList();
        var lines = shown.Select((r, i) => (EquatableArray<string>)[TableRows.N(i + 1), r.Name, TableRows.N(r.Inspections), TableRows.N(r.Units), TableRows.N(r.Found), TableRows.N(r.Cumulative)]).ToList();
        var n = lines.Count;
        if (others.Count > 0)
        {
            lines.Add([TableRows.N(++n), phrases.OtherGroups(others.Count), TableRows.N(others.Sum(r => r.Inspections)), phrases.Dash, TableRows.N(others.Sum(r => r.Found)), TableRows.N(others.Sum(r => r.Cumulative))]);
        }

        var foundToday = entry?.Found ?? 0;
        var restToday = foundToday - rows.Sum(r => r.Found);
        var restCumulative = today.Findings - rows.Sum(r => r.Cumulative);
        if (restToday > 0 || restCumulative > 0)
        {
            lines.Add([TableRows.N(++n), phrases.NoGroup, phrases.Dash, phrases.Dash, TableRows.N(restToday), TableRows.N(restCumulative)]);
        }

        lines.Add([string.Empty, phrases.Total, TableRows.N(today.Inspections - yesterday.Inspections), TableRows.N(DistinctUnits(inspections)), TableRows.N(foundToday), TableRows.N(today.Findings)]);
        return new BodyTable(
            phrases.GroupTableCaption(1, dates),
            [
                new(phrases.Index, BodyColumnKind.Index),
                new(BreakdownLabels.Of(BreakdownDimension.Group, phrases.Language), BodyColumnKind.Label),
                new(phrases.Inspections, BodyColumnKind.Number),
                new(phrases.UnitsVisited, BodyColumnKind.Number),
                new(phrases.Found, BodyColumnKind.Number),
                new(phrases.CumulativeFound, BodyColumnKind.Number),
            ],
            [.. lines],
            LastRowIsTotal: true);
    }
}
