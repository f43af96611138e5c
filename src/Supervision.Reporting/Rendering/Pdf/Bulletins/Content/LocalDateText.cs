using System.Globalization;
using NodaTime;
using Supervision.Reporting.Analytics;
using Supervision.Reporting.Domain;
using Supervision.Reporting.Formatting;

namespace Supervision.Reporting.Rendering.Pdf.Bulletins.Content;

// The written forms of the dates a bulletin's prose needs (11月30日, 2022年11月30日, 2022年11月; in English
// 30 November, 30 November 2022, November 2022).
internal readonly record struct LocalDateText(LocalDate Date, LocalDate PeriodStart, Language Language = Language.ZhHans)
{
    public string MonthDay => ChineseFormat.MonthDay(Date, Language);

    public string Full => ChineseFormat.Date(Date, Language);

    public string StartYearMonth => ChineseText.YearMonth(PeriodStart, Language);
}
