using Supervision.Reporting.Analytics;
using Supervision.Reporting.Domain;
using static Supervision.Reporting.Tests.Analytics.AnalyticsRounds;
using static Supervision.Reporting.Tests.Support.TestRounds;

namespace Supervision.Reporting.Tests.Analytics;

// Every expected figure below is counted by hand from AnalyticsRounds.Small (see the comments there).
public sealed partial class RoundAnalyticsTests
{
    private static readonly RoundStatistics Stats = RoundAnalytics.Compute(Small(), AsOf);

    [Fact]
    public void Compute_SmallRound_CountsInspectionsAndDistinctUnitsUpToD()
    {
        Stats.Inspections.Should().Be(4);
        Stats.UnitsVisited.Should().Be(3);
    }

    [Fact]
    public void Compute_SmallRound_CountsViolationsAndServiceProblemsApart()
    {
        Stats.Findings.Should().Be(6);
        Stats.ServiceProblems.Should().Be(1);
    }

    [Fact]
    public void Compute_SmallRound_CountsRectifiedClosedOpenOverdue()
    {
        Stats.Rectified.Should().Be(2);
        Stats.Closed.Should().Be(1);
        Stats.Open.Should().Be(4);
        Stats.Overdue.Should().Be(1);
        Stats.RectifiedOnTime.Should().Be(1);
    }

    [Fact]
    public void Compute_SmallRound_RatesAreFractions()
    {
        Stats.RectificationRate.Should().BeApproximately(2d / 6, 1e-12);
        Stats.ClosureRate.Should().BeApproximately(1d / 6, 1e-12);
        Stats.OnTimeRate.Should().Be(0.5);
    }

    [Fact]
    public void Compute_SmallRound_TimeToRectifyInWorkingDays()
    {
        // f1: (11-03, 11-08] = 3 working days; f2: (11-07, 11-15] = 6.
        Stats.TimeToRectify.Should().Be(new TimeToRectify { Count = 2, Median = 4.5, Mean = 4.5, P90 = 6, Min = 3, Max = 6 });
    }

    [Fact]
    public void Compute_SmallRound_AgesOpenFindingsByWorkingDaysSinceAssignment()
    {
        // f3 6 working days, f4 5, f5 2, f7 1.
        Stats.Aging.Should().Be(new AgingBuckets { ZeroToFive = 3, SixToTen = 1, ElevenToTwenty = 0, TwentyOneOrMore = 0 });
        Stats.Aging.Total.Should().Be(Stats.Open);
    }

    [Fact]
    public void Compute_SmallRound_ListsOverdueWithCalendarAndWorkingDays()
    {
        Stats.OverdueFindings.Should().Equal(new OverdueFinding { FindingId = "f4", EffectiveDeadline = D(11, 16), DaysOverdue = 2, WorkingDaysOverdue = 2 });
    }

    [Fact]
    public void Compute_SmallRound_BreaksDownByCategoryInDescendingOrder()
    {
        Rows(Stats.ByCategory).Should().Equal(
            ("formalism", 3, 2, 1, 0),
            ("inaction", 2, 0, 0, 1),
            ("lax-enforcement", 1, 0, 0, 0));
    }

    [Fact]
    public void Compute_SmallRound_BreaksDownByFocusAreaLeavingOutFindingsWithout()
    {
        Rows(Stats.ByFocusArea).Should().Equal(("F1", 3, 2, 1, 0), ("F2", 2, 0, 0, 0));
    }

    [Fact]
    public void Compute_SmallRound_BreaksDownByResponsibleUnit()
    {
        Rows(Stats.ByResponsibleUnit).Should().Equal(
            ("huangshahe", 3, 1, 1, 0),
            ("quanzhou-health", 1, 1, 0, 0),
            ("ziyuan-health", 1, 0, 0, 1));
    }

    [Fact]
    public void Compute_SmallRound_BreaksDownByTopLevelAreaThroughTheUnitHierarchy()
    {
        // checkpoint → 黄沙河镇 → 全州县; village → 梅溪镇 → 资源县.
        Rows(Stats.ByArea).Should().Equal(("quanzhou", 4, 2, 1, 0), ("ziyuan", 2, 0, 0, 1));
    }

