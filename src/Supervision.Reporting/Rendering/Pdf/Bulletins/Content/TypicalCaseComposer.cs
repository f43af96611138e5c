using System.Globalization;
using Supervision.Reporting.Analytics;
using Supervision.Reporting.Calendar;
using Supervision.Reporting.Domain;
using Supervision.Reporting.Privacy;
using Supervision.Reporting.Validation;

namespace Supervision.Reporting.Rendering.Pdf.Bulletins.Content;

// The typical-case bulletin (典型问题通报): "关于5起…[kind]典型问题的通报", a preamble stating the problem, then
// the purpose, ending "现将5起典型问题通报如下：", numbered cases (conduct, responsibility, handling — no
// rectification progress), "上述问题反映出……" and the requirements addressed to the 主送.
internal static class TypicalCaseComposer
{
    public static BulletinContent Compose(SupervisionRound round, ResolvedSpec resolved, PersonNaming naming, WorkingDayCalendar calendar)
    {
        var cases = SelectCases(round, resolved, out var problems);
        if (problems.Count > 0)
        {
            throw new InvalidInputException(new DiagnosticReport(problems));
        }

        var spec = resolved.Spec;
        var phrases = CasePhrases.For(spec.Language);
        var narrator = new CaseNarrator(round, naming, resolved.AsOf, phrases);

        // The kind of problem, for the title and the preamble: the cases' categories, the most frequent first.
        var kinds = cases.Select((f, i) => (f.CategoryCode, i)).GroupBy(c => c.CategoryCode)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Min(c => c.i))
            .Select(g => round.CategoryTitle(g.Key, spec.Language).Trim('“', '”', '「', '」', '"')).ToList();
        var body = new List<BodyBlock>();
        if (spec.Preamble.IsEmpty)
        {
            body.Add(new BodyParagraph(phrases.Preamble(round.Period.Start, round.Authority, round.Groups.Count, round.FocusAreas.Count, round.Title, resolved.Topic, [.. kinds.Take(3)], cases.Count)));
        }
        else
        {
            body.AddRange(spec.Preamble.Select(p => new BodyParagraph(p)));
        }

        for (var i = 0; i < cases.Count; i++)
        {
            body.Add(new BodyHeading(1, phrases.CaseHeading(i + 1, narrator.Title(cases[i]))));
            body.Add(new BodyParagraph(narrator.Narrative(cases[i])));
        }

        var categories = cases.Select(f => f.CategoryCode).Distinct().Take(3).Select(code => round.CategoryTitle(code, spec.Language).Trim('“', '”', '「', '」', '"')).ToList();
        body.Add(new BodyParagraph(phrases.Reflection(resolved.Topic, categories)));
        if (spec.Requirements.IsEmpty)
        {
            body.AddRange(phrases.Requirements(resolved.Topic, resolved.Spec.Recipients is null && resolved.IsCityLevelRound).Select(r => new BodyHeading(2, r.Heading, r.Text)));
        }
        else
        {
            body.AddRange(spec.Requirements.Select(p => new BodyParagraph(p)));
        }

        return resolved.Document(round, phrases.Title(cases.Count, resolved.Topic, kinds, spec.TitleNumerals == TitleNumerals.Chinese), body, phrases.Subject(round.Title), phrases.Keywords(resolved.Topic, round.Id));
    }

    internal static List<Finding> SelectCases(SupervisionRound round, ResolvedSpec resolved, out List<Diagnostic> problems)
    {
        problems = [];
        var spec = resolved.Spec;
        var asOf = resolved.AsOf;
        if (!spec.CaseIds.IsEmpty)
        {
            var listed = new List<Finding>();
            for (var i = 0; i < spec.CaseIds.Count; i++)
            {
                if (round.FindFinding(spec.CaseIds[i]) is { } finding)
                {
                    listed.Add(finding);
                }
                else
                {
                    problems.Add(Problem($"$.caseIds[{i}]", "reference", $"finding '{spec.CaseIds[i]}' does not exist in the round"));
                }
            }

            return listed;
        }

        var visible = round.Findings.Where(f => f.FoundOn <= asOf).ToList();
        List<Finding> chosen = spec.CaseSelection switch
        {
            CaseSelection.Serious => [.. visible.Where(f => f.Severity >= Severity.Serious)],
            CaseSelection.WithMeasures => WithMeasures(round, visible, asOf),
            _ => Noticed(round, asOf) is { Count: > 0 } noticed ? noticed : WithMeasures(round, visible, asOf),
        };
        if (chosen.Count == 0)
        {
            problems.Add(Problem("$.caseSelection", "no-cases", string.Create(CultureInfo.InvariantCulture,
                $"no finding of the round is a case by the rule '{spec.CaseSelection}' as of {asOf:uuuu-MM-dd}; list caseIds in the spec or choose another caseSelection")));
        }

        return chosen;
    }

    private static List<Finding> Noticed(SupervisionRound round, NodaTime.LocalDate asOf) =>
        [.. round.Notices.Where(n => n.PublishedOn <= asOf).SelectMany(n => n.FindingIds).Distinct()
            .Select(round.FindFinding).OfType<Finding>().Where(f => f.FoundOn <= asOf)];

    private static List<Finding> WithMeasures(SupervisionRound round, List<Finding> visible, NodaTime.LocalDate asOf) =>
        [.. visible.Where(f => round.MeasuresFor(f.Id).Any(m => m.DecidedOn <= asOf))];

    private static Diagnostic Problem(string path, string rule, string message) =>
        Diagnostic.Error(rule, message, DiagnosticLocation.Json(path));
}
