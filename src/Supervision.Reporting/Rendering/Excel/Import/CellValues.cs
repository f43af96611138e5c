using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using NodaTime;
using Supervision.Reporting.Domain;

namespace Supervision.Reporting.Rendering.Excel.Import;

// Turns the values ExcelDataReader gives (string, double, DateTime, bool) into the round's types, accepting
// what clerks type in Excel and WPS: dates as Excel dates or as text in the common Chinese forms.
internal static partial class CellValues
{
    // Excel's serial dates run from 1 (1900-01-01) to 2958465 (9999-12-31).
    private const double MaxSerial = 2_958_465;

    // A cell under a merge but not its first column: it shows its neighbour's value and has none of its own.
    public static readonly object Covered = new();

    public static bool IsBlank(object? value) =>
        value is null || value == Covered || (value is string s && string.IsNullOrWhiteSpace(s));

    // Any cell as trimmed text with LF line breaks (Excel stores LF; a .xls or a paste may bring CR LF).
    public static string Text(object? value) => value switch
    {
        null => string.Empty,
        string s => s.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Trim(),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        DateTime t => t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool b => b ? "TRUE" : "FALSE",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value == Covered ? string.Empty : value.ToString()?.Trim() ?? string.Empty,
    };

    public static bool TryStatus(object? value, out RectificationStatus status) =>
        Vocabulary.TryParse(Normalize(Text(value)), out status);

    // A date cell: null when blank; otherwise the date or why it is not one. The message quotes the text only
    // when it looks like a date (digits and separators), so a name typed into a date cell is never echoed.
    public static bool TryDate(object? value, DateInterval period, out LocalDate? date, out string? error)
    {
        date = null;
        error = null;
        switch (value)
        {
            case null:
                return true;
            case DateTime time:
                date = new LocalDate(time.Year, time.Month, time.Day);
                return true;
            case double number:
                return TrySerial(number, out date, out error);
            case string:
                break;
            default:
                error = "is not a date";
                return false;
        }

        var text = Normalize(Text(value));
        if (text.Length == 0)
        {
            return true;
        }

        if (FullDate().Match(text) is { Success: true } full)
        {
            return Make(Int(full.Groups["y"]), Int(full.Groups["m"]), Int(full.Groups["d"]), text, out date, out error);
        }

        if (MonthDay().Match(text) is { Success: true } monthDay)
        {
            return InferYear(Int(monthDay.Groups["m"]), Int(monthDay.Groups["d"]), period, text, out date, out error);
        }

        error = DateLike().IsMatch(text)
            ? $"'{text}' is not a date in a supported form (2022-11-18, 2022/11/18, 2022.11.18, 2022年11月18日, 11月18日)"
            : "is not a date (2022-11-18, 2022/11/18, 2022.11.18, 2022年11月18日 or 11月18日)";
        return false;
    }

    private static bool TrySerial(double number, out LocalDate? date, out string? error)
    {
        date = null;
        error = null;
        if (number == Math.Floor(number) && number is >= 19000101 and <= 99991231)
        {
            // 20221118 typed as a number: a date without separators.
            var n = (int)number;
            return Make(n / 10000, n / 100 % 100, n % 100, n.ToString(CultureInfo.InvariantCulture), out date, out error);
        }

        if (number is < 1 or > MaxSerial)
        {
            error = "is a number, not a date";
            return false;
        }

        // The time of day, if any, is dropped: the round records dates.
        var time = DateTime.FromOADate(number);
        date = new LocalDate(time.Year, time.Month, time.Day);
        return true;
    }

    private static bool Make(int year, int month, int day, string text, out LocalDate? date, out string? error)
    {
        date = null;
        error = null;
        if (year is < 1900 or > 9999 || month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            error = $"'{text}' is not a valid date";
            return false;
        }

        date = new LocalDate(year, month, day);
        return true;
    }

    // 11月18日 has no year: take the year that puts the date nearest the round's period (0 days inside it);
    // a tie goes to the later year. Across a year boundary (period 2022-12-15..2023-01-15) 12月28日 is 2022
    // and 1月5日 is 2023; a completion after a November round, 2月3日, is the next February, not the last.
    private static bool InferYear(int month, int day, DateInterval period, string text, out LocalDate? date, out string? error)
    {
        date = null;
        error = null;
        LocalDate? best = null;
        var bestDistance = int.MaxValue;
        for (var year = period.Start.Year - 1; year <= period.End.Year + 1; year++)
        {
            if (month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
            {
                continue;
            }

            var candidate = new LocalDate(year, month, day);
            var distance = candidate < period.Start ? Period.DaysBetween(candidate, period.Start)
                : candidate > period.End ? Period.DaysBetween(period.End, candidate)
                : 0;
            if (distance <= bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        if (best is null)
        {
            error = $"'{text}' is not a valid date in any year near the round's period";
            return false;
        }

        date = best;
        return true;
    }

    private static int Int(Group group) => int.Parse(group.Value, NumberStyles.None, CultureInfo.InvariantCulture);

    // Full-width digits and punctuation (typed with a Chinese input method) become ASCII; spaces go.
    internal static string Normalize(string text)
    {
        StringBuilder? builder = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var mapped = c switch
            {
                >= '０' and <= '９' => (char)('0' + (c - '０')),
                '／' => '/',
                '－' or '—' or '–' => '-',
                '．' or '。' => '.',
                '：' => ':',
                '\u3000' or '\u00A0' => ' ',
                _ => c,
            };
            if (mapped != c && builder is null)
            {
                builder = new StringBuilder(text.Length).Append(text, 0, i);
            }

            builder?.Append(mapped);
        }

        return (builder?.ToString() ?? text).Trim();
    }

    [GeneratedRegex(@"^(?<y>\d{4})\s*(?:[-/.]\s*(?<m>\d{1,2})\s*[-/.]\s*(?<d>\d{1,2})|年\s*(?<m>\d{1,2})\s*月\s*(?<d>\d{1,2})\s*日?|(?<m>\d{2})(?<d>\d{2}))(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex FullDate();

    [GeneratedRegex(@"^(?<m>\d{1,2})\s*月\s*(?<d>\d{1,2})\s*日?$", RegexOptions.CultureInvariant)]
    private static partial Regex MonthDay();

    [GeneratedRegex(@"^[\d\s年月日/.:T-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex DateLike();
}