    [Fact]
    public void Compute_SmallRound_BreaksDownBySeverityAndSource()
    {
        Rows(Stats.BySeverity).Should().Equal(("general", 3, 1, 0, 1), ("serious", 2, 1, 1, 0), ("minor", 1, 0, 0, 0));
        Rows(Stats.BySource).Should().Equal(("inspection", 4, 1, 1, 0), ("public-report", 1, 1, 0, 0), ("referral", 1, 0, 0, 1));
    }

    [Fact]
    public void Compute_SmallRound_GivesEveryGroupInRoundOrder()
    {
        Stats.ByGroup.Select(g => (g.GroupId, g.Inspections, g.UnitsVisited, g.Counts.Findings, g.Counts.Rectified, g.Counts.Overdue))
            .Should().Equal(("g01", 2, 2, 2, 2, 0), ("g02", 2, 2, 3, 0, 0), ("g03", 0, 0, 0, 0, 0));
    }

    [Fact]
    public void Compute_SmallRound_CountsMeasuresAsPersonTimesAndDistinctPeople()
    {
        // m7 (11-19) is after D; p-zhang has two measures for f1.
        Stats.Measures.PersonTimes.Should().Be(6);
        Stats.Measures.People.Should().Be(5);
    }

    [Fact]
    public void Compute_SmallRound_CountsMeasuresOfAllFourForms()
    {
        Stats.Measures.ByFourForms.Select(f => (f.Form, f.PersonTimes, f.People, f.Share)).Should().Equal(
            (FourForms.First, 3, 2, 0.5),
            (FourForms.Second, 1, 1, 1d / 6),
            (FourForms.Third, 1, 1, 1d / 6),
            (FourForms.Fourth, 1, 1, 1d / 6));
        Stats.Measures.Of(FourForms.First).PersonTimes.Should().Be(3);
    }

    [Fact]
    public void Compute_SmallRound_CountsMeasuresByFormInVocabularyOrder()
    {
        Stats.Measures.ByForm.Select(f => (f.Form, f.PersonTimes, f.People)).Should().Equal(
            (MeasureForm.ReminderTalk, 1, 1),
            (MeasureForm.CriticismEducation, 1, 1),
            (MeasureForm.Admonishment, 1, 1),
            (MeasureForm.PartyWarning, 1, 1),
            (MeasureForm.PartyProbation, 1, 1),
            (MeasureForm.TransferToJudiciary, 1, 1));
        Stats.Measures.PersonTimesOf(MeasureForm.GovWarning).Should().Be(0);
    }

    [Fact]
    public void Compute_SmallRound_DailySeriesFromPeriodStartToD()
    {
        Stats.Daily.Should().HaveCount(18);
        Stats.Daily[0].Date.Should().Be(D(11, 1));
        Stats.Daily[^1].Should().Be(new DailyEntry
        {
            Date = D(11, 18), Found = 0, Rectified = 0, Closed = 0, CumulativeFound = 6, CumulativeRectified = 2, CumulativeClosed = 1,
        });
        var day15 = Stats.Daily[14];
        (day15.Date, day15.Found, day15.Rectified, day15.Closed, day15.Open).Should().Be((D(11, 15), 1, 1, 0, 3));
        Stats.Daily.Select(d => d.Found).Should().Equal(0, 1, 0, 1, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 1, 0, 1, 0);
    }

    [Fact]
    public void Compute_FindingFoundAfterD_CountsNowhere()
    {
        Stats.ByCategory.Select(r => r.Key).Should().NotContain("four-winds");
        RoundAnalytics.Compute(Small(), D(11, 19)).ByCategory.Select(r => r.Key).Should().Contain("four-winds");
    }

    [Fact]
    public void Compute_RectificationCompletedAfterD_IsOpenOnDAndRectifiedLater()
    {
        var later = RoundAnalytics.Compute(Small(), D(11, 25));

        Stats.Rectified.Should().Be(2);
        later.Rectified.Should().Be(3);
        later.TimeToRectify.Count.Should().Be(3);
    }

