using Supervision.Reporting.Analytics;
using static Supervision.Reporting.Tests.Analytics.AnalyticsRounds;
using static Supervision.Reporting.Tests.Support.TestRounds;

namespace Supervision.Reporting.Tests.Analytics;

public sealed class StatisticsComparisonTests
{
    [Fact]
    public void Compare_LastWeekAndThisWeek_GivesLaterMinusEarlier()
    {
        // As of 11-11: f1..f4 found, f1 rectified and closed, nothing overdue; 1 measure, 3 inspections.
        var lastWeek = RoundAnalytics.Compute(Small(), D(11, 11));
        var thisWeek = RoundAnalytics.Compute(Small(), AsOf);

        var change = RoundAnalytics.Compare(lastWeek, thisWeek);

        change.Days.Should().Be(7);
        (change.FindingsDelta, change.RectifiedDelta, change.ClosedDelta, change.OverdueDelta, change.OpenDelta)
            .Should().Be((2, 1, 0, 1, 1));
        (change.InspectionsDelta, change.UnitsVisitedDelta, change.ServiceProblemsDelta).Should().Be((1, 0, 1));
        (change.PersonTimesDelta, change.PeopleDelta).Should().Be((5, 4));
        change.RectificationRateDelta.Should().BeApproximately((2d / 6) - 0.25, 1e-12);
        change.OnTimeRateDelta.Should().BeApproximately(0.5 - 1, 1e-12);
    }
}
