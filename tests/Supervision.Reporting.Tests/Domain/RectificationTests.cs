using NodaTime;
using Supervision.Reporting.Calendar;
using Supervision.Reporting.Domain;
using static Supervision.Reporting.Tests.Support.TestRounds;

namespace Supervision.Reporting.Tests.Domain;

public sealed class RectificationTests
{
    private static readonly WorkingDayCalendar China = WorkingDayCalendar.China;

    private static Rectification Open(LocalDate assigned, LocalDate? deadline = null, int? workingDays = null) => new()
    {
        AssignedOn = assigned,
        Deadline = deadline,
        WorkingDays = workingDays,
        Status = RectificationStatus.Open,
    };

    [Fact]
    public void OriginalDeadline_FromWorkingDays_SkipsTheNationalDayBlock()
    {
        // 2023-09-27 (Wed) + 5 working days: 09-28 Thu, then 09-29..10-06 off, 10-07 Sat and 10-08 Sun
        // are adjusted working days, 10-09 Mon, 10-10 Tue → 2023-10-10.
        var rectification = Open(new LocalDate(2023, 9, 27), workingDays: 5);

        rectification.OriginalDeadline(China).Should().Be(new LocalDate(2023, 10, 10));
    }

    [Fact]
    public void EffectiveDeadline_UsesLastExtensionGrantedOnOrBeforeAsOf()
    {
        var rectification = Open(D(11, 14), D(11, 21)) with
        {
            Extensions =
            [
                new DeadlineExtension { GrantedOn = D(11, 18), NewDeadline = D(11, 28) },
                new DeadlineExtension { GrantedOn = D(11, 27), NewDeadline = D(12, 9) },
            ],
        };

        rectification.EffectiveDeadline(D(11, 17), China).Should().Be(D(11, 21));
        rectification.EffectiveDeadline(D(11, 18), China).Should().Be(D(11, 28));
        rectification.EffectiveDeadline(D(11, 30), China).Should().Be(D(12, 9));
    }

    [Fact]
    public void IsOverdueAsOf_ExtensionPastAsOf_IsNotOverdue()
    {
        var rectification = Open(D(11, 14), D(11, 21)) with
        {
            Extensions = [new DeadlineExtension { GrantedOn = D(11, 20), NewDeadline = D(12, 5) }],
        };

        rectification.IsOverdueAsOf(D(11, 30), China).Should().BeFalse();
        rectification.IsOverdueAsOf(D(12, 6), China).Should().BeTrue();
    }

    [Fact]
    public void IsOverdueAsOf_OnTheDeadlineItself_IsNotOverdue()
    {
        var rectification = Open(D(11, 14), D(11, 21));

        rectification.IsOverdueAsOf(D(11, 21), China).Should().BeFalse();
        rectification.IsOverdueAsOf(D(11, 22), China).Should().BeTrue();
    }

    [Fact]
    public void IsOverdueAsOf_CompletedAfterAsOf_CountsAsOpenThen()
    {
        var rectification = Open(D(11, 14), D(11, 21)) with { Status = RectificationStatus.Rectified, CompletedOn = D(11, 29) };

        rectification.IsOverdueAsOf(D(11, 25), China).Should().BeTrue();
        rectification.IsOverdueAsOf(D(11, 29), China).Should().BeFalse();
    }

    [Fact]
    public void DaysOverdue_CalendarAndWorkingDays()
    {
        // Deadline Mon 2022-11-21; as of Mon 11-28: 7 calendar days, working days 11-22..11-28 = 5.
        var rectification = Open(D(11, 14), D(11, 21));

        rectification.DaysOverdue(D(11, 28), China).Should().Be(7);
        rectification.WorkingDaysOverdue(D(11, 28), China).Should().Be(5);
        rectification.DaysOverdue(D(11, 20), China).Should().Be(0);
    }

    [Fact]
    public void IsOverdueAsOf_NoDeadline_IsNeverOverdue()
    {
        var rectification = Open(D(11, 14)) with { Mode = RectificationMode.Ongoing };

        rectification.IsOverdueAsOf(D(12, 31), China).Should().BeFalse();
    }

    [Fact]
    public void StatusAsOf_FollowsDatesAndProgress()
    {
        var rectification = Open(D(11, 14), D(11, 21)) with
        {
            Status = RectificationStatus.Closed,
            Progress = [new ProgressEntry { Date = D(11, 16), Status = RectificationStatus.InProgress }],
            CompletedOn = D(11, 18),
            ClosedOn = D(11, 20),
        };

        rectification.StatusAsOf(D(11, 15)).Should().Be(RectificationStatus.Open);
        rectification.StatusAsOf(D(11, 16)).Should().Be(RectificationStatus.InProgress);
        rectification.StatusAsOf(D(11, 18)).Should().Be(RectificationStatus.Rectified);
        rectification.StatusAsOf(D(11, 20)).Should().Be(RectificationStatus.Closed);
    }
}
