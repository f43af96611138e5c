using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using Supervision.Reporting.Serialization;

namespace Supervision.Reporting.Calendar;

/// <summary>
/// Working days (工作日) for deadlines counted as "N working days" (N个工作日): Monday to Friday,
/// except official days off, plus adjusted working days (调休上班日) — the Saturdays and Sundays
/// worked in exchange for a longer holiday.
/// </summary>
/// <remarks>
/// <para>
/// A date is a working day when it is Monday to Friday and not an off day, or when it is an
/// adjusted working day. Days are counted as Chinese deadlines are (期限从次日起算): "N working days
/// from A" is the N-th working day after A, and the working days from A to B are those in
/// (A, B] — the day after A through B.
/// </para>
/// <para>
/// A calendar knows the whole schedule of the years in <see cref="CoveredYears"/>. In other years
/// it counts plain Monday–Friday; callers should tell their users so, and
/// <see cref="DescribeCoverageGap"/> words the warning. Off days and working days given for dates
/// outside the covered years (a New Year block that starts in the previous December, a local
/// holiday) still apply.
/// </para>
/// <para>
/// Instances are immutable and thread-safe. <see cref="IsWorkingDay"/>, <see cref="CountWorkingDays"/>
/// and <see cref="AddWorkingDays"/> take constant time and do not allocate. Dates must use the ISO
/// calendar system (<see cref="CalendarSystem.Iso"/>).
/// </para>
/// </remarks>
public sealed class WorkingDayCalendar
{
    private const string ChinaResourceName = "Supervision.Reporting.Calendar.china-holidays.json";

    private static readonly Lazy<WorkingDayCalendar> LazyChina =
        new(LoadChina, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly ImmutableSortedSet<int> coveredYears;
    private readonly ImmutableSortedSet<LocalDate> offDays;
    private readonly ImmutableSortedSet<LocalDate> workDays;
    private readonly WorkingDayIndex index;

    private WorkingDayCalendar(
        ImmutableSortedSet<int> coveredYears,
        ImmutableSortedSet<LocalDate> offDays,
        ImmutableSortedSet<LocalDate> workDays)
    {
        this.coveredYears = coveredYears;
        this.offDays = offDays;
        this.workDays = workDays;
        index = offDays.IsEmpty && workDays.IsEmpty
            ? WorkingDayIndex.Empty
            : new WorkingDayIndex(
                offDays.Select(IsoDayNumber.From).ToArray(),
                workDays.Select(IsoDayNumber.From).ToArray());
    }

    /// <summary>
    /// Gets the mainland China schedule published by the General Office of the State Council
    /// (国务院办公厅关于部分节假日安排的通知) for 2019 to 2026, embedded in the library and
    /// cross-checked against the notices. Loaded once, on first use.
    /// </summary>
    /// <remarks>
    /// The notices for 2019 and 2023 also list days of the previous December (2018-12-29 was worked;
    /// 2018-12-30, 2018-12-31 and 2022-12-31 were off); those days apply, although 2018 and 2022 as a
    /// whole are covered only from 2019. The 2020 notice includes the COVID-19 extension of the Spring
    /// Festival holiday. Local arrangements (a province's own extension) are not included; add them
    /// with <see cref="WithOffDays"/>.
    /// </remarks>
    public static WorkingDayCalendar China => LazyChina.Value;

    /// <summary>
    /// Gets a calendar with no holiday data: every Monday to Friday is a working day, and no year
    /// is covered.
    /// </summary>
    public static WorkingDayCalendar WeekdaysOnly { get; } = new([], [], []);

    /// <summary>
    /// Gets the calendar years whose whole schedule this calendar knows, in ascending order. A date
    /// is covered when its year is in this set; outside it the calendar counts plain Monday–Friday
    /// (apart from any individual days it was given).
    /// </summary>
    public IReadOnlyCollection<int> CoveredYears => coveredYears;

    /// <summary>
    /// Reads a calendar from UTF-8 JSON in the format of the embedded schedule:
    /// <c>{"years": {"2027": {"offDays": ["2027-01-01", …], "workDays": ["2027-02-06", …]}}}</c>.
    /// </summary>
    /// <remarks>
    /// Each key of <c>years</c> is a notice year and becomes a covered year. Its <c>offDays</c> list
    /// every day declared off (including weekend days inside a holiday block) and its <c>workDays</c>
    /// the Saturdays and Sundays declared working days; either may be omitted. A notice year may list
    /// dates of the previous December. Other top-level properties (such as <c>source</c>) are ignored.
    /// </remarks>
    /// <param name="utf8Json">The JSON text, UTF-8 encoded. It is read to the end and not closed.</param>
    /// <returns>
    /// A calendar covering the years in the file, or every problem with its JSON path (e.g.
    /// <c>$.years['2027'].offDays[3]: "2027-02-30" is not a date in the form YYYY-MM-DD</c>); a date listed both as
    /// an off day and as a working day is such a problem.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static ReadResult<WorkingDayCalendar> ReadJson(Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var buffer = new MemoryStream();
        utf8Json.CopyTo(buffer);
        return ReadJson(buffer.GetBuffer().AsMemory(0, (int)buffer.Length));
    }

