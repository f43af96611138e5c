using Supervision.Reporting.Calendar;

namespace Supervision.Reporting.Tests.Calendar;

/// <summary>
/// Official answers across every year's holiday blocks, each worked out by hand from the State
/// Council notice: "N working days from A" is the N-th working day after A.
/// </summary>
public sealed partial class WorkingDayCalendarTests
{
    [Theory]
    // 2019 Spring Festival: 02-04..02-10 off; Sat 02-02 and Sun 02-03 worked.
    // From Wed 01-30: Thu 01-31 (1), Fri 02-01 (2), Sat 02-02 (3), Sun 02-03 (4), block, Mon 02-11 (5).
    [InlineData("2019-01-30", 5, "2019-02-11")]
    // 2019 May Day (amended): 05-01..05-04 off; Sun 04-28 and Sun 05-05 worked.
    // From Wed 04-24: Thu (1), Fri (2), Sat 04-27 off, Sun 04-28 (3), Mon 04-29 (4), Tue 04-30 (5).
    [InlineData("2019-04-24", 5, "2019-04-30")]
    // … and a sixth working day is the adjusted Sunday 05-05 right after the block.
    [InlineData("2019-04-24", 6, "2019-05-05")]
    // 2019 National Day: 10-01..10-07 off; Sun 09-29 and Sat 10-12 worked.
    // From Wed 09-25: Thu (1), Fri (2), Sat 09-28 off, Sun 09-29 (3), Mon 09-30 (4), block, Tue 10-08 (5).
    [InlineData("2019-09-25", 5, "2019-10-08")]
    // 2020 Spring Festival, extended for COVID-19: 01-24..02-02 off; Sun 01-19 worked; Sat 02-01 no longer worked.
    // From Wed 01-15: Thu (1), Fri (2), Sat 01-18 off, Sun 01-19 (3), Mon 01-20 (4), Tue 01-21 (5).
    [InlineData("2020-01-15", 5, "2020-01-21")]
    // From Wed 01-22: Thu 01-23 (1), block to Sun 02-02, Mon 02-03 (2), Tue (3), Wed (4), Thu 02-06 (5).
    [InlineData("2020-01-22", 5, "2020-02-06")]
    // 2020 National Day and Mid-Autumn: 10-01..10-08 off; Sun 09-27 and Sat 10-10 worked.
    // From Wed 09-23: Thu (1), Fri (2), Sat off, Sun 09-27 (3), Mon (4), Tue 09-29 (5).
    [InlineData("2020-09-23", 5, "2020-09-29")]
    // … Wed 09-30 (6), block, Fri 10-09 (7), Sat 10-10 adjusted (8).
    [InlineData("2020-09-23", 8, "2020-10-10")]
    // 2021 Spring Festival: 02-11..02-17 off; Sun 02-07 and Sat 02-20 worked.
    // From Wed 02-10: block, Thu 02-18 (1), Fri (2), Sat 02-20 (3), Sun off, Mon 02-22 (4), Tue 02-23 (5).
    [InlineData("2021-02-10", 5, "2021-02-23")]
    // 2021 Mid-Autumn: 09-19..09-21 off; Sat 09-18 worked.
    // From Wed 09-15: Thu (1), Fri (2), Sat 09-18 (3), block, Wed 09-22 (4), Thu 09-23 (5).
    [InlineData("2021-09-15", 5, "2021-09-23")]
    // 2021 National Day: 10-01..10-07 off; Sun 09-26 and Sat 10-09 worked.
    // From Wed 09-29: Thu 09-30 (1), block, Fri 10-08 (2), Sat 10-09 (3), Sun off, Mon (4), Tue 10-12 (5).
    [InlineData("2021-09-29", 5, "2021-10-12")]
    // 2022 Spring Festival: 01-31..02-06 off; Sat 01-29 and Sun 01-30 worked.
    // From Wed 01-26: Thu (1), Fri (2), Sat 01-29 (3), Sun 01-30 (4), block, Mon 02-07 (5).
    [InlineData("2022-01-26", 5, "2022-02-07")]
    // 2022 National Day: 10-01..10-07 off; Sat 10-08 and Sun 10-09 worked.
    // From Wed 09-28: Thu (1), Fri (2), block, Sat 10-08 (3), Sun 10-09 (4), Mon 10-10 (5).
    [InlineData("2022-09-28", 5, "2022-10-10")]
    // 2023 Spring Festival: 01-21..01-27 off; Sat 01-28 and Sun 01-29 worked.
    // From Wed 01-18: Thu (1), Fri (2), block, Sat 01-28 (3), Sun 01-29 (4), Mon 01-30 (5).
    [InlineData("2023-01-18", 5, "2023-01-30")]
    // 2023 Mid-Autumn and National Day: 09-29..10-06 off; Sat 10-07 and Sun 10-08 worked.
    // From Wed 09-27: Thu 09-28 (1), block, Sat 10-07 (2), Sun 10-08 (3), Mon 10-09 (4), Tue 10-10 (5).
    [InlineData("2023-09-27", 5, "2023-10-10")]
    // 2024 Spring Festival: 02-10..02-17 off; Sun 02-04 and Sun 02-18 worked.
    // From Wed 01-31: Thu (1), Fri (2), Sat off, Sun 02-04 (3), Mon (4), Tue 02-06 (5).
    [InlineData("2024-01-31", 5, "2024-02-06")]
    // From Wed 02-07: Thu (1), Fri (2), block, Sun 02-18 (3), Mon 02-19 (4), Tue 02-20 (5).
    [InlineData("2024-02-07", 5, "2024-02-20")]
    // 2024 Mid-Autumn: 09-15..09-17 off; Sat 09-14 worked.
    // From Wed 09-11: Thu (1), Fri (2), Sat 09-14 (3), block, Wed 09-18 (4), Thu 09-19 (5).
    [InlineData("2024-09-11", 5, "2024-09-19")]
    // 2024 National Day: 10-01..10-07 off; Sun 09-29 and Sat 10-12 worked.
    // From Wed 09-25: Thu (1), Fri (2), Sat off, Sun 09-29 (3), Mon 09-30 (4), block, Tue 10-08 (5).
    [InlineData("2024-09-25", 5, "2024-10-08")]
    // 2025 Spring Festival: 01-28..02-04 off; Sun 01-26 and Sat 02-08 worked.
    // From Wed 01-22: Thu (1), Fri (2), Sat off, Sun 01-26 (3), Mon 01-27 (4), block, Wed 02-05 (5).
    [InlineData("2025-01-22", 5, "2025-02-05")]
    // 2025 National Day and Mid-Autumn: 10-01..10-08 off; Sun 09-28 and Sat 10-11 worked.
    // From Wed 09-24: Thu (1), Fri (2), Sat off, Sun 09-28 (3), Mon (4), Tue 09-30 (5).
    [InlineData("2025-09-24", 5, "2025-09-30")]
    // … block, Thu 10-09 (6), Fri 10-10 (7), Sat 10-11 adjusted (8).
    [InlineData("2025-09-24", 8, "2025-10-11")]
    // 2026 New Year: 01-01..01-03 off; Sun 01-04 worked. From Wed 2025-12-31 the first working day is that Sunday.
    [InlineData("2025-12-31", 1, "2026-01-04")]
    // 2026 Spring Festival: 02-15..02-23 off; Sat 02-14 and Sat 02-28 worked.
    // From Wed 02-11: Thu (1), Fri (2), Sat 02-14 (3), block, Tue 02-24 (4), Wed 02-25 (5).
    [InlineData("2026-02-11", 5, "2026-02-25")]
    // … Thu 02-26 (6), Fri 02-27 (7), Sat 02-28 adjusted (8).
    [InlineData("2026-02-11", 8, "2026-02-28")]
    // 2026 Mid-Autumn 09-25..09-27 and National Day 10-01..10-07 off; Sun 09-20 and Sat 10-10 worked.
    // From Wed 09-23: Thu 09-24 (1), block, Mon 09-28 (2), Tue (3), Wed 09-30 (4), block, Thu 10-08 (5).
    [InlineData("2026-09-23", 5, "2026-10-08")]
    // From Wed 09-30: block, Thu 10-08 (1), Fri (2), Sat 10-10 (3), Sun off, Mon (4), Tue 10-13 (5).
    [InlineData("2026-09-30", 5, "2026-10-13")]
    public void AddWorkingDays_AcrossHolidayBlock_GivesOfficialAnswer(string start, int days, string expected)
    {
        LocalDateFrom(start).DayOfWeek.Should().Be(NodaTime.IsoDayOfWeek.Wednesday, "every case starts on a Wednesday");

        China.AddWorkingDays(LocalDateFrom(start), days).Should().Be(LocalDateFrom(expected));
        China.CountWorkingDays(LocalDateFrom(start), LocalDateFrom(expected)).Should().Be(days);
    }

