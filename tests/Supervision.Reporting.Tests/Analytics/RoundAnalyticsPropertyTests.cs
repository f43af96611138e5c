using NodaTime;
using Supervision.Reporting.Analytics;
using Supervision.Reporting.Calendar;
using Supervision.Reporting.Domain;

namespace Supervision.Reporting.Tests.Analytics;

// Invariants over 200 generated rounds (seeded, so a failure names its seed and reproduces), each looked at
// on several as-of dates from before the period to after it.
public sealed class RoundAnalyticsPropertyTests
{
    private const int Rounds = 200;
    private static readonly WorkingDayCalendar China = WorkingDayCalendar.China;

    public static TheoryData<int> Seeds()
    {
        var data = new TheoryData<int>();
        for (var seed = 0; seed < Rounds; seed += 20)
        {
            data.Add(seed);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Compute_GeneratedRounds_BreakdownSumsEqualTotals(int firstSeed)
    {
        ForEach(firstSeed, (round, stats, seed) =>
        {
            var violations = round.Findings.Where(f => f.IsViolation && f.FoundOn <= stats.AsOf).ToList();
            var because = $"seed {seed}, as of {stats.AsOf}";
            foreach (var rows in new[] { stats.ByCategory, stats.BySeverity, stats.BySource })
            {
                Sum(rows).Should().Be((stats.Findings, stats.Rectified, stats.Closed, stats.Overdue), because);
            }

            // Keys that may be missing: the rows hold exactly the findings that have one.
            Sum(stats.ByFocusArea).Findings.Should().Be(violations.Count(f => f.FocusAreaCode is not null), because);
            Sum(stats.ByResponsibleUnit).Findings.Should().Be(violations.Count(f => f.ResponsibleUnitId is not null), because);
            Sum(stats.ByArea).Findings.Should().Be(violations.Count(f => round.TopLevelAreaOf(f) is not null), because);
            stats.ByArea.Select(r => (r.Key, r.Counts.Findings)).Should().BeEquivalentTo(
                violations.Where(f => round.TopLevelAreaOf(f) is not null).GroupBy(f => round.TopLevelAreaOf(f)!.Id).Select(g => (g.Key, g.Count())),
                because);
            stats.ByGroup.Where(g => g.Counts.Findings > 0).Select(g => (g.GroupId, g.Counts.Findings)).Should().BeEquivalentTo(
                violations.Where(f => round.GroupOf(f) is not null).GroupBy(f => round.GroupOf(f)!.Id).Select(g => (g.Key, g.Count())),
                because);
            stats.ByGroup.Sum(g => g.Counts.Findings).Should().Be(violations.Count(f => round.GroupOf(f) is not null), because);
            stats.ByGroup.Sum(g => g.Inspections).Should().Be(stats.Inspections, because);
            stats.Measures.ByForm.Sum(f => f.PersonTimes).Should().Be(stats.Measures.PersonTimes, because);
            stats.Measures.ByFourForms.Sum(f => f.PersonTimes).Should().Be(stats.Measures.PersonTimes, because);
            stats.Aging.Total.Should().Be(stats.Open, because);
            stats.OverdueFindings.Should().HaveCount(stats.Overdue, because);
            stats.TimeToRectify.Count.Should().Be(stats.Rectified, because);
        });
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Compute_GeneratedRounds_AgreesWithTheDomainRules(int firstSeed)
    {
        // An independent count through Rectification's own methods, one finding at a time.
        ForEach(firstSeed, (round, stats, seed) =>
        {
            var d = stats.AsOf;
            var violations = round.Findings.Where(f => f.IsViolation && f.FoundOn <= d).ToList();
            var because = $"seed {seed}, as of {d}";
            stats.Findings.Should().Be(violations.Count, because);
            stats.Rectified.Should().Be(violations.Count(f => f.Rectification!.IsRectifiedAsOf(d)), because);
            stats.Closed.Should().Be(violations.Count(f => f.Rectification!.IsClosedAsOf(d)), because);
            stats.Overdue.Should().Be(violations.Count(f => f.Rectification!.IsOverdueAsOf(d, China)), because);
            stats.OverdueFindings.Select(o => o.WorkingDaysOverdue).Sum()
                .Should().Be(violations.Sum(f => f.Rectification!.WorkingDaysOverdue(d, China)), because);
            violations.Count(f => RoundAnalytics.LightOf(f, d) == DeadlineLight.Green).Should().Be(stats.Rectified, because);
            foreach (var light in Enum.GetValues<DeadlineLight>())
            {
                stats.Lights.Of(light).Should().Be(violations.Count(f => RoundAnalytics.LightOf(f, d) == light), because + $", {light}");
            }

            violations.Count(f => RoundAnalytics.LightOf(f, d) == DeadlineLight.Red).Should().BeLessThanOrEqualTo(stats.Overdue, because);
        });
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Compute_GeneratedRounds_RatesLieInZeroToOne(int firstSeed)
    {
        ForEach(firstSeed, (_, stats, seed) =>
        {
            var rates = new List<double> { stats.RectificationRate, stats.ClosureRate, stats.OnTimeRate };
            foreach (var rows in new[] { stats.ByCategory, stats.ByFocusArea, stats.ByResponsibleUnit, stats.ByArea, stats.BySeverity, stats.BySource })
            {
                rates.AddRange(rows.SelectMany(r => new[] { r.Counts.RectificationRate, r.Counts.ClosureRate }));
            }

            rates.AddRange(stats.Measures.ByForm.Select(f => f.Share));
            rates.AddRange(stats.Measures.ByFourForms.Select(f => f.Share));
            rates.Should().OnlyContain(r => r >= 0 && r <= 1 && !double.IsNaN(r), $"seed {seed}, as of {stats.AsOf}");
        });
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Compute_GeneratedRounds_CountsNeverDecreaseAsDMovesLater(int firstSeed)
    {
        for (var seed = firstSeed; seed < firstSeed + 20; seed++)
        {
            var round = Generate(seed);
            RoundStatistics? previous = null;
            foreach (var d in AsOfDates(round))
            {
                var stats = RoundAnalytics.Compute(round, d);
                if (previous is not null)
                {
                    var because = $"seed {seed}, {previous.AsOf} → {d}";
                    var before = Headline(previous);
                    var after = Headline(stats);
                    for (var i = 0; i < before.Length; i++)
                    {
                        after[i].Should().BeGreaterThanOrEqualTo(before[i], because + $", figure {i}");
                    }
                }

                previous = stats;
            }
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Compute_GeneratedRounds_DailySeriesEndsAtTheTotals(int firstSeed)
    {
        ForEach(firstSeed, (round, stats, seed) =>
        {
            var because = $"seed {seed}, as of {stats.AsOf}";
            if (stats.AsOf < round.Period.Start)
            {
                stats.Daily.Should().BeEmpty(because);
                return;
            }

            stats.Daily.Should().HaveCount(Period.DaysBetween(round.Period.Start, stats.AsOf) + 1, because);
            var last = stats.Daily[^1];
            (last.Date, last.CumulativeFound, last.CumulativeRectified, last.CumulativeClosed, last.Open)
                .Should().Be((stats.AsOf, stats.Findings, stats.Rectified, stats.Closed, stats.Open), because);

            // The daily figures add up to the cumulative ones (the opening day carries what came before).
            var first = stats.Daily[0];
            (first.CumulativeFound - first.Found + stats.Daily.Sum(x => x.Found)).Should().Be(stats.Findings, because);
        });
    }

    private static int[] Headline(RoundStatistics s) =>
    [
        s.Inspections, s.UnitsVisited, s.Findings, s.ServiceProblems, s.Rectified, s.Closed, s.Measures.PersonTimes, s.Measures.People,
        s.TimeToRectify.Count, s.Daily.Count,
    ];

    private static (int Findings, int Rectified, int Closed, int Overdue) Sum(EquatableArray<Breakdown> rows) =>
        (rows.Sum(r => r.Counts.Findings), rows.Sum(r => r.Counts.Rectified), rows.Sum(r => r.Counts.Closed), rows.Sum(r => r.Counts.Overdue));

    private static void ForEach(int firstSeed, Action<SupervisionRound, RoundStatistics, int> check)
    {
        for (var seed = firstSeed; seed < firstSeed + 20; seed++)
        {
            var round = Generate(seed);
            foreach (var d in AsOfDates(round))
            {
                check(round, RoundAnalytics.Compute(round, d), seed);
            }
        }
    }

    private static IEnumerable<LocalDate> AsOfDates(SupervisionRound round)
    {
        for (var d = round.Period.Start.PlusDays(-3); d <= round.Period.End.PlusDays(20); d = d.PlusDays(4))
        {
            yield return d;
        }
    }

    // Rounds around the 2023 National Day block, so working days and holidays meet.
    internal static SupervisionRound Generate(int seed)
    {
        var random = new Random(seed);
        var start = new LocalDate(2023, 9, 10).PlusDays(random.Next(0, 20));
        var period = new DateInterval(start, start.PlusDays(random.Next(5, 40)));
        LocalDate Within(int before, int after) => period.Start.PlusDays(random.Next(-before, Period.DaysBetween(period.Start, period.End) + after + 1));
        T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

        var units = new List<Unit> { new() { Id = "city", Name = "市" } };
        for (var c = 0; c < 3; c++)
        {
            units.Add(new Unit { Id = $"county{c}", Name = $"县{c}", ParentId = "city" });
            for (var t = 0; t < 2; t++)
            {
                units.Add(new Unit { Id = $"town{c}{t}", Name = $"镇{c}{t}", ParentId = $"county{c}" });
            }
        }

        var unitIds = units.Select(u => u.Id).ToList();
        var groups = Enumerable.Range(1, random.Next(1, 4)).Select(g => new InspectionGroup { Id = $"g{g}", Name = $"第{g}组" }).ToList();
        var inspections = Enumerable.Range(0, random.Next(0, 12)).Select(i => new Inspection
        {
            Id = $"i{i}",
            GroupId = Pick(groups).Id,
            Date = Within(2, 2),
            UnitIds = Enumerable.Range(0, random.Next(1, 4)).Select(_ => Pick(unitIds)).Distinct().ToArray(),
            Method = InspectionMethod.Unannounced,
        }).ToList();

        var categories = new[] { "formalism", "inaction", "four-winds", "other" };
        var findings = new List<Finding>();
        for (var i = 0; i < random.Next(0, 50); i++)
        {
            var found = Within(3, 5);
            var assigned = found.PlusDays(random.Next(0, 4));
            var useWorkingDays = random.Next(3) == 0;
            LocalDate? completed = random.Next(3) > 0 ? assigned.PlusDays(random.Next(0, 25)) : null;
            LocalDate? closed = completed is { } c && random.Next(2) == 0 ? c.PlusDays(random.Next(0, 6)) : null;
            var extensions = Enumerable.Range(0, random.Next(0, 3)).Select(_ => new DeadlineExtension
            {
                GrantedOn = assigned.PlusDays(random.Next(0, 20)),
                NewDeadline = assigned.PlusDays(random.Next(5, 40)),
            }).ToArray();
            var service = random.Next(10) == 0;
            findings.Add(new Finding
            {
                Id = $"f{i}",
                InspectionId = inspections.Count > 0 && random.Next(4) > 0 ? Pick(inspections).Id : null,
                FoundOn = found,
                UnitId = random.Next(5) > 0 ? Pick(unitIds) : null,
                ResponsibleUnitId = random.Next(3) > 0 ? Pick(unitIds) : null,
                CategoryCode = Pick(categories),
                FocusAreaCode = random.Next(2) == 0 ? "F1" : null,
                Severity = (Severity)random.Next(4),
                Source = (FindingSource)random.Next(5),
                Kind = service ? FindingKind.Service : FindingKind.Violation,
                Summary = "问题",
                Rectification = service && random.Next(2) == 0 ? null : new Rectification
                {
                    AssignedOn = assigned,
                    Deadline = useWorkingDays ? null : assigned.PlusDays(random.Next(0, 15)),
                    WorkingDays = useWorkingDays ? random.Next(1, 10) : null,
                    Mode = (RectificationMode)random.Next(3),
                    CompletedOn = completed,
                    ClosedOn = closed,
                    Status = closed is not null ? RectificationStatus.Closed : completed is not null ? RectificationStatus.Rectified : RectificationStatus.Open,
                    Extensions = extensions,
                },
            });
        }

        var forms = Enum.GetValues<MeasureForm>();
        var measures = Enumerable.Range(0, random.Next(0, 15)).Select(m => new AccountabilityMeasure
        {
            Id = $"m{m}",
            PersonId = $"p{random.Next(0, 6)}",
            Form = forms[random.Next(forms.Length)],
            DecidedOn = Within(0, 10),
            FindingIds = findings.Count > 0 ? [Pick(findings).Id] : [],
        }).ToList();

        return new SupervisionRound
        {
            Id = $"generated-{seed}",
            Title = "生成的轮次",
            Authority = "测试",
            Period = period,
            FocusAreas = [new FocusArea { Code = "F1", Title = "重点一" }],
            Units = [.. units],
            Groups = [.. groups],
            Inspections = [.. inspections],
            Findings = [.. findings],
            Measures = [.. measures],
        };
    }
}
