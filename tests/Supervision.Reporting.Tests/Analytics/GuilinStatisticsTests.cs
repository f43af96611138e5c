using NodaTime;
using Supervision.Reporting.Analytics;
using Supervision.Reporting.Domain;
using Supervision.Reporting.Tests.Support;

namespace Supervision.Reporting.Tests.Analytics;

// The shipped example against what its author and the founding article say.
public sealed class GuilinStatisticsTests
{
    private static readonly RoundStatistics Stats = RoundAnalytics.Compute(Example.Guilin, new LocalDate(2022, 11, 30));

    [Fact]
    public void Compute_GuilinOnNovember30_MatchesTheExamplesTotals()
    {
        (Stats.Inspections, Stats.Findings, Stats.ServiceProblems, Stats.Measures.PersonTimes, Stats.Overdue)
            .Should().Be((127, 68, 4, 17, 5));
    }

    [Fact]
    public void Compute_GuilinOnNovember30_QuanzhouRectifiedItsTwentyThreeProblems()
    {
        var quanzhou = Stats.ByArea.Single(r => r.Key == "quanzhou").Counts;

        quanzhou.Rectified.Should().BeGreaterThanOrEqualTo(23);
        Stats.ByArea[0].Key.Should().Be("quanzhou", "the county with the 三督三查 problems has the most findings");
    }

    [Fact]
    public void Compute_GuilinOnNovember30_FirstFormIncludesCheckpointAndAdmonishment()
    {
        Stats.Measures.Of(FourForms.First).PersonTimes.Should().BeGreaterThanOrEqualTo(10);
        Stats.Measures.PersonTimesOf(MeasureForm.ReminderTalk).Should().BeGreaterThanOrEqualTo(4);
        Stats.Measures.PersonTimesOf(MeasureForm.CriticismEducation).Should().BeGreaterThanOrEqualTo(5);
        Stats.Measures.PersonTimesOf(MeasureForm.Admonishment).Should().BeGreaterThanOrEqualTo(1);
    }

    [Fact]
    public void Compute_GuilinOnNovember30_CheckpointCaseHasNineMeasures()
    {
        var checkpoint = Example.Guilin.MeasuresFor("f001");

        checkpoint.Count(m => m.Form == MeasureForm.ReminderTalk).Should().Be(4);
        checkpoint.Count(m => m.Form == MeasureForm.CriticismEducation).Should().Be(5);
    }

    [Fact]
    public void Compute_GuilinOnNovember30_EveryGroupInspected()
    {
        Stats.ByGroup.Should().HaveCount(10).And.OnlyContain(g => g.Inspections > 0 && g.UnitsVisited > 0);
    }
}
