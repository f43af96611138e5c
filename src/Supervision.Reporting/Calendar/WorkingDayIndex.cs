namespace Supervision.Reporting.Calendar;

/// <summary>
/// Constant-time working-day arithmetic over a set of off days and adjusted working days.
/// </summary>
/// <remarks>
/// <para>
/// Everything rests on one function: F(n), the number of working days before day number n
/// (relative to day 0, so it is negative for early days). A day is a working day exactly when
/// F steps by one after it, the working days in (a, b] are F(b + 1) − F(a + 1), and the k-th
/// working day after a is found by inverting F.
/// </para>
/// <para>
/// Outside the span of the data F is plain Monday–Friday counting in closed form, shifted by the
/// net effect of the data after the span; inside the span it is read from a prefix-sum array, and
/// its inverse from an array of the span's working days. Analytics call these millions of times,
/// so nothing here allocates or searches. The arrays grow with the span from the earliest to the
/// latest date given (about 11 KB per year of span), which is why days far from the data cost memory.
/// </para>
/// </remarks>
internal sealed class WorkingDayIndex
{
    /// <summary>An index with no data: plain Monday–Friday everywhere.</summary>
    public static readonly WorkingDayIndex Empty = new([], []);

    // Day number of the first day of the span.
    private readonly int spanStart;

    // Number of days in the span.
    private readonly int spanLength;

    // prefix[i] = F(spanStart + i) for i in 0..spanLength.
    private readonly int[] prefix;

    // workingDays[j] = offset from spanStart of the span's j-th working day (0-based).
    private readonly int[] workingDays;

    // Working days gained (adjusted working days) minus lost (weekday off days) over the span.
    private readonly int netAdjustment;

    public WorkingDayIndex(IReadOnlyCollection<int> offDayNumbers, IReadOnlyCollection<int> workDayNumbers)
    {
        if (offDayNumbers.Count == 0 && workDayNumbers.Count == 0)
        {
            prefix = [0];
            workingDays = [];
            return;
        }

        int first = int.MaxValue;
        int last = int.MinValue;
        foreach (int day in offDayNumbers.Concat(workDayNumbers))
        {
            first = Math.Min(first, day);
            last = Math.Max(last, day);
        }

        var off = new HashSet<int>(offDayNumbers);
        var work = new HashSet<int>(workDayNumbers);
        spanStart = first;
        spanLength = last - first + 1;
        prefix = new int[spanLength + 1];
        var working = new List<int>(spanLength);
        int count = checked((int)IsoDayNumber.WeekdaysBefore(first));
        prefix[0] = count;
        for (int i = 0; i < spanLength; i++)
        {
            int day = first + i;
            if (work.Contains(day) || (IsoDayNumber.IsMondayToFriday(day) && !off.Contains(day)))
            {
                working.Add(i);
                count++;
            }

            prefix[i + 1] = count;
        }

        workingDays = [.. working];
        netAdjustment = count - checked((int)IsoDayNumber.WeekdaysBefore((long)first + spanLength));
    }

    /// <summary>Whether the day is a working day.</summary>
    public bool IsWorkingDay(int dayNumber)
    {
        uint offset = (uint)(dayNumber - spanStart);
        return offset < (uint)spanLength
            ? prefix[offset + 1] != prefix[offset]
            : IsoDayNumber.IsMondayToFriday(dayNumber);
    }

    /// <summary>F(n): the number of working days before day n, relative to day 0.</summary>
    public long WorkingDaysBefore(long dayNumber)
    {
        long offset = dayNumber - spanStart;
        if (offset <= 0)
        {
            return IsoDayNumber.WeekdaysBefore(dayNumber);
        }

        return offset >= spanLength
            ? IsoDayNumber.WeekdaysBefore(dayNumber) + netAdjustment
            : prefix[offset];
    }

    /// <summary>
    /// The working day w with F(w + 1) = <paramref name="target"/>, that is, the working day that
    /// brings the count up to the target (F steps by one on working days, so it is unique).
    /// </summary>
    public long WorkingDayReaching(long target)
    {
        if (target <= prefix[0])
        {
            return IsoDayNumber.FirstWithWeekdaysAtLeast(target) - 1;
        }

        return target > prefix[spanLength]
            ? IsoDayNumber.FirstWithWeekdaysAtLeast(target - netAdjustment) - 1
            : (long)spanStart + workingDays[target - prefix[0] - 1];
    }
}
