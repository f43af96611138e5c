using System.Globalization;
using System.Text;
using NodaTime;
using Supervision.Reporting.Domain;

namespace Supervision.Reporting.Formatting;

/// <summary>
/// Formatting of figures as Chinese official documents write them: 79.3%, 2022年11月30日, 11月30日, 3起,
/// 三起, 一、 — independent of the current culture. zh-Hant and English variants where they differ.
/// </summary>
public static class ChineseFormat
{
    private const string Digits = "零一二三四五六七八九";

    /// <summary>A fraction as a percentage with one decimal: 0.7931 → <c>79.3%</c> (half away from zero).</summary>
    /// <param name="fraction">The fraction (1 = 100%).</param>
    /// <returns>The percentage text.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="fraction"/> is NaN or infinite.</exception>
    public static string Percent(double fraction) => Percent(fraction, 1);

    /// <summary>A fraction as a percentage with <paramref name="decimals"/> decimals: (0.7931, 2) → <c>79.31%</c>.</summary>
    /// <param name="fraction">The fraction (1 = 100%).</param>
    /// <param name="decimals">The number of decimals, 0 to 6.</param>
    /// <returns>The percentage text.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="fraction"/> is NaN or infinite, or <paramref name="decimals"/> is outside 0 to 6.</exception>
    public static string Percent(double fraction, int decimals)
    {
        if (!double.IsFinite(fraction))
        {
            throw new ArgumentOutOfRangeException(nameof(fraction), fraction, "A percentage needs a finite fraction.");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(decimals);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(decimals, 6);

        // Round in decimal: 0.0795 is not exactly representable as a double and would round down.
        var percent = Math.Round((decimal)fraction * 100m, decimals, MidpointRounding.AwayFromZero);
        return percent.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) + "%";
    }

    /// <summary>A date in Chinese: <c>2022年11月30日</c>.</summary>
    /// <param name="date">The date.</param>
    public static string Date(LocalDate date) => Date(date, Language.ZhHans);

    /// <summary>A date: <c>2022年11月30日</c> in zh-Hans and zh-Hant, <c>30 November 2022</c> in English.</summary>
    /// <param name="date">The date.</param>
    /// <param name="language">The language.</param>
    public static string Date(LocalDate date, Language language) => language == Language.English
        ? date.ToString("d MMMM uuuu", CultureInfo.InvariantCulture)
        : string.Create(CultureInfo.InvariantCulture, $"{date.Year}年{date.Month}月{date.Day}日");

    /// <summary>A month and day in Chinese: <c>11月30日</c>.</summary>
    /// <param name="date">The date.</param>
    public static string MonthDay(LocalDate date) => MonthDay(date, Language.ZhHans);

    /// <summary>A month and day: <c>11月30日</c> in zh-Hans and zh-Hant, <c>30 November</c> in English.</summary>
    /// <param name="date">The date.</param>
    /// <param name="language">The language.</param>
    public static string MonthDay(LocalDate date, Language language) => language == Language.English
        ? date.ToString("d MMMM", CultureInfo.InvariantCulture)
        : string.Create(CultureInfo.InvariantCulture, $"{date.Month}月{date.Day}日");

    /// <summary>A count in Arabic digits with its measure word: <c>3起</c>, <c>4人</c>, <c>5个</c>, <c>12次</c>.</summary>
    /// <param name="count">The count.</param>
    /// <param name="unit">What is counted.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is not defined.</exception>
    public static string Count(int count, CountUnit unit) => Count(count, unit, Language.ZhHans);

    /// <summary>A count in Arabic digits with its measure word (<c>5個</c> in zh-Hant) or, in English, its noun (<c>3 cases</c>, <c>1 person</c>).</summary>
    /// <param name="count">The count.</param>
    /// <param name="unit">What is counted.</param>
    /// <param name="language">The language.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is not defined.</exception>
    public static string Count(int count, CountUnit unit, Language language)
    {
        var digits = count.ToString(CultureInfo.InvariantCulture);
        return language == Language.English
            ? digits + " " + EnglishNoun(unit, count)
            : digits + MeasureWord(unit, language);
    }

    /// <summary>A count in Chinese numerals with its measure word, as in titles: <c>三起</c>, <c>十一人</c>.</summary>
    /// <param name="count">The count, 0 or more.</param>
    /// <param name="unit">What is counted.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative or <paramref name="unit"/> is not defined.</exception>
    public static string CountInNumerals(int count, CountUnit unit) => CountInNumerals(count, unit, Language.ZhHans);

    /// <summary>A count in Chinese numerals with its measure word (<c>三起</c>); English has no numeral form and uses <see cref="Count(int, CountUnit, Language)"/>.</summary>
    /// <param name="count">The count, 0 or more.</param>
    /// <param name="unit">What is counted.</param>
    /// <param name="language">The language.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative or <paramref name="unit"/> is not defined.</exception>
    public static string CountInNumerals(int count, CountUnit unit, Language language) => language == Language.English
        ? Count(count, unit, language)
        : Numeral(count, language) + MeasureWord(unit, language);

