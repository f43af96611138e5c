using NodaTime;
using Supervision.Reporting.Analytics;
using Supervision.Reporting.Calendar;
using Supervision.Reporting.Domain;
using static Supervision.Reporting.Tests.Analytics.AnalyticsRounds;
using static Supervision.Reporting.Tests.Support.TestRounds;

namespace Supervision.Reporting.Tests.Analytics;

public sealed partial class RoundAnalyticsTests
{
    [Theory]
    [InlineData("f1", DeadlineLight.Green)]
    [InlineData("f2", DeadlineLight.Green)]
    [InlineData("f3", DeadlineLight.None)]
    [InlineData("f4", DeadlineLight.Red)]
    [InlineData("f5", DeadlineLight.Blue)]
    [InlineData("f6", DeadlineLight.None)]
    [InlineData("f7", DeadlineLight.Yellow)]
    [InlineData("s1", DeadlineLight.None)]
    public void LightOf_SmallRoundOnD_GivesHandComputedLight(string id, DeadlineLight expected)
    {
        RoundAnalytics.LightOf(Small().FindFinding(id)!, AsOf).Should().Be(expected);
    }

    [Fact]
    public void Compute_SmallRound_CountsViolationsByLight()
    {
        RoundAnalytics.Compute(Small(), AsOf).Lights.Should().Be(new DeadlineLightCounts { Green = 2, Yellow = 1, Red = 1, Blue = 1, None = 1 });
    }

    [Fact]
    public void Compute_DueSoonThresholdRaised_MovesLightCountsFromNoneToYellow()
    {
        var lights = RoundAnalytics.Compute(Small(), AsOf, new AnalyticsOptions { DueSoonWorkingDays = 5 }).Lights;

        (lights.Yellow, lights.None).Should().Be((2, 0));
    }

    [Fact]
    public void LightOf_DueSoonThresholdRaised_TurnsFiveWorkingDaysYellow()
    {
        // f3 is due 11-25, 5 working days after 11-18.
        var options = new AnalyticsOptions { DueSoonWorkingDays = 5 };

        RoundAnalytics.LightOf(Small().FindFinding("f3")!, AsOf, options).Should().Be(DeadlineLight.Yellow);
        RoundAnalytics.LightOf(Small().FindFinding("f3")!, AsOf, options with { DueSoonWorkingDays = 4 }).Should().Be(DeadlineLight.None);
    }

    [Fact]
    public void LightOf_DeadlineIsD_IsYellowNotRed()
    {
        var finding = Violation("x", D(11, 10), "village", "other", D(11, 10), D(11, 18));

        RoundAnalytics.LightOf(finding, AsOf).Should().Be(DeadlineLight.Yellow);
        RoundAnalytics.LightOf(finding, D(11, 19)).Should().Be(DeadlineLight.Red);
    }

    [Fact]
    public void LightOf_ServiceProblemWithRectification_FollowsTheSameRules()
    {
        var service = Violation("s", D(11, 10), "village", "other", D(11, 10), D(11, 14)) with { Kind = FindingKind.Service };

        RoundAnalytics.LightOf(service, AsOf).Should().Be(DeadlineLight.Red);
    }

    [Fact]
    public void AnalyticsOptions_NegativeThreshold_Throws()
    {
        var act = () => new AnalyticsOptions { DueSoonWorkingDays = -1 };

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    // 2023 National Day: 09-29 … 10-06 off, Saturday 10-07 and Sunday 10-08 are adjusted working days.
    [Fact]
    public void Compute_WorkingDaysDeadlineAcrossNationalDay_FallsOnTheAdjustedSunday()
    {
        var round = HolidayRound(new Rectification { AssignedOn = new LocalDate(2023, 9, 27), WorkingDays = 3, Status = RectificationStatus.Open });

        // 09-28 Thu is the 1st, 10-07 the 2nd, 10-08 the 3rd working day.
        RoundAnalytics.Compute(round, new LocalDate(2023, 10, 8)).Overdue.Should().Be(0);
        var after = RoundAnalytics.Compute(round, new LocalDate(2023, 10, 9));
        after.OverdueFindings.Should().Equal(new OverdueFinding
        {
            FindingId = "h1", EffectiveDeadline = new LocalDate(2023, 10, 8), DaysOverdue = 1, WorkingDaysOverdue = 1,
        });

        // On 10-01, in the middle of the block, the deadline is 2 working days away (10-07, 10-08).
        RoundAnalytics.LightOf(round.Findings[0], new LocalDate(2023, 10, 1)).Should().Be(DeadlineLight.Yellow);

        // A plain Monday–Friday calendar would have put the deadline on 10-02.
        var weekdays = new AnalyticsOptions { Calendar = WorkingDayCalendar.WeekdaysOnly };
        RoundAnalytics.Compute(round, new LocalDate(2023, 10, 3), weekdays).Overdue.Should().Be(1);
    }

    [Fact]
    public void Compute_DeadlineDateInsideHolidayBlock_OverdueByCalendarDaysButNoWorkingDays()
    {
        var round = HolidayRound(new Rectification { AssignedOn = new LocalDate(2023, 9, 25), Deadline = new LocalDate(2023, 10, 2), Status = RectificationStatus.Open });

        var stats = RoundAnalytics.Compute(round, new LocalDate(2023, 10, 5));

        stats.OverdueFindings.Should().Equal(new OverdueFinding
        {
            FindingId = "h1", EffectiveDeadline = new LocalDate(2023, 10, 2), DaysOverdue = 3, WorkingDaysOverdue = 0,
        });

        // Age: working days in (09-25, 10-05] are 09-26, 09-27, 09-28.
        stats.Aging.ZeroToFive.Should().Be(1);
    }

    [Fact]
    public void Compute_RectifiedAcrossNationalDay_TimeToRectifySkipsTheBlock()
    {
        var round = HolidayRound(AnalyticsRounds.Rect(new LocalDate(2023, 9, 27), new LocalDate(2023, 10, 10), completed: new LocalDate(2023, 10, 9)));

        // (09-27, 10-09]: 09-28, 10-07, 10-08, 10-09.
        RoundAnalytics.Compute(round, new LocalDate(2023, 10, 31)).TimeToRectify.Median.Should().Be(4);
    }

    private static SupervisionRound HolidayRound(Rectification rectification) => Empty() with
    {
        Period = new DateInterval(new LocalDate(2023, 9, 1), new LocalDate(2023, 10, 31)),
        Findings =
        [
            Violation("h1", new LocalDate(2023, 9, 25), "village", "other", rectification.AssignedOn, null) with { Rectification = rectification },
        ],
    };
}
