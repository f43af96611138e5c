using System.Globalization;
using Supervision.Reporting.Analytics;
using Supervision.Reporting.Calendar;
using Supervision.Reporting.Domain;
using Supervision.Reporting.Privacy;
using Supervision.Reporting.Validation;

namespace Supervision.Reporting.Rendering.Pdf.Bulletins.Content;

// The typical-case bulletin (典型问题通报): "关于N起…典型问题的通报", a preamble ending
// "现将N起典型问题通报如下：", numbered cases, "上述问题反映出……" and the requirements.
internal static class TypicalCaseComposer
{
    public static BulletinContent Compose(SupervisionRound round, ResolvedSpec resolved, NamingPolicy naming, WorkingDayCalendar calendar)
    {
        var cases = SelectCases(round, resolved, out var problems);
        if (problems.Count > 0)
        {
            throw new RoundValidationException(new ValidationReport(problems));
        }

        var spec = resolved.Spec;
        var count = ChineseText.TitleCount(cases.Count);
        var narrator = new CaseNarrator(round, naming, calendar, resolved.AsOf);
        var body = new List<BodyBlock>();
        var preamble = spec.Preamble.IsEmpty ? [DefaultPreamble(round, resolved, count)] : spec.Preamble.AsImmutableArray();
        body.AddRange(preamble.Select(p => new BodyParagraph(p)));
        for (var i = 0; i < cases.Count; i++)
        {
            body.Add(new BodyHeading(1, $"{ChineseFormat.Numeral(i + 1)}、{narrator.Title(cases[i])}"));
            body.Add(new BodyParagraph(narrator.Narrative(cases[i])));
        }

        body.Add(new BodyParagraph(Reflection(round, cases, resolved.Topic)));
        if (spec.Requirements.IsEmpty)
        {
            body.AddRange(DefaultRequirements(resolved.Topic));
        }
        else
        {
            body.AddRange(spec.Requirements.Select(p => new BodyParagraph(p)));
        }

        var title = spec.Title ?? $"关于{count}起{resolved.Topic}工作中典型问题的通报";
        return new BulletinContent
        {
            AuthorityMark = resolved.AuthorityMark,
            MarkSuffix = spec.MarkSuffix,
            NumberLine = spec.DocumentNumber,
            Title = title,
            Recipients = resolved.Recipients,
            Body = [.. body],
            Signatory = resolved.Signatory,
            Date = resolved.Date,
            CopyTo = spec.CopyTo,
            PrintedBy = resolved.PrintedBy,
            PrintedOn = resolved.PrintedOn,
            Author = round.Authority,
            Subject = $"{round.Title}典型问题通报",
            Keywords = $"典型问题通报,{resolved.Topic},{round.Id}",
        };
    }

    internal static List<Finding> SelectCases(SupervisionRound round, ResolvedSpec resolved, out List<ValidationProblem> problems)
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

    private static string DefaultPreamble(SupervisionRound round, ResolvedSpec resolved, string count)
    {
        var groups = round.Groups.Count;
        var areas = round.FocusAreas.Count;
        var organised = groups > 0
            ? string.Create(CultureInfo.InvariantCulture, $"组建{ChineseText.TitleCount(groups)}个监督检查组，")
            : string.Empty;
        var focus = areas > 0
            ? string.Create(CultureInfo.InvariantCulture, $"聚焦{ChineseText.TitleCount(areas)}项监督重点，")
            : string.Empty;
        return $"{ChineseText.YearMonth(round.Period.Start)}以来，{round.Authority}{organised}{focus}深入开展{round.Title}，"
            + $"严肃查处{resolved.Topic}工作中的不担当不作为、形式主义官僚主义等问题。为严明纪律、警示教育，现将{count}起典型问题通报如下：";
    }

    private static string Reflection(SupervisionRound round, List<Finding> cases, string topic)
    {
        var categories = cases.Select(f => f.CategoryCode).Distinct().Take(3).Select(code => round.CategoryTitle(code)).ToList();
        var kinds = categories.Count > 0 ? string.Join("、", categories.Select(c => c.Trim('“', '”'))) + "等" : string.Empty;
        return $"上述问题反映出，一些地方和单位在{topic}工作中责任意识不强、工作作风不实，{kinds}问题仍然存在，"
            + "损害了群众利益，影响了党委政府决策部署的落实。各级党组织和广大党员干部要引以为戒、举一反三。";
    }

    private static IEnumerable<BodyBlock> DefaultRequirements(string topic)
    {
        yield return new BodyHeading(2, "（一）压紧压实责任。", $"各级党组织要切实扛起{topic}主体责任，主要负责同志要亲自抓、负总责，层层传导压力，确保各项决策部署落到实处。");
        yield return new BodyHeading(2, "（二）坚持立行立改。", "对监督检查发现的问题，责任单位要建立台账、明确时限、逐项销号，能立即整改的立即整改，一时难以整改的要制定计划、限期完成。");
        yield return new BodyHeading(2, "（三）严肃监督执纪。", "各级纪检监察机关要持续加强监督检查，对工作不力、推诿扯皮、敷衍塞责的，发现一起、查处一起，典型问题一律通报曝光。");
    }

    private static ValidationProblem Problem(string path, string rule, string message) =>
        new() { Severity = ProblemSeverity.Error, Path = path, Rule = rule, Message = message };
}
