using NodaTime;
using Supervision.Reporting.Calendar;

namespace Supervision.Reporting.Tests.Calendar;

/// <summary>
/// Tests of <see cref="WorkingDayCalendar"/>: the counting convention and the arithmetic. Holiday
/// blocks, coverage, extension and JSON input are in the partial files named after them.
/// </summary>
public sealed partial class WorkingDayCalendarTests
{
    private static readonly WorkingDayCalendar China = WorkingDayCalendar.China;

    private static LocalDate D(int year, int month, int day) => new(year, month, day);

    [Theory]
    [InlineData(2024, 2, 4, true)]    // Sunday, adjusted working day before the Spring Festival
    [InlineData(2024, 2, 18, true)]   // Sunday, adjusted working day after it
    [InlineData(2024, 2, 12, false)]  // Monday inside the block
    [InlineData(2024, 2, 10, false)]  // Saturday inside the block
    [InlineData(2024, 2, 8, true)]    // ordinary Thursday
    [InlineData(2024, 2, 3, false)]   // ordinary Saturday
    [InlineData(2024, 2, 25, false)]  // ordinary Sunday
    public void IsWorkingDay_China2024SpringFestival_FollowsNotice(int year, int month, int day, bool expected)
    {
        China.IsWorkingDay(D(year, month, day)).Should().Be(expected);
    }

    [Fact]
    public void IsWorkingDay_WeekdaysOnly_IgnoresHolidays()
    {
        WorkingDayCalendar.WeekdaysOnly.IsWorkingDay(D(2024, 10, 1)).Should().BeTrue("2024-10-01 is a Tuesday");
        WorkingDayCalendar.WeekdaysOnly.IsWorkingDay(D(2024, 9, 29)).Should().BeFalse("2024-09-29 is a Sunday");
    }

    [Fact]
    public void IsWorkingDay_EveryDay2017To2029_MatchesDefinitionOverRawData()
    {
        // The definition applied directly to the raw JSON, day by day, is the independent oracle.
        for (LocalDate date = D(2017, 1, 1); date <= D(2029, 12, 31); date = date.PlusDays(1))
        {
            China.IsWorkingDay(date).Should().Be(RawIsWorkingDay(date), "{0:uuuu-MM-dd} ({1})", date, date.DayOfWeek);
        }
    }

    [Fact]
    public void CountWorkingDays_OrdinaryWeek_CountsDayAfterStartThroughEnd()
    {
        // (Mon 2024-03-04, Mon 2024-03-11]: Tue–Fri and the next Monday.
        China.CountWorkingDays(D(2024, 3, 4), D(2024, 3, 11)).Should().Be(5);

        // (Fri 2024-03-08, Sat 2024-03-09]: the Saturday only, not a working day.
        China.CountWorkingDays(D(2024, 3, 8), D(2024, 3, 9)).Should().Be(0);

        // (Thu 2024-03-07, Fri 2024-03-08]: the end is counted, the start is not.
        China.CountWorkingDays(D(2024, 3, 7), D(2024, 3, 8)).Should().Be(1);
    }

    [Fact]
    public void CountWorkingDays_EqualDates_IsZero()
    {
        China.CountWorkingDays(D(2024, 3, 6), D(2024, 3, 6)).Should().Be(0);
        China.CountWorkingDays(D(2024, 2, 4), D(2024, 2, 4)).Should().Be(0);
    }

    [Fact]
    public void CountWorkingDays_ReversedOrder_IsNegativeOfForwardCount()
    {
        China.CountWorkingDays(D(2024, 2, 20), D(2024, 2, 7)).Should().Be(-5);
        China.CountWorkingDays(D(2027, 3, 1), D(2018, 6, 1))
            .Should().Be(-China.CountWorkingDays(D(2018, 6, 1), D(2027, 3, 1)));
    }

