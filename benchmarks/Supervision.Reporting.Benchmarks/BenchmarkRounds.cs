using NodaTime;
using Supervision.Reporting.Domain;

namespace Supervision.Reporting.Benchmarks;

// Large valid rounds for benchmarks: 20 counties × 10 towns, 10 groups, mixed statuses.
internal static class BenchmarkRounds
{
    public static SupervisionRound Synthetic(int findings, int seed = 42)
    {
        var random = new Random(seed);
        var start = new LocalDate(2022, 11, 1);
        var units = new List<Unit> { new() { Id = "city", Name = "某市", Kind = UnitKind.City } };
        for (var c = 0; c < 20; c++)
        {
            units.Add(new Unit { Id = $"c{c}", Name = $"第{c + 1}县", Kind = UnitKind.County, ParentId = "city" });
            for (var t = 0; t < 10; t++)
            {
                units.Add(new Unit { Id = $"c{c}t{t}", Name = $"第{c + 1}县第{t + 1}镇", Kind = UnitKind.Town, ParentId = $"c{c}" });
            }
        }

        var people = Enumerable.Range(0, 500).Select(i => new Person { Id = $"p{i}", Name = "张某某", UnitId = units[1 + (i % 200)].Id }).ToArray();
        var groups = Enumerable.Range(0, 10).Select(g => new InspectionGroup { Id = $"g{g}", Name = $"第{g + 1}监督检查组" }).ToArray();
        var inspections = new Inspection[Math.Max(1, findings / 2)];
        for (var i = 0; i < inspections.Length; i++)
        {
            inspections[i] = new Inspection
            {
                Id = $"i{i}", GroupId = groups[i % 10].Id, Date = start.PlusDays(i % 28), UnitIds = [units[1 + (i % 220)].Id], Method = InspectionMethod.Unannounced,
            };
        }

        var all = new Finding[findings];
        for (var i = 0; i < findings; i++)
        {
            var inspection = inspections[i % inspections.Length];
            var assigned = inspection.Date.PlusDays(1);
            var status = (RectificationStatus)random.Next(4);
            var completed = status >= RectificationStatus.Rectified ? assigned.PlusDays(random.Next(0, 10)) : (LocalDate?)null;
            all[i] = new Finding
            {
                Id = $"f{i:D7}",
                InspectionId = inspection.Id,
                FoundOn = inspection.Date,
                UnitId = inspection.UnitIds[0],
                ResponsibleUnitId = inspection.UnitIds[0],
                ResponsiblePersonIds = [people[i % people.Length].Id],
                CategoryCode = FindingCategory.BuiltIn[i % FindingCategory.BuiltIn.Count].Code,
                Summary = "某核酸检测点未落实一米线间隔要求，群众聚集排队",
                Description = "监督检查组实地检查发现，该检测点现场秩序维护不到位，未设置一米线标识，群众排队聚集，存在交叉感染风险。",
                Rectification = new Rectification
                {
                    AssignedOn = assigned,
                    Deadline = assigned.PlusDays(random.Next(1, 10)),
                    Mode = RectificationMode.TimeLimited,
                    Measures = "立即设置一米线标识，安排专人维护现场秩序。",
                    Status = status,
                    CompletedOn = completed,
                    ClosedOn = status == RectificationStatus.Closed ? completed!.Value.PlusDays(1) : null,
                },
            };
        }

        return new SupervisionRound
        {
            Id = "synthetic",
            Title = "专项监督",
            Authority = "某市纪委监委",
            Period = new DateInterval(start, start.PlusDays(29)),
            Units = [.. units],
            People = [.. people],
            Groups = [.. groups],
            Inspections = [.. inspections],
            Findings = [.. all],
        };
    }
}
