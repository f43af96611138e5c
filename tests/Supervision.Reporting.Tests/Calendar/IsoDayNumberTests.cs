using NodaTime;
using Supervision.Reporting.Calendar;

namespace Supervision.Reporting.Tests.Calendar;

/// <summary>The calendar's own day numbering, checked against NodaTime's arithmetic.</summary>
public sealed class IsoDayNumberTests
{
    private static readonly LocalDate DayZero = new(1969, 12, 29);

    [Fact]
    public void From_DayZero_IsMonday()
    {
        DayZero.DayOfWeek.Should().Be(IsoDayOfWeek.Monday);
        IsoDayNumber.From(DayZero).Should().Be(0);
    }

    [Fact]
    public void FromAndToDate_SampledAcrossSupportedRange_AgreeWithNodaTime()
    {
        var random = new Random(42);
        LocalDate[] edges = [new(-9998, 1, 1), new(9999, 12, 31), new(0, 2, 29), new(1, 1, 1), new(2000, 2, 29), new(1900, 3, 1)];
        IEnumerable<LocalDate> samples = edges.Concat(
            Enumerable.Range(0, 5_000).Select(_ => new LocalDate(-9998, 1, 1).PlusDays(random.Next(0, 7_304_000))));

        foreach (LocalDate date in samples)
        {
            int number = IsoDayNumber.From(date);
            number.Should().Be(Period.Between(DayZero, date, PeriodUnits.Days).Days, "{0}", date);
            IsoDayNumber.ToDate(number).Should().Be(date);
            IsoDayNumber.IsMondayToFriday(number).Should().Be(date.DayOfWeek <= IsoDayOfWeek.Friday, "{0}", date);
        }

        IsoDayNumber.MinValue.Should().Be(IsoDayNumber.From(new LocalDate(-9998, 1, 1)));
        IsoDayNumber.MaxValue.Should().Be(IsoDayNumber.From(new LocalDate(9999, 12, 31)));
    }

    [Fact]
    public void WeekdaysBefore_AndItsInverse_AgreeWithCounting()
    {
        long count = IsoDayNumber.WeekdaysBefore(-100);
        for (long n = -100; n < 100; n++)
        {
            IsoDayNumber.WeekdaysBefore(n).Should().Be(count, "n = {0}", n);
            if (IsoDayNumber.IsMondayToFriday((int)n))
            {
                count++;

                // n is the weekday that brings the count to `count`.
                IsoDayNumber.FirstWithWeekdaysAtLeast(count).Should().Be(n + 1);
            }
        }
    }
}
