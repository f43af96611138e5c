using System.Text.Json;
using NodaTime;
using Supervision.Reporting.Calendar;

namespace Supervision.Reporting.Tests.Calendar;

/// <summary>
/// An independent oracle: the embedded JSON read with plain System.Text.Json and the definition of
/// a working day applied one day at a time, with none of the calendar's index arithmetic.
/// </summary>
public sealed partial class WorkingDayCalendarTests
{
    private const string ResourceName = "Supervision.Reporting.Calendar.china-holidays.json";

    private static readonly Lazy<RawSchedule> Raw = new(ReadRawSchedule);

    private static bool RawIsWorkingDay(LocalDate date) =>
        Raw.Value.WorkDays.Contains(date)
        || (date.DayOfWeek <= IsoDayOfWeek.Friday && !Raw.Value.OffDays.Contains(date));

    private static int RawCount(LocalDate start, LocalDate end)
    {
        if (end < start)
        {
            return -RawCount(end, start);
        }

        int count = 0;
        for (LocalDate date = start.PlusDays(1); date <= end; date = date.PlusDays(1))
        {
            count += RawIsWorkingDay(date) ? 1 : 0;
        }

        return count;
    }

    private static LocalDate RawAdd(LocalDate start, int days)
    {
        int step = Math.Sign(days);
        LocalDate date = start;
        for (int left = Math.Abs(days); left > 0;)
        {
            date = date.PlusDays(step);
            left -= RawIsWorkingDay(date) ? 1 : 0;
        }

        return date;
    }

    private static string ReadEmbeddedText()
    {
        using Stream stream = typeof(WorkingDayCalendar).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException("The holiday data is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static RawSchedule ReadRawSchedule()
    {
        var schedule = new RawSchedule();
        using JsonDocument document = JsonDocument.Parse(ReadEmbeddedText());
        foreach (JsonProperty year in document.RootElement.GetProperty("years").EnumerateObject())
        {
            foreach (JsonElement day in year.Value.GetProperty("offDays").EnumerateArray())
            {
                schedule.OffDays.Add(ParseIso(day.GetString()!));
            }

            foreach (JsonElement day in year.Value.GetProperty("workDays").EnumerateArray())
            {
                schedule.WorkDays.Add(ParseIso(day.GetString()!));
            }
        }

        return schedule;
    }

    private static LocalDate ParseIso(string text) => new(
        int.Parse(text.AsSpan(0, 4), provider: System.Globalization.CultureInfo.InvariantCulture),
        int.Parse(text.AsSpan(5, 2), provider: System.Globalization.CultureInfo.InvariantCulture),
        int.Parse(text.AsSpan(8, 2), provider: System.Globalization.CultureInfo.InvariantCulture));

    private sealed class RawSchedule
    {
        public HashSet<LocalDate> OffDays { get; } = [];

        public HashSet<LocalDate> WorkDays { get; } = [];
    }
}