    [Fact]
    public void IsWorkingDay_2020CovidExtension_FebruaryFirstIsOff()
    {
        // The original 2020 notice made Saturday 02-01 a working day; the extension notice of
        // 2020-01-26 cancelled it and extended the holiday to Sunday 02-02.
        China.IsWorkingDay(D(2020, 1, 31)).Should().BeFalse();
        China.IsWorkingDay(D(2020, 2, 1)).Should().BeFalse();
        China.IsWorkingDay(D(2020, 2, 3)).Should().BeTrue();
        China.CountWorkingDays(D(2020, 1, 23), D(2020, 2, 3)).Should().Be(1);
    }

    [Fact]
    public void IsWorkingDay_2019NoticeDaysIn2018_Apply()
    {
        // The 2019 New Year block (12-30..01-01) was paid for with Saturday 2018-12-29.
        China.IsWorkingDay(D(2018, 12, 29)).Should().BeTrue();
        China.IsWorkingDay(D(2018, 12, 31)).Should().BeFalse("Monday 2018-12-31 is off");

        // From Fri 12-28: Sat 12-29 (1), 12-30..01-01 off, Wed 01-02 (2).
        China.AddWorkingDays(D(2018, 12, 28), 1).Should().Be(D(2018, 12, 29));
        China.AddWorkingDays(D(2018, 12, 28), 2).Should().Be(D(2019, 1, 2));
    }

    [Fact]
    public void IsWorkingDay_2023NoticeDayIn2022_AppliesAndBlockEndsMonday()
    {
        // The 2023 New Year block is Sat 2022-12-31 to Mon 2023-01-02.
        China.IsWorkingDay(D(2022, 12, 31)).Should().BeFalse();
        China.IsWorkingDay(D(2023, 1, 2)).Should().BeFalse();
        China.AddWorkingDays(D(2022, 12, 30), 1).Should().Be(D(2023, 1, 3));
        China.OffDays.Should().Contain(D(2022, 12, 31));
    }

    private static NodaTime.LocalDate LocalDateFrom(string iso) =>
        NodaTime.Text.LocalDatePattern.Iso.Parse(iso).GetValueOrThrow();
}
