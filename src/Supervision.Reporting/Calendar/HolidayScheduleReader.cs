using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;

namespace Supervision.Reporting.Calendar;

/// <summary>
/// Reads the holiday schedule format of <c>china-holidays.json</c>:
/// <c>{"years": {"YYYY": {"offDays": ["YYYY-MM-DD", …], "workDays": [ … ]}}}</c>.
/// </summary>
/// <remarks>
/// The file is edited by hand when a new notice appears, so every problem is collected and
/// reported at once with its JSON path, and anything unexpected inside a year (a misspelt
/// "workdays") is an error rather than silently ignored. Other top-level properties, such as
/// "source", are documentation and are allowed.
/// </remarks>
internal static class HolidayScheduleReader
{
    private const string OffDaysProperty = "offDays";
    private const string WorkDaysProperty = "workDays";

    public static (ImmutableSortedSet<int> Years, ImmutableSortedSet<LocalDate> OffDays, ImmutableSortedSet<LocalDate> WorkDays, List<Diagnostic> Problems) Read(
        JsonDocument document)
    {
        var problems = new List<Diagnostic>();
        var years = ImmutableSortedSet.CreateBuilder<int>();
        var off = new Dictionary<LocalDate, string>();
        var work = new Dictionary<LocalDate, string>();

        JsonElement root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            problems.Add(Problem("$", $"expected a JSON object with a \"years\" property, found {Describe(root)}"));
        }
        else if (!root.TryGetProperty("years", out JsonElement yearsElement))
        {
            problems.Add(Problem("$", "the \"years\" property is missing"));
        }
        else if (yearsElement.ValueKind != JsonValueKind.Object)
        {
            problems.Add(Problem("$.years", $"expected an object keyed by year, found {Describe(yearsElement)}"));
        }
        else
        {
            foreach (JsonProperty yearProperty in yearsElement.EnumerateObject())
            {
                ReadYear(yearProperty, years, off, work, problems);
            }
        }

        foreach ((LocalDate date, string offPath) in off.OrderBy(pair => pair.Key))
        {
            if (work.TryGetValue(date, out string? workPath))
            {
                problems.Add(Problem(offPath, $"{Format(date)} is listed both as an off day and as a working day (at {workPath})"));
            }
        }

        return (years.ToImmutable(), off.Keys.ToImmutableSortedSet(), work.Keys.ToImmutableSortedSet(), problems);
    }

    private static Diagnostic Problem(string path, string message) => Diagnostic.Error("calendar-format", message, DiagnosticLocation.Json(path));

    private static void ReadYear(
        JsonProperty yearProperty,
        ImmutableSortedSet<int>.Builder years,
        Dictionary<LocalDate, string> off,
        Dictionary<LocalDate, string> work,
        List<Diagnostic> problems)
    {
        string path = $"$.years['{yearProperty.Name}']";
        if (yearProperty.Name.Length != 4
            || !int.TryParse(yearProperty.Name, NumberStyles.None, CultureInfo.InvariantCulture, out int year)
            || year < 1)
        {
            problems.Add(Problem(path, $"the year key must be a four-digit year such as \"2027\""));
            return;
        }

        if (!years.Add(year))
        {
            problems.Add(Problem(path, $"year {yearProperty.Name} appears more than once"));
            return;
        }

        if (yearProperty.Value.ValueKind != JsonValueKind.Object)
        {
            problems.Add(Problem(path, $"expected an object with \"{OffDaysProperty}\" and \"{WorkDaysProperty}\", found {Describe(yearProperty.Value)}"));
            return;
        }

        foreach (JsonProperty list in yearProperty.Value.EnumerateObject())
        {
            string listPath = $"{path}.{list.Name}";
            Dictionary<LocalDate, string> target;
            if (list.Name.Equals(OffDaysProperty, StringComparison.Ordinal))
            {
                target = off;
            }
            else if (list.Name.Equals(WorkDaysProperty, StringComparison.Ordinal))
            {
                target = work;
            }
            else
            {
                problems.Add(Problem(listPath, $"unknown property (expected \"{OffDaysProperty}\" or \"{WorkDaysProperty}\")"));
                continue;
            }

            if (list.Value.ValueKind != JsonValueKind.Array)
            {
                problems.Add(Problem(listPath, $"expected an array of dates, found {Describe(list.Value)}"));
                continue;
            }

            int index = 0;
            foreach (JsonElement item in list.Value.EnumerateArray())
            {
                string itemPath = string.Create(CultureInfo.InvariantCulture, $"{listPath}[{index}]");
                index++;
                if (item.ValueKind != JsonValueKind.String)
                {
                    problems.Add(Problem(itemPath, $"expected a date string YYYY-MM-DD, found {Describe(item)}"));
                    continue;
                }

                string text = item.GetString()!;
                LocalDate date;
                if (Digits(text) is { } plain)
                {
                    date = plain;
                }
                else
                {
                    ParseResult<LocalDate> parsed = LocalDatePattern.Iso.Parse(text);
                    if (!parsed.Success)
                    {
                        problems.Add(Problem(itemPath, $"\"{text}\" is not a date in the form YYYY-MM-DD"));
                        continue;
                    }

                    date = parsed.Value;
                }

                if (!WorkingDayCalendar.BelongsToNoticeYear(date, year))
                {
                    problems.Add(Problem(itemPath, string.Create(
                        CultureInfo.InvariantCulture,
                        $"{text} is outside the notice year {year} (a notice lists dates in its own year and, for a New Year block, the previous December)")));
                    continue;
                }

                target.TryAdd(date, itemPath);
            }
        }
    }

    // The common case without NodaTime's pattern machinery (whose first use costs about 20 ms at the start of every
    // command that reads the embedded calendar): YYYY-MM-DD in ASCII digits naming a day that exists, year 1 or
    // later. Anything else goes to LocalDatePattern.Iso, which accepts and refuses exactly what it did.
    private static LocalDate? Digits(string text)
    {
        if (text.Length != 10 || text[4] != '-' || text[7] != '-')
        {
            return null;
        }

        int year = 0, month = 0, day = 0;
        for (int i = 0; i < 10; i++)
        {
            if (i is 4 or 7)
            {
                continue;
            }

            int d = text[i] - '0';
            if ((uint)d > 9)
            {
                return null;
            }

            if (i < 4)
            {
                year = (year * 10) + d;
            }
            else if (i < 7)
            {
                month = (month * 10) + d;
            }
            else
            {
                day = (day * 10) + d;
            }
        }

        return year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= CalendarSystem.Iso.GetDaysInMonth(year, month)
            ? new LocalDate(year, month, day)
            : null;
    }

    private static string Describe(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };

    private static string Format(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
