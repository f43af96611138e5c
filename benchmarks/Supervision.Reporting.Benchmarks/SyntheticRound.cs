using NodaTime;
using Supervision.Reporting.Domain;

namespace Supervision.Reporting.Benchmarks;

// A large round shaped like a real one: 10 counties of 10 towns, 10 groups, one inspection per 100 findings,
// a fifth of deadlines in working days, some extensions, two thirds rectified, one measure per 20 findings.
internal static class SyntheticRound
{
    public static SupervisionRound Create(int findingCount, int seed)
    {
        var random = new Random(seed);
        var start = new LocalDate(2023, 9, 1);
        var units = new List<Unit> { new() { Id = "city", Name = "市", Kind = UnitKind.City } };
        for (var c = 0; c < 10; c++)
        {
            units.Add(new Unit { Id = $"county{c}", Name = $"县{c}", Kind = UnitKind.County, ParentId = "city" });
            for (var t = 0; t < 10; t++)
            {
                units.Add(new Unit { Id = $"town{c}-{t}", Name = $"镇{c}-{t}", Kind = UnitKind.Town, ParentId = $"county{c}" });
            }
        }

        var unitIds = units.Select(u => u.Id).ToArray();
        var groups = Enumerable.Range(1, 10).Select(g => new InspectionGroup { Id = $"g{g:00}", Name = $"第{g}组" }).ToArray();
        var inspections = Enumerable.Range(0, Math.Max(1, findingCount / 100)).Select(i => new Inspection
        {
            Id = $"i{i}",
            GroupId = groups[i % groups.Length].Id,
            Date = start.PlusDays(random.Next(0, 60)),
            UnitIds = [unitIds[random.Next(unitIds.Length)], unitIds[random.Next(unitIds.Length)]],
            Method = InspectionMethod.Unannounced,
        }).ToArray();

        var categories = new[] { "formalism", "bureaucratism", "inaction", "perfunctory", "lax-enforcement", "four-winds", "other" };
        var focusAreas = new[] { "F1", "F2", "F3", "F4", "F5", "F6" };
        var findings = new Finding[findingCount];
        for (var i = 0; i < findingCount; i++)
        {
            var inspection = inspections[random.Next(inspections.Length)];
            var found = inspection.Date;
            var assigned = found.PlusDays(random.Next(0, 3));
            var workingDays = random.Next(5) == 0;
            var deadline = assigned.PlusDays(random.Next(1, 20));
            LocalDate? completed = random.Next(3) > 0 ? assigned.PlusDays(random.Next(0, 30)) : null;
            LocalDate? closed = completed is { } c && random.Next(2) == 0 ? c.PlusDays(random.Next(0, 7)) : null;
            findings[i] = new Finding
            {
                Id = $"f{i}",
                InspectionId = inspection.Id,
                FoundOn = found,
                UnitId = inspection.UnitIds[0],
                ResponsibleUnitId = unitIds[random.Next(unitIds.Length)],
                CategoryCode = categories[random.Next(categories.Length)],
                FocusAreaCode = focusAreas[random.Next(focusAreas.Length)],
                Severity = (Severity)random.Next(4),
                Source = (FindingSource)random.Next(5),
                Kind = random.Next(20) == 0 ? FindingKind.Service : FindingKind.Violation,
                Summary = "问题",
                Rectification = new Rectification
                {
                    AssignedOn = assigned,
                    Deadline = workingDays ? null : deadline,
                    WorkingDays = workingDays ? random.Next(3, 15) : null,
                    Mode = (RectificationMode)random.Next(3),
                    CompletedOn = completed,
                    ClosedOn = closed,
                    Status = closed is not null ? RectificationStatus.Closed : completed is not null ? RectificationStatus.Rectified : RectificationStatus.Open,
                    // An extension is granted before the original date deadline and moves it later.
                    Extensions = !workingDays && random.Next(10) == 0
                        ? [new DeadlineExtension { GrantedOn = assigned, NewDeadline = deadline.PlusDays(random.Next(1, 20)) }]
                        : [],
                },
            };
        }

        var forms = Enum.GetValues<MeasureForm>();
        var people = Enumerable.Range(0, (findingCount / 25) + 1).Select(p => new Person { Id = $"p{p}", Name = "张某某" }).ToArray();
        var measures = Enumerable.Range(0, findingCount / 20).Select(m =>
        {
            // A measure is decided after the finding it concerns was found, so the round stays valid.
            var finding = findings[random.Next(findingCount)];
            return new AccountabilityMeasure
            {
                Id = $"m{m}",
                PersonId = people[random.Next(people.Length)].Id,
                Form = forms[random.Next(forms.Length)],
                DecidedOn = finding.FoundOn.PlusDays(random.Next(0, 15)),
                FindingIds = [finding.Id],
            };
        }).ToArray();

        return new SupervisionRound
        {
            Id = "synthetic",
            Title = "合成轮次",
            Authority = "基准测试",
            Period = new DateInterval(start, start.PlusDays(60)),
            FocusAreas = [.. focusAreas.Select(code => new FocusArea { Code = code, Title = code })],
            Units = [.. units],
            People = people,
            Groups = groups,
            Inspections = inspections,
            Findings = findings,
            Measures = measures,
        };
    }
}