    [Theory]
    // 2023: 260 Monday–Friday days, 18 of them off, 7 adjusted working days: 249.
    [InlineData(2023, 249)]
    // 2024 (leap year starting on Monday): 262 Monday–Friday days, 19 off, 8 worked weekend days: 251.
    [InlineData(2024, 251)]
    // 2025: 261 Monday–Friday days, 18 off, 5 adjusted: 248.
    [InlineData(2025, 248)]
    // 2027 has no data: 261 Monday–Friday days.
    [InlineData(2027, 261)]
    public void CountWorkingDays_WholeYear_MatchesHandCount(int year, int expected)
    {
        China.CountWorkingDays(D(year - 1, 12, 31), D(year, 12, 31)).Should().Be(expected);
    }

    [Fact]
    public void CountWorkingDays_RandomPairs_MatchesDayByDayCount()
    {
        var random = new Random(20241001);
        for (int i = 0; i < 2_000; i++)
        {
            LocalDate a = RandomDate(random);
            LocalDate b = RandomDate(random);
            China.CountWorkingDays(a, b).Should().Be(RawCount(a, b), "from {0:uuuu-MM-dd} to {1:uuuu-MM-dd}", a, b);
        }
    }

    [Fact]
    public void AddWorkingDays_Zero_ReturnsStartEvenOnAHoliday()
    {
        China.AddWorkingDays(D(2024, 10, 1), 0).Should().Be(D(2024, 10, 1));
    }

    [Fact]
    public void AddWorkingDays_One_IsNextWorkingDayNotStart()
    {
        // Start is a working day and still not counted (期限从次日起算).
        China.AddWorkingDays(D(2024, 3, 6), 1).Should().Be(D(2024, 3, 7));

        // From a Friday, the next working day is Monday.
        China.AddWorkingDays(D(2024, 3, 8), 1).Should().Be(D(2024, 3, 11));

        // From inside a holiday block, the first working day after it.
        China.AddWorkingDays(D(2024, 10, 3), 1).Should().Be(D(2024, 10, 8));
    }

    [Fact]
    public void AddWorkingDays_Negative_IsWorkingDayBeforeStart()
    {
        // One working day before Monday 2024-03-11 is Friday 2024-03-08.
        China.AddWorkingDays(D(2024, 3, 11), -1).Should().Be(D(2024, 3, 8));

        // Back across the 2024 National Day block: 10-08 Tue; 10-01..07 off; 09-30 Mon (1),
        // 09-29 Sun adjusted working day (2), 09-28 Sat off, 09-27 Fri (3).
        China.AddWorkingDays(D(2024, 10, 8), -3).Should().Be(D(2024, 9, 27));

        // From a day off, counting starts with the working day before it: 2024-10-05 Sat → 09-30 Mon.
        China.AddWorkingDays(D(2024, 10, 5), -1).Should().Be(D(2024, 9, 30));
    }

    [Fact]
    public void AddWorkingDays_RandomStarts_RoundTripsWithCountAndLandsOnWorkingDay()
    {
        var random = new Random(19491001);
        for (int i = 0; i < 5_000; i++)
        {
            LocalDate start = RandomDate(random);
            int days = random.Next(1, 400);
            LocalDate result = China.AddWorkingDays(start, days);

            China.IsWorkingDay(result).Should().BeTrue("{0:uuuu-MM-dd} + {1}", start, days);
            China.CountWorkingDays(start, result).Should().Be(days, "{0:uuuu-MM-dd} + {1}", start, days);
            China.CountWorkingDays(start, result.PlusDays(-1)).Should().Be(days - 1, "the result is the first day reaching the count");
        }
    }

    [Fact]
    public void AddWorkingDays_RandomStarts_MatchesDayByDayStepping()
    {
        var random = new Random(20200201);
        for (int i = 0; i < 2_000; i++)
        {
            LocalDate start = RandomDate(random);
            int days = random.Next(-60, 61);
            China.AddWorkingDays(start, days).Should().Be(RawAdd(start, days), "{0:uuuu-MM-dd} + {1}", start, days);
        }
    }

