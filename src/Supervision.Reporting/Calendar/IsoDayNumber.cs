using NodaTime;

namespace Supervision.Reporting.Calendar;

/// <summary>
/// Whole-day numbering of ISO dates in which day 0 is a Monday (1969-12-29), so that weekday
/// arithmetic is floor division by 7 and needs no table or <see cref="LocalDate"/> methods.
/// </summary>
/// <remarks>
/// The civil-date conversions are Howard Hinnant's <c>days_from_civil</c>/<c>civil_from_days</c>,
/// exact for the whole proleptic Gregorian range NodaTime supports (years -9998 to 9999). They are
/// used instead of NodaTime's period arithmetic because the calendar's hot paths must not allocate
/// and must cost a few integer operations.
/// </remarks>
internal static class IsoDayNumber
{
    // 1970-01-01 (day 0 of days_from_civil) is a Thursday; shifting by 3 puts day 0 on Monday 1969-12-29.
    private const int MondayShift = 3;

    /// <summary>The smallest day number of an ISO <see cref="LocalDate"/> (-9998-01-01).</summary>
    public static readonly int MinValue = FromCivil(-9998, 1, 1);

    /// <summary>The largest day number of an ISO <see cref="LocalDate"/> (9999-12-31).</summary>
    public static readonly int MaxValue = FromCivil(9999, 12, 31);

    /// <summary>The day number of an ISO date. The caller has checked the calendar system.</summary>
    public static int From(LocalDate date) => FromCivil(date.Year, date.Month, date.Day);

    /// <summary>The ISO date of a day number within <see cref="MinValue"/>..<see cref="MaxValue"/>.</summary>
    public static LocalDate ToDate(int dayNumber)
    {
        int z = dayNumber - MondayShift + 719468;
        int era = (z >= 0 ? z : z - 146096) / 146097;
        int doe = z - (era * 146097);
        int yoe = (doe - (doe / 1460) + (doe / 36524) - (doe / 146096)) / 365;
        int doy = doe - ((365 * yoe) + (yoe / 4) - (yoe / 100));
        int mp = ((5 * doy) + 2) / 153;
        int day = doy - (((153 * mp) + 2) / 5) + 1;
        int month = mp < 10 ? mp + 3 : mp - 9;
        int year = yoe + (era * 400) + (month <= 2 ? 1 : 0);
        return new LocalDate(year, month, day);
    }

    /// <summary>Whether the day is Monday to Friday.</summary>
    public static bool IsMondayToFriday(int dayNumber) => FloorMod(dayNumber, 7) < 5;

    /// <summary>
    /// The number of Monday–Friday days among day numbers [0, n) when n ≥ 0, and minus the number
    /// among [n, 0) when n &lt; 0: a non-decreasing function that steps by one after each weekday.
    /// </summary>
    public static long WeekdaysBefore(long n)
    {
        long weeks = FloorDiv(n, 7);
        long rest = n - (weeks * 7);
        return (weeks * 5) + Math.Min(rest, 5);
    }

    /// <summary>
    /// The smallest n with <see cref="WeekdaysBefore"/>(n) ≥ <paramref name="target"/>; the day
    /// n − 1 is then the weekday that reaches the target.
    /// </summary>
    public static long FirstWithWeekdaysAtLeast(long target)
    {
        // The t-th weekday (1-based, counted from day 0) is day 7·⌊(t−1)/5⌋ + (t−1) mod 5.
        long u = target - 1;
        long weeks = FloorDiv(u, 5);
        return (weeks * 7) + (u - (weeks * 5)) + 1;
    }

    private static int FromCivil(int year, int month, int day)
    {
        int y = month <= 2 ? year - 1 : year;
        int era = (y >= 0 ? y : y - 399) / 400;
        int yoe = y - (era * 400);
        int doy = ((153 * (month > 2 ? month - 3 : month + 9)) + 2) / 5 + day - 1;
        int doe = (yoe * 365) + (yoe / 4) - (yoe / 100) + doy;
        return (era * 146097) + doe - 719468 + MondayShift;
    }

    private static long FloorDiv(long a, long b) => a >= 0 ? a / b : -((-a + b - 1) / b);

    private static int FloorMod(int a, int b)
    {
        int r = a % b;
        return r < 0 ? r + b : r;
    }
}
