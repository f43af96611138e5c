using Supervision.Reporting.Calendar;

namespace Supervision.Reporting.Tests.Calendar;

/// <summary>Coverage: which years the calendar knows, and the warning for the others.</summary>
public sealed partial class WorkingDayCalendarTests
{
    [Fact]
    public void CoveredYears_China_Are2019To2026InOrder()
    {
        China.CoveredYears.Should().Equal(2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026);
    }

    [Fact]
    public void Covers_2018And2027_AreNotCovered()
    {
        // 2018-12-29..31 are in the 2019 notice, but the rest of 2018 is not in the data.
        China.Covers(D(2018, 12, 29)).Should().BeFalse();
        China.Covers(D(2027, 1, 1)).Should().BeFalse();
        China.Covers(D(2019, 1, 1)).Should().BeTrue();
        China.Covers(D(2026, 12, 31)).Should().BeTrue();
    }

    [Fact]
    public void Covers_Range_TrueOnlyWhenEveryYearIsCovered()
    {
        China.Covers(D(2019, 1, 1), D(2026, 12, 31)).Should().BeTrue();
        China.Covers(D(2026, 12, 1), D(2027, 1, 15)).Should().BeFalse();
        China.Covers(D(2027, 1, 15), D(2026, 12, 1)).Should().BeFalse("the order of the dates does not matter");
    }

    [Fact]
    public void GetUncoveredYears_RangeAroundData_ListsMissingYearsAscending()
    {
        China.GetUncoveredYears(D(2029, 1, 1), D(2017, 6, 1)).Should().Equal(2017, 2018, 2027, 2028, 2029);
        China.GetUncoveredYears(D(2020, 1, 1), D(2024, 6, 1)).Should().BeEmpty();
    }

    [Fact]
    public void DescribeCoverageGap_DatesIn2027_NamesYearAndCoverage()
    {
        China.DescribeCoverageGap(D(2026, 12, 1), D(2027, 1, 15)).Should().Be(
            "dates in 2027 are outside the working-day data (2019–2026); counted as plain Monday–Friday");
    }

    [Fact]
    public void DescribeCoverageGap_SeveralRuns_JoinsRanges()
    {
        China.DescribeCoverageGap(D(2016, 1, 1), D(2028, 1, 1)).Should().Be(
            "dates in 2016–2018, 2027–2028 are outside the working-day data (2019–2026); counted as plain Monday–Friday");
    }

    [Fact]
    public void DescribeCoverageGap_CoveredRange_IsNull()
    {
        China.DescribeCoverageGap(D(2022, 11, 1), D(2022, 11, 30)).Should().BeNull();
    }

    [Fact]
    public void DescribeCoverageGap_WeekdaysOnly_SaysNoData()
    {
        WorkingDayCalendar.WeekdaysOnly.CoveredYears.Should().BeEmpty();
        WorkingDayCalendar.WeekdaysOnly.DescribeCoverageGap(D(2024, 1, 1), D(2024, 2, 1)).Should().Be(
            "dates in 2024 are outside the working-day data (none); counted as plain Monday–Friday");
    }

    [Fact]
    public void IsWorkingDay_Uncovered2027_IsMondayToFriday()
    {
        // Friday 2027-10-01 would be National Day, but no 2027 notice is in the data.
        China.IsWorkingDay(D(2027, 10, 1)).Should().BeTrue();
        China.IsWorkingDay(D(2027, 10, 2)).Should().BeFalse();
        China.CountWorkingDays(D(2026, 12, 31), D(2027, 12, 31))
            .Should().Be(WorkingDayCalendar.WeekdaysOnly.CountWorkingDays(D(2026, 12, 31), D(2027, 12, 31)));
    }
}
