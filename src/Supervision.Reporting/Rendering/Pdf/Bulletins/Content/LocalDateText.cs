using NodaTime;
using Supervision.Reporting.Analytics;

namespace Supervision.Reporting.Rendering.Pdf.Bulletins.Content;

// The written forms of the dates a bulletin's prose needs (11月30日, 2022年11月30日, 2022年11月).
internal readonly record struct LocalDateText(LocalDate Date, LocalDate PeriodStart)
{
    public string MonthDay => ChineseFormat.MonthDay(Date);

    public string Full => ChineseFormat.Date(Date);

    public string StartYearMonth => ChineseText.YearMonth(PeriodStart);
}