    [Fact]
    public void AddWorkingDays_NegativeFromWorkingDay_RoundTripsWithCount()
    {
        var random = new Random(7);
        for (int i = 0; i < 2_000; i++)
        {
            LocalDate start = RandomDate(random);
            if (!China.IsWorkingDay(start))
            {
                continue;
            }

            int days = random.Next(1, 400);
            LocalDate result = China.AddWorkingDays(start, -days);
            China.IsWorkingDay(result).Should().BeTrue();
            China.CountWorkingDays(result, start).Should().Be(days, "{0:uuuu-MM-dd} - {1}", start, days);
        }
    }

    [Fact]
    public void AddWorkingDays_FarOutsideData_UsesMondayToFriday()
    {
        // 1000 working days = 200 whole weeks from a Wednesday lands on a Wednesday 1400 days later.
        China.AddWorkingDays(D(2040, 1, 4), 1000).Should().Be(D(2040, 1, 4).PlusDays(1400));
        China.AddWorkingDays(D(1990, 1, 3), -1000).Should().Be(D(1990, 1, 3).PlusDays(-1400));

        // From before the data to after it: the same as Monday–Friday plus the data's net effect.
        int net = China.CountWorkingDays(D(2000, 1, 1), D(2040, 1, 1))
            - WorkingDayCalendar.WeekdaysOnly.CountWorkingDays(D(2000, 1, 1), D(2040, 1, 1));
        net.Should().Be(-(11 * 6) - (13 * 2) - 2, "statutory days per year, plus the two 2020 COVID days");
    }

    [Fact]
    public void AddWorkingDays_ResultBeyondSupportedDates_Throws()
    {
        Action forward = () => China.AddWorkingDays(D(9999, 12, 29), 5);
        Action huge = () => China.AddWorkingDays(D(2024, 1, 1), int.MaxValue);
        Action backward = () => China.AddWorkingDays(D(-9998, 1, 2), -5);

        forward.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("days");
        huge.Should().Throw<ArgumentOutOfRangeException>();
        backward.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void AddWorkingDays_NearEndOfSupportedDates_Works()
    {
        // 9999-12-31 is a Friday.
        China.AddWorkingDays(D(9999, 12, 29), 2).Should().Be(D(9999, 12, 31));
        China.CountWorkingDays(D(-9998, 1, 1), D(9999, 12, 31)).Should().BePositive();
    }

    [Fact]
    public void Members_NonIsoDate_ThrowArgumentException()
    {
        LocalDate julian = new(2024, 2, 4, CalendarSystem.Julian);

        ((Action)(() => China.IsWorkingDay(julian))).Should().Throw<ArgumentException>().Which.ParamName.Should().Be("date");
        ((Action)(() => China.AddWorkingDays(julian, 1))).Should().Throw<ArgumentException>().Which.ParamName.Should().Be("start");
        ((Action)(() => China.CountWorkingDays(D(2024, 1, 1), julian))).Should().Throw<ArgumentException>().Which.ParamName.Should().Be("end");
        ((Action)(() => China.Covers(julian))).Should().Throw<ArgumentException>();
        ((Action)(() => China.WithOffDays([julian]))).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Members_HotPaths_DoNotAllocate()
    {
        // Analytics call these once per finding; allocation would show up as GC pressure at 1M findings.
        LocalDate a = D(2024, 2, 7);
        LocalDate b = D(2024, 10, 8);
        long sink = 0;
        for (int i = 0; i < 1_000; i++)
        {
            sink += China.CountWorkingDays(a, b) + China.AddWorkingDays(a, i % 300).Day + (China.IsWorkingDay(b) ? 1 : 0);
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 100_000; i++)
        {
            sink += China.CountWorkingDays(a, b) + China.AddWorkingDays(a, i % 300).Day + (China.IsWorkingDay(b) ? 1 : 0);
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        allocated.Should().Be(0);
        sink.Should().BePositive();
    }

    [Fact]
    public void ToString_China_DescribesCoverage()
    {
        China.ToString().Should().Be(
            "WorkingDayCalendar: 2019–2026 (232 off days, 53 adjusted working days); other days Monday–Friday");
    }

    private static LocalDate RandomDate(Random random) => D(2018, 1, 1).PlusDays(random.Next(0, 11 * 366));
}