    /// <summary>A number in Chinese numerals: 1 → 一, 10 → 十, 11 → 十一, 20 → 二十, 105 → 一百零五, 10000 → 一万.</summary>
    /// <param name="number">The number, 0 or more.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="number"/> is negative.</exception>
    public static string Numeral(int number) => Numeral(number, Language.ZhHans);

    /// <summary>A number in Chinese numerals; zh-Hant writes 萬 and 億; English gives Arabic digits.</summary>
    /// <param name="number">The number, 0 or more.</param>
    /// <param name="language">The language.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="number"/> is negative.</exception>
    public static string Numeral(int number, Language language)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(number);
        if (language == Language.English)
        {
            return number.ToString(CultureInfo.InvariantCulture);
        }

        if (number == 0)
        {
            return "零";
        }

        var hant = language == Language.ZhHant;
        var text = new StringBuilder();
        var high = number / 100_000_000;
        var middle = number / 10_000 % 10_000;
        var low = number % 10_000;
        if (high > 0)
        {
            AppendSection(text, high);
            text.Append(hant ? '億' : '亿');
        }

        if (middle > 0)
        {
            // A gap of a whole place (1,0005,0000) is read with one 零.
            if (high > 0 && middle < 1000)
            {
                text.Append('零');
            }

            AppendSection(text, middle);
            text.Append(hant ? '萬' : '万');
        }

        if (low > 0)
        {
            if ((high > 0 || middle > 0) && low < 1000)
            {
                text.Append('零');
            }

            AppendSection(text, low);
        }

        // 10–19 and 十万 are read without the leading 一 (十一, not 一十一); inside a number it stays (一百一十).
        if (text.Length >= 2 && text[0] == '一' && text[1] == '十')
        {
            text.Remove(0, 1);
        }

        return text.ToString();
    }

    /// <summary>The number of a first-level heading or case in a bulletin: 1 → <c>一、</c>, 11 → <c>十一、</c>.</summary>
    /// <param name="number">The number, 1 or more.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="number"/> is less than 1.</exception>
    internal static string HeadingNumber(int number)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        return Numeral(number) + "、";
    }

    /// <summary>The number of a second-level heading: 1 → <c>（一）</c> (full-width parentheses).</summary>
    /// <param name="number">The number, 1 or more.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="number"/> is less than 1.</exception>
    internal static string SubheadingNumber(int number)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        return "（" + Numeral(number) + "）";
    }

    /// <summary>The measure word of a unit: 起, 人, 个/個, 次, 人次, 件, 天, 个工作日/個工作日.</summary>
    /// <param name="unit">What is counted.</param>
    /// <param name="language">zh-Hans or zh-Hant (English gets the zh-Hans word).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is not defined.</exception>
    internal static string MeasureWord(CountUnit unit, Language language) => unit switch
    {
        CountUnit.Cases => "起",
        CountUnit.People => "人",
        CountUnit.Items => language == Language.ZhHant ? "個" : "个",
        CountUnit.Times => "次",
        CountUnit.PersonTimes => "人次",
        CountUnit.Pieces => "件",
        CountUnit.Days => "天",
        CountUnit.WorkingDays => language == Language.ZhHant ? "個工作日" : "个工作日",
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "Not a defined count unit."),
    };

    private static string EnglishNoun(CountUnit unit, int count)
    {
        var one = count == 1;
        return unit switch
        {
            CountUnit.Cases => one ? "case" : "cases",
            CountUnit.People => one ? "person" : "people",
            CountUnit.Items => one ? "item" : "items",
            CountUnit.Times => one ? "time" : "times",
            CountUnit.PersonTimes => one ? "person-time" : "person-times",
            CountUnit.Pieces => one ? "matter" : "matters",
            CountUnit.Days => one ? "day" : "days",
            CountUnit.WorkingDays => one ? "working day" : "working days",
            _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "Not a defined count unit."),
        };
    }

    // One group of four places (1–9999): 一千零五, 一百一十, 三十.
    private static void AppendSection(StringBuilder text, int section)
    {
        ReadOnlySpan<char> places = ['千', '百', '十', '\0'];
        var pendingZero = false;
        var started = false;
        for (int i = 0, divisor = 1000; i < 4; i++, divisor /= 10)
        {
            var digit = section / divisor % 10;
            if (digit == 0)
            {
                pendingZero |= started;
                continue;
            }

            if (pendingZero)
            {
                text.Append('零');
                pendingZero = false;
            }

            text.Append(Digits[digit]);
            if (places[i] != '\0')
            {
                text.Append(places[i]);
            }

            started = true;
        }
    }
}