    /// <summary>Reads a calendar from JSON text; see <see cref="ReadJson(Stream)"/> for the format.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>A calendar covering the years in the text, or every problem with its JSON path.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    public static ReadResult<WorkingDayCalendar> ParseJson(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return ReadJson(System.Text.Encoding.UTF8.GetBytes(json));
    }

    private static ReadResult<WorkingDayCalendar> ReadJson(ReadOnlyMemory<byte> utf8Json)
    {
        if (JsonEncoding.FirstInvalidBytes(utf8Json.Span) is { } notUtf8)
        {
            return new ReadResult<WorkingDayCalendar>(null, new DiagnosticReport([notUtf8]));
        }

        try
        {
            using JsonDocument document = JsonDocument.Parse(utf8Json);
            var (years, off, work, problems) = HolidayScheduleReader.Read(document);
            return problems.Count > 0
                ? new ReadResult<WorkingDayCalendar>(null, new DiagnosticReport(problems))
                : new ReadResult<WorkingDayCalendar>(new WorkingDayCalendar(years, off, work), DiagnosticReport.Empty);
        }
        catch (JsonException e)
        {
            return new ReadResult<WorkingDayCalendar>(null, new DiagnosticReport([JsonProblems.Syntax(utf8Json.Span, e)]));
        }
        catch (InvalidOperationException)
        {
            // An escaped lone surrogate ("\ud800") in a name or a date.
            return new ReadResult<WorkingDayCalendar>(null, new DiagnosticReport([Diagnostic.Error("encoding", JsonEncoding.LoneSurrogate, DiagnosticLocation.Json("$"))]));
        }
    }

    /// <summary>
    /// Determines whether <paramref name="date"/> is a working day: Monday to Friday and not an off
    /// day, or an adjusted working day.
    /// </summary>
    /// <param name="date">An ISO date.</param>
    /// <returns><see langword="true"/> for a working day.</returns>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar system.</exception>
    public bool IsWorkingDay(LocalDate date) => index.IsWorkingDay(DayNumber(date, nameof(date)));

    /// <summary>
    /// Returns the date <paramref name="days"/> working days from <paramref name="start"/>: the
    /// <paramref name="days"/>-th working day after it (期限从次日起算: <paramref name="start"/> itself is
    /// never counted, even when it is a working day).
    /// </summary>
    /// <remarks>
    /// For a negative <paramref name="days"/> the result is the |<paramref name="days"/>|-th working day
    /// before <paramref name="start"/>, again not counting <paramref name="start"/> (one working day before
    /// a Monday is the previous Friday). For <paramref name="days"/> &gt; 0,
    /// <c>CountWorkingDays(start, AddWorkingDays(start, days)) == days</c>; for a negative
    /// <paramref name="days"/> the count back to <paramref name="start"/> is |<paramref name="days"/>| when
    /// <paramref name="start"/> is a working day and one less when it is not, because the (A, B] convention
    /// counts the end date. Days in years outside <see cref="CoveredYears"/> count as Monday–Friday.
    /// </remarks>
    /// <param name="start">The date counted from, in the ISO calendar.</param>
    /// <param name="days">The number of working days; 0 returns <paramref name="start"/> unchanged.</param>
    /// <returns>A working day, or <paramref name="start"/> when <paramref name="days"/> is 0.</returns>
    /// <exception cref="ArgumentException"><paramref name="start"/> is not in the ISO calendar system.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// The result would fall outside the dates NodaTime supports (years -9998 to 9999).
    /// </exception>
    public LocalDate AddWorkingDays(LocalDate start, int days)
    {
        int day = DayNumber(start, nameof(start));
        if (days == 0)
        {
            return start;
        }

        // The working day w with F(w + 1) = target, F counting working days before a day:
        // forwards it lies `days` working days past F(day + 1) (start excluded), backwards it is
        // the one that leaves |days| working days in [w, start).
        long target = days > 0
            ? index.WorkingDaysBefore(day + 1L) + days
            : index.WorkingDaysBefore(day) + days + 1;
        long result = index.WorkingDayReaching(target);
        if (result < IsoDayNumber.MinValue || result > IsoDayNumber.MaxValue)
        {
            ThrowResultOutOfRange(days);
        }

        return IsoDayNumber.ToDate((int)result);
    }

    /// <summary>
    /// Counts the working days from <paramref name="start"/> to <paramref name="end"/>: those in
    /// (<paramref name="start"/>, <paramref name="end"/>], the day after <paramref name="start"/>
    /// through <paramref name="end"/>.
    /// </summary>
    /// <param name="start">The first date, in the ISO calendar; not itself counted.</param>
    /// <param name="end">The last date, in the ISO calendar; counted when it is a working day.</param>
    /// <returns>
    /// The count; 0 when the dates are equal; when <paramref name="end"/> is before
    /// <paramref name="start"/>, minus <c>CountWorkingDays(end, start)</c>.
    /// </returns>
    /// <exception cref="ArgumentException">A date is not in the ISO calendar system.</exception>
    public int CountWorkingDays(LocalDate start, LocalDate end)
    {
        long first = DayNumber(start, nameof(start)) + 1L;
        long last = DayNumber(end, nameof(end)) + 1L;

        // Both are at most the number of days NodaTime supports, so the difference fits an int.
        return (int)(index.WorkingDaysBefore(last) - index.WorkingDaysBefore(first));
    }

    /// <summary>
    /// Determines whether the calendar knows the schedule of the year of <paramref name="date"/>
    /// (its year is in <see cref="CoveredYears"/>).
    /// </summary>
    /// <param name="date">An ISO date.</param>
    /// <returns><see langword="true"/> when the date's year is covered.</returns>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar system.</exception>
    public bool Covers(LocalDate date)
    {
        RequireIso(date, nameof(date));
        return coveredYears.Contains(date.Year);
    }

    /// <summary>
    /// Determines whether every year from the year of <paramref name="start"/> to the year of
    /// <paramref name="end"/> (in either order) is covered.
    /// </summary>
    /// <param name="start">One end of the range, an ISO date.</param>
    /// <param name="end">The other end of the range, an ISO date.</param>
    /// <returns><see langword="true"/> when no year of the range is missing from <see cref="CoveredYears"/>.</returns>
    /// <exception cref="ArgumentException">A date is not in the ISO calendar system.</exception>
    public bool Covers(LocalDate start, LocalDate end)
    {
        RequireIso(start, nameof(start));
        RequireIso(end, nameof(end));

        // Validators may ask once per finding, so this walks the years without building a list.
        for (int year = Math.Min(start.Year, end.Year), last = Math.Max(start.Year, end.Year); year <= last; year++)
        {
            if (!coveredYears.Contains(year))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Returns the years from the year of <paramref name="start"/> to the year of
    /// <paramref name="end"/> (in either order) that are not covered, in ascending order: the years
    /// in which this calendar counts plain Monday–Friday.
    /// </summary>
    /// <param name="start">One end of the range, an ISO date.</param>
    /// <param name="end">The other end of the range, an ISO date.</param>
    /// <returns>The uncovered years; empty when the whole range is covered.</returns>
    /// <exception cref="ArgumentException">A date is not in the ISO calendar system.</exception>
    internal IReadOnlyList<int> GetUncoveredYears(LocalDate start, LocalDate end)
    {
        RequireIso(start, nameof(start));
        RequireIso(end, nameof(end));
        int first = Math.Min(start.Year, end.Year);
        int last = Math.Max(start.Year, end.Year);
        var missing = new List<int>();
        for (int year = first; year <= last; year++)
        {
            if (!coveredYears.Contains(year))
            {
                missing.Add(year);
            }
        }

        return missing;
    }

    /// <summary>
    /// Words the warning a caller should give when dates from <paramref name="start"/> to
    /// <paramref name="end"/> fall in uncovered years, for example
    /// <c>dates in 2027 are outside the working-day data (2019–2026); counted as plain Monday–Friday</c>.
    /// </summary>
    /// <param name="start">One end of the range, an ISO date.</param>
    /// <param name="end">The other end of the range, an ISO date.</param>
    /// <returns>The warning in English, or <see langword="null"/> when the whole range is covered.</returns>
    /// <exception cref="ArgumentException">A date is not in the ISO calendar system.</exception>
    public string? DescribeCoverageGap(LocalDate start, LocalDate end)
    {
        IReadOnlyList<int> missing = GetUncoveredYears(start, end);
        if (missing.Count == 0)
        {
            return null;
        }

        string known = coveredYears.IsEmpty ? "none" : FormatYears(coveredYears);
        return $"dates in {FormatYears(missing)} are outside the working-day data ({known}); counted as plain Monday–Friday";
    }

    /// <summary>
    /// Returns a calendar that also knows the schedule of <paramref name="year"/>, for example 2027 once
    /// its State Council notice is published. The year becomes covered.
    /// </summary>
    /// <param name="year">The notice year, 1 to 9999, not yet covered.</param>
    /// <param name="offDays">
    /// Every day the notice declares off, including weekend days inside a holiday block; dates in
    /// <paramref name="year"/> or in the December before it.
    /// </param>
    /// <param name="workDays">The Saturdays and Sundays the notice declares working days; same dates allowed.</param>
    /// <returns>A new calendar; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="offDays"/> or <paramref name="workDays"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside 1 to 9999.</exception>
    /// <exception cref="ArgumentException">
    /// The year is already covered; a date is not in the ISO calendar system or outside the notice year;
    /// or a date would be both an off day and a working day (the message names the date).
    /// </exception>
    public WorkingDayCalendar WithYear(int year, IEnumerable<LocalDate> offDays, IEnumerable<LocalDate> workDays)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9999);
        ArgumentNullException.ThrowIfNull(offDays);
        ArgumentNullException.ThrowIfNull(workDays);
        if (coveredYears.Contains(year))
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"Year {year} is already covered; amend single days with WithOffDays or WithWorkDays."),
                nameof(year));
        }

        LocalDate[] off = CheckDates(offDays, nameof(offDays), year);
        LocalDate[] work = CheckDates(workDays, nameof(workDays), year);
        return Combine(coveredYears.Add(year), off, work, nameof(offDays), nameof(workDays));
    }

    /// <summary>
    /// Returns a calendar with additional days off, such as a local holiday; the covered years do not change.
    /// </summary>
    /// <param name="dates">The days off, ISO dates.</param>
    /// <returns>A new calendar; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dates"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// A date is not in the ISO calendar system, or is already an adjusted working day (the message names the date).
    /// </exception>
    public WorkingDayCalendar WithOffDays(IEnumerable<LocalDate> dates)
    {
        ArgumentNullException.ThrowIfNull(dates);
        return Combine(coveredYears, CheckDates(dates, nameof(dates), noticeYear: null), [], nameof(dates), nameof(dates));
    }

    /// <summary>
    /// Returns a calendar with additional working days, such as a local make-up day worked on a
    /// weekend; the covered years do not change.
    /// </summary>
    /// <param name="dates">The working days, ISO dates.</param>
    /// <returns>A new calendar; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dates"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// A date is not in the ISO calendar system, or is already an off day (the message names the date).
    /// </exception>
    public WorkingDayCalendar WithWorkDays(IEnumerable<LocalDate> dates)
    {
        ArgumentNullException.ThrowIfNull(dates);
        return Combine(coveredYears, [], CheckDates(dates, nameof(dates), noticeYear: null), nameof(dates), nameof(dates));
    }

    /// <summary>Describes the calendar's coverage, e.g. <c>WorkingDayCalendar: 2019–2026 (232 off days, 53 adjusted working days); other days Monday–Friday</c>.</summary>
    /// <returns>A description in English.</returns>
    public override string ToString()
    {
        string years = coveredYears.IsEmpty ? "no covered years" : FormatYears(coveredYears);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"WorkingDayCalendar: {years} ({offDays.Count} off days, {workDays.Count} adjusted working days); other days Monday–Friday");
    }

    /// <summary>The off days, for tests that check no date of the data was lost.</summary>
    internal IReadOnlyCollection<LocalDate> OffDays => offDays;

    /// <summary>The adjusted working days, for tests that check no date of the data was lost.</summary>
    internal IReadOnlyCollection<LocalDate> WorkDays => workDays;

    /// <summary>Whether a date may appear in the notice of <paramref name="noticeYear"/>: its own year, or the December before.</summary>
    internal static bool BelongsToNoticeYear(LocalDate date, int noticeYear) =>
        date.Year == noticeYear || (date.Year == noticeYear - 1 && date.Month == 12);

    private static WorkingDayCalendar LoadChina()
    {
        using Stream stream = typeof(WorkingDayCalendar).Assembly.GetManifestResourceStream(ChinaResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ChinaResourceName} is missing from the assembly.");
        return ReadJson(stream).GetValueOrThrow();
    }

    private WorkingDayCalendar Combine(
        ImmutableSortedSet<int> years,
        LocalDate[] moreOff,
        LocalDate[] moreWork,
        string offParamName,
        string workParamName)
    {
        ImmutableSortedSet<LocalDate> off = offDays.Union(moreOff);
        ImmutableSortedSet<LocalDate> work = workDays.Union(moreWork);
        foreach (LocalDate date in off)
        {
            if (work.Contains(date))
            {
                // Blame the argument that brought the date in; a new off day clashing with an
                // existing working day is reported against the off days.
                throw new ArgumentException(
                    $"{LocalDatePattern.Iso.Format(date)} would be both an off day and a working day.",
                    moreOff.Contains(date) ? offParamName : workParamName);
            }
        }

        return new WorkingDayCalendar(years, off, work);
    }

    private static LocalDate[] CheckDates(IEnumerable<LocalDate> dates, string paramName, int? noticeYear)
    {
        LocalDate[] array = dates.ToArray();
        foreach (LocalDate date in array)
        {
            RequireIso(date, paramName);
            if (noticeYear is int year && !BelongsToNoticeYear(date, year))
            {
                throw new ArgumentException(
                    string.Create(
                        CultureInfo.InvariantCulture,
                        $"{LocalDatePattern.Iso.Format(date)} is outside the notice year {year} (its own year, or the December before)."),
                    paramName);
            }
        }

        return array;
    }

    private static string FormatYears(IEnumerable<int> ascendingYears)
    {
        // Runs of consecutive years read as ranges: "2019–2026, 2028".
        var text = new StringBuilder();
        int? runStart = null;
        int previous = 0;
        foreach (int year in ascendingYears)
        {
            if (runStart is not null && year == previous + 1)
            {
                previous = year;
                continue;
            }

            AppendRun(text, runStart, previous);
            runStart = year;
            previous = year;
        }

        AppendRun(text, runStart, previous);
        return text.ToString();
    }

    private static void AppendRun(StringBuilder text, int? runStart, int runEnd)
    {
        if (runStart is not int first)
        {
            return;
        }

        if (text.Length > 0)
        {
            text.Append(", ");
        }

        text.Append(first.ToString(CultureInfo.InvariantCulture));
        if (runEnd != first)
        {
            text.Append('–').Append(runEnd.ToString(CultureInfo.InvariantCulture));
        }
    }

    private static int DayNumber(LocalDate date, string paramName)
    {
        RequireIso(date, paramName);
        return IsoDayNumber.From(date);
    }

    private static void RequireIso(LocalDate date, string paramName)
    {
        if (!ReferenceEquals(date.Calendar, CalendarSystem.Iso))
        {
            ThrowNotIso(date, paramName);
        }
    }

    // Throw sites live apart so that the hot members stay small enough to inline.
    [DoesNotReturn]
    private static void ThrowNotIso(LocalDate date, string paramName) =>
        throw new ArgumentException(
            $"The working-day calendar needs ISO dates; this date uses the {date.Calendar.Id} calendar system. Convert it with WithCalendar(CalendarSystem.Iso).",
            paramName);

    [DoesNotReturn]
    private static void ThrowResultOutOfRange(int days) =>
        throw new ArgumentOutOfRangeException(
            nameof(days),
            days,
            "The resulting date would be outside the range of dates NodaTime supports.");
}