    [Fact]
    public void Compute_ExtensionGrantedBeforeD_MovesTheDeadlinePastD()
    {
        // Without f3's extension its 11-14 deadline is four days past on 11-18.
        var withoutExtension = Small().WithRectification(r => r with { Extensions = [] }, index: 2);

        RoundAnalytics.Compute(withoutExtension, AsOf).Overdue.Should().Be(2);
        Stats.Overdue.Should().Be(1);
    }

    [Fact]
    public void Compute_ExtensionGrantedAfterD_IsIgnoredUntilItsGrantDate()
    {
        // f4's extension to 11-30 was granted 11-19.
        RoundAnalytics.Compute(Small(), D(11, 19)).OverdueFindings.Select(o => o.FindingId).Should().NotContain("f4");
        Stats.OverdueFindings.Select(o => o.FindingId).Should().Contain("f4");
    }

    [Fact]
    public void Compute_DeadlineIsD_NotYetOverdue()
    {
        // f7 is due 11-22: open on that day it is not overdue, the day after it is.
        RoundAnalytics.Compute(Small(), D(11, 22)).OverdueFindings.Select(o => o.FindingId).Should().NotContain("f7");
        RoundAnalytics.Compute(Small(), D(11, 23)).OverdueFindings.Select(o => o.FindingId).Should().Contain("f7");
    }

    [Fact]
    public void Compute_RectifiedOnTheDeadline_IsOnTime()
    {
        var round = Small().WithRectification(r => r with { CompletedOn = D(11, 11) }, index: 1);

        RoundAnalytics.Compute(round, AsOf).OnTimeRate.Should().Be(1);
    }

    [Fact]
    public void Compute_NoFindings_RatesAreZeroNotNaN()
    {
        var stats = RoundAnalytics.Compute(Empty(), AsOf);

        stats.Findings.Should().Be(0);
        stats.RectificationRate.Should().Be(0);
        stats.ClosureRate.Should().Be(0);
        stats.OnTimeRate.Should().Be(0);
        stats.TimeToRectify.Should().Be(new TimeToRectify { Count = 0 });
        stats.ByCategory.Should().BeEmpty();
        stats.ByGroup.Should().HaveCount(3).And.OnlyContain(g => g.Counts.RectificationRate == 0);
        stats.Measures.ByFourForms.Should().OnlyContain(f => f.Share == 0);
        stats.Daily.Should().HaveCount(18).And.OnlyContain(d => d.Open == 0);
    }

    [Fact]
    public void Compute_DBeforePeriodStart_DailySeriesIsEmpty()
    {
        RoundAnalytics.Compute(Small(), D(10, 31)).Daily.Should().BeEmpty();
    }

    [Fact]
    public void Compute_DAfterPeriodEnd_DailySeriesContinuesToD()
    {
        var stats = RoundAnalytics.Compute(Small(), D(12, 5));

        stats.Daily.Should().HaveCount(35);
        stats.Daily[^1].CumulativeFound.Should().Be(stats.Findings);
    }

    [Fact]
    public void Compute_FindingBeforePeriod_IsInTheOpeningCumulativeFigures()
    {
        var round = Small().WithFinding(f => f with { FoundOn = D(10, 30) });

        var stats = RoundAnalytics.Compute(round, AsOf);

        stats.Daily[0].Found.Should().Be(0);
        stats.Daily[0].CumulativeFound.Should().Be(1);
        stats.Daily[^1].CumulativeFound.Should().Be(6);
    }

    [Fact]
    public void Compute_DefaultOptions_EqualsChinaCalendarOptions()
    {
        RoundAnalytics.Compute(Small(), AsOf, new AnalyticsOptions { Calendar = Supervision.Reporting.Calendar.WorkingDayCalendar.China })
            .Should().Be(Stats);
    }

    [Fact]
    public void Compute_NullRound_Throws()
    {
        var act = () => RoundAnalytics.Compute(null!, AsOf);

        act.Should().Throw<ArgumentNullException>().WithParameterName("round");
    }

    private static IEnumerable<(string Key, int Findings, int Rectified, int Closed, int Overdue)> Rows(EquatableArray<Breakdown> rows) =>
        rows.Select(r => (r.Key, r.Counts.Findings, r.Counts.Rectified, r.Counts.Closed, r.Counts.Overdue));
}
