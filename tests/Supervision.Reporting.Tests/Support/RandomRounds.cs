using NodaTime;
using Supervision.Reporting.Domain;

namespace Supervision.Reporting.Tests.Support;

// Generates valid rounds of any size from a seed, for property tests: every reference resolves,
// dates are ordered and statuses agree with dates, with a mix of statuses, extensions, working-day
// deadlines, service problems, measures of all four forms and awkward text.
internal static class RandomRounds
{
    private static readonly string[] Surnames = ["刘", "张", "王", "李", "欧阳", "司马", "陈", "黄"];
    private static readonly string[] Texts = ["未落实一米线间隔要求", "=1+1 formula-looking text", "含𠮷和䶮的生僻字", "English words 2022", "“引号”与（括号）、顿号；分号", "-5 负号开头", "@SUM(A1)"];

    public static SupervisionRound Generate(int seed, int findings = 20)
    {
        var random = new Random(seed);
        var start = new LocalDate(2022, 9, 1).PlusDays(random.Next(0, 400));
        var period = new DateInterval(start, start.PlusDays(29));
        var units = new List<Unit> { new() { Id = "root", Name = "某市", Kind = UnitKind.City } };
        for (var c = 0; c < 4; c++)
        {
            units.Add(new Unit { Id = $"c{c}", Name = $"第{c + 1}县", Kind = UnitKind.County, ParentId = "root" });
            for (var t = 0; t < 3; t++)
            {
                units.Add(new Unit { Id = $"c{c}t{t}", Name = $"第{c + 1}县第{t + 1}镇", Kind = UnitKind.Town, ParentId = $"c{c}" });
            }
        }

        var people = Enumerable.Range(0, 12).Select(i => new Person
        {
            Id = $"p{i}",
            Name = Surnames[i % Surnames.Length] + "某某",
            Surname = Surnames[i % Surnames.Length].Length > 1 ? Surnames[i % Surnames.Length] : null,
            UnitId = units[1 + (i % (units.Count - 1))].Id,
            Disclosure = (Disclosure)(i % 3),
        }).ToList();
        var groups = Enumerable.Range(0, 3).Select(g => new InspectionGroup { Id = $"g{g}", Name = $"第{g + 1}组", AreaIds = [$"c{g}"] }).ToList();
        var inspections = new List<Inspection>();
        var all = new List<Finding>();
        for (var i = 0; i < findings; i++)
        {
            var found = start.PlusDays(random.Next(0, 25));
            var unit = units[1 + random.Next(units.Count - 1)].Id;
            string? inspectionId = null;
            if (random.Next(4) > 0)
            {
                inspectionId = $"i{inspections.Count}";
                inspections.Add(new Inspection
                {
                    Id = inspectionId,
                    GroupId = groups[random.Next(groups.Count)].Id,
                    Date = found,
                    UnitIds = [unit],
                    Method = (InspectionMethod)random.Next(6),
                });
            }

            var kind = random.Next(8) == 0 ? FindingKind.Service : FindingKind.Violation;
            all.Add(new Finding
            {
                Id = $"f{i:D4}",
                InspectionId = inspectionId,
                FoundOn = found,
                UnitId = unit,
                ResponsibleUnitId = random.Next(3) == 0 ? null : units[1 + random.Next(units.Count - 1)].Id,
                ResponsiblePersonIds = random.Next(2) == 0 ? [] : [people[random.Next(people.Count)].Id],
                CategoryCode = FindingCategory.BuiltIn[random.Next(FindingCategory.BuiltIn.Count)].Code,
                Severity = (Severity)random.Next(4),
                Source = (FindingSource)random.Next(5),
                Kind = kind,
                Summary = Texts[random.Next(Texts.Length)] + i,
                Description = random.Next(2) == 0 ? null : string.Join("\n", Texts.Take(random.Next(1, Texts.Length))),
                Rectification = kind == FindingKind.Service && random.Next(2) == 0 ? null : Rectify(random, found, people),
            });
        }

        var measures = Enumerable.Range(0, Math.Min(findings, 8)).Select(m => new AccountabilityMeasure
        {
            Id = $"m{m}",
            PersonId = people[random.Next(people.Count)].Id,
            FindingIds = [all[random.Next(all.Count)].Id],
            Form = Enum.GetValues<MeasureForm>()[random.Next(Enum.GetValues<MeasureForm>().Length)],
            DecidedOn = start.PlusDays(random.Next(25, 40)),
            DecidedBy = "某市纪委监委",
        }).ToList();

        return new SupervisionRound
        {
            Id = $"random-{seed}",
            Title = "随机专项监督",
            Authority = "某市纪委监委",
            Period = period,
            FocusAreas = [new FocusArea { Code = "F1", Title = "重点一" }],
            Units = [.. units],
            People = [.. people],
            Groups = [.. groups],
            Inspections = [.. inspections],
            Findings = [.. all],
            Measures = [.. measures],
        };
    }

    private static Rectification Rectify(Random random, LocalDate found, List<Person> people)
    {
        var assigned = found.PlusDays(random.Next(0, 3));
        var useWorkingDays = random.Next(3) == 0;
        var status = (RectificationStatus)random.Next(4);
        LocalDate? completed = status >= RectificationStatus.Rectified ? assigned.PlusDays(random.Next(0, 20)) : null;
        LocalDate? closed = status == RectificationStatus.Closed ? completed!.Value.PlusDays(random.Next(0, 5)) : null;
        var deadline = assigned.PlusDays(random.Next(1, 15));
        var extensions = random.Next(5) == 0
            ? new[] { new DeadlineExtension { GrantedOn = assigned.PlusDays(1), NewDeadline = deadline.PlusDays(random.Next(1, 20)), Reason = "需协调多部门" } }
            : [];
        var progress = status == RectificationStatus.Open
            ? []
            : new[] { new ProgressEntry { Date = assigned.PlusDays(random.Next(0, 2)), Status = RectificationStatus.InProgress, Note = "正在整改" } };
        return new Rectification
        {
            AssignedOn = assigned,
            Deadline = useWorkingDays ? null : deadline,
            WorkingDays = useWorkingDays ? random.Next(1, 11) : null,
            Mode = (RectificationMode)random.Next(3),
            Measures = "立行立改，建立长效机制",
            OwnerId = people[random.Next(people.Count)].Id,
            Status = status,
            Progress = progress,
            CompletedOn = completed,
            ClosedOn = closed,
            Extensions = useWorkingDays ? [] : extensions,
        };
    }
}
