using NodaTime;
using Supervision.Reporting.Calendar;

namespace Supervision.Reporting.Tests.Calendar;

/// <summary>Users' own years and local days: new calendars, coverage, conflicts.</summary>
public sealed partial class WorkingDayCalendarTests
{
    // A made-up 2027 New Year arrangement: Fri 2027-01-01 off, nothing worked in exchange.
    private static readonly LocalDate[] NewYear2027 = [new(2027, 1, 1)];

    [Fact]
    public void WithYear_2027_BecomesCoveredAndCounts()
    {
        WorkingDayCalendar extended = China.WithYear(2027, NewYear2027, []);

        extended.Covers(D(2027, 6, 1)).Should().BeTrue();
        extended.CoveredYears.Should().Equal(2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027);
        extended.DescribeCoverageGap(D(2026, 12, 1), D(2027, 1, 15)).Should().BeNull();

        // (Thu 2026-12-31, Fri 2027-01-08]: Fri 01-01 is now off, leaving Mon 01-04..Fri 01-08.
        extended.CountWorkingDays(D(2026, 12, 31), D(2027, 1, 8)).Should().Be(5);
        extended.AddWorkingDays(D(2026, 12, 31), 1).Should().Be(D(2027, 1, 4));
    }

    [Fact]
    public void WithYear_LeavesOriginalUnchanged()
    {
        _ = China.WithYear(2027, NewYear2027, []);

        China.Covers(D(2027, 1, 1)).Should().BeFalse();
        China.IsWorkingDay(D(2027, 1, 1)).Should().BeTrue();
    }

    [Fact]
    public void WithYear_AdjustedWorkingDayInPreviousDecember_IsAccepted()
    {
        // Like 2018-12-29 in the 2019 notice: a notice may list days of the December before.
        WorkingDayCalendar extended = WorkingDayCalendar.WeekdaysOnly.WithYear(2031, [D(2031, 1, 1)], [D(2030, 12, 28)]);

        extended.IsWorkingDay(D(2030, 12, 28)).Should().BeTrue("2030-12-28 is a Saturday declared a working day");
        extended.Covers(D(2030, 12, 28)).Should().BeFalse("only the notice year becomes covered");
    }

    [Fact]
    public void WithYear_DateBothOffAndWork_ThrowsNamingDate()
    {
        Action act = () => China.WithYear(2027, [D(2027, 2, 6)], [D(2027, 2, 6)]);

        act.Should().Throw<ArgumentException>().WithMessage("*2027-02-06*");
    }

    [Fact]
    public void WithYear_AlreadyCovered_Throws()
    {
        Action act = () => China.WithYear(2024, [], []);

        act.Should().Throw<ArgumentException>().WithMessage("*2024*already covered*").Which.ParamName.Should().Be("year");
    }

    [Fact]
    public void WithYear_DateOutsideNoticeYear_ThrowsNamingDate()
    {
        Action act = () => China.WithYear(2027, [D(2028, 1, 1)], []);

        act.Should().Throw<ArgumentException>().WithMessage("*2028-01-01*").Which.ParamName.Should().Be("offDays");
    }

    [Fact]
    public void WithYear_YearOutOfRange_Throws()
    {
        Action act = () => China.WithYear(0, [], []);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void WithYear_NullLists_Throw()
    {
        Action off = () => China.WithYear(2027, null!, []);
        Action work = () => China.WithYear(2027, [], null!);

        off.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("offDays");
        work.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("workDays");
    }

    [Fact]
    public void WithOffDays_LocalHoliday_ChangesResultsNotCoverage()
    {
        // A local holiday on Thursday 2024-04-11.
        WorkingDayCalendar local = China.WithOffDays([D(2024, 4, 11)]);

        local.IsWorkingDay(D(2024, 4, 11)).Should().BeFalse();
        China.IsWorkingDay(D(2024, 4, 11)).Should().BeTrue();
        local.AddWorkingDays(D(2024, 4, 10), 1).Should().Be(D(2024, 4, 12));
        local.CountWorkingDays(D(2024, 4, 10), D(2024, 4, 12)).Should().Be(1);
        local.CoveredYears.Should().Equal(China.CoveredYears);
    }

    [Fact]
    public void WithOffDays_OutsideCoverage_AppliesWithoutCoveringYear()
    {
        WorkingDayCalendar local = China.WithOffDays([D(2030, 5, 1)]);

        local.IsWorkingDay(D(2030, 5, 1)).Should().BeFalse("2030-05-01 is a Wednesday given as off");
        local.Covers(D(2030, 5, 1)).Should().BeFalse();
        local.AddWorkingDays(D(2030, 4, 30), 1).Should().Be(D(2030, 5, 2));
    }

    [Fact]
    public void WithWorkDays_LocalMakeUpDay_ChangesResultsNotCoverage()
    {
        // A local make-up day on Saturday 2024-03-16.
        WorkingDayCalendar local = China.WithWorkDays([D(2024, 3, 16)]);

        local.IsWorkingDay(D(2024, 3, 16)).Should().BeTrue();
        local.AddWorkingDays(D(2024, 3, 15), 1).Should().Be(D(2024, 3, 16));
        China.AddWorkingDays(D(2024, 3, 15), 1).Should().Be(D(2024, 3, 18));
        local.CoveredYears.Should().Equal(China.CoveredYears);
    }

    [Fact]
    public void WithOffDays_OnAdjustedWorkingDay_ThrowsNamingDate()
    {
        Action act = () => China.WithOffDays([D(2024, 2, 4)]);

        act.Should().Throw<ArgumentException>().WithMessage("*2024-02-04*").Which.ParamName.Should().Be("dates");
    }

    [Fact]
    public void WithWorkDays_OnOffDay_ThrowsNamingDate()
    {
        Action act = () => China.WithWorkDays([D(2024, 2, 12)]);

        act.Should().Throw<ArgumentException>().WithMessage("*2024-02-12*");
    }

    [Fact]
    public void WithOffDays_Null_Throws()
    {
        Action act = () => China.WithOffDays(null!);

        act.Should().Throw<ArgumentNullException>();
    }
}
