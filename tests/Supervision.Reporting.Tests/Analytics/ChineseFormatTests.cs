using NodaTime;
using Supervision.Reporting.Analytics;
using Supervision.Reporting.Domain;
using Supervision.Reporting.Formatting;

namespace Supervision.Reporting.Tests.Analytics;

public sealed class ChineseFormatTests
{
    [Theory]
    [InlineData(0.7931, "79.3%")]
    [InlineData(0.0795, "8.0%")]
    [InlineData(0.99951, "100.0%")]
    [InlineData(1.0, "100.0%")]
    [InlineData(0.0, "0.0%")]
    [InlineData(0.5, "50.0%")]
    public void Percent_Fraction_OneDecimalHalfAwayFromZero(double fraction, string expected)
    {
        ChineseFormat.Percent(fraction).Should().Be(expected);
    }

    [Fact]
    public void Percent_TwoDecimals_KeepsTwo()
    {
        ChineseFormat.Percent(0.79314, 2).Should().Be("79.31%");
        ChineseFormat.Percent(2d / 3, 0).Should().Be("67%");
    }

    [Fact]
    public void Percent_NaN_Throws()
    {
        var act = () => ChineseFormat.Percent(double.NaN);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Date_ZhHansAndZhHantAndEnglish_WriteTheOfficialForms()
    {
        var date = new LocalDate(2022, 11, 30);

        ChineseFormat.Date(date).Should().Be("2022年11月30日");
        ChineseFormat.Date(new LocalDate(2022, 1, 5), Language.ZhHant).Should().Be("2022年1月5日");
        ChineseFormat.Date(date, Language.English).Should().Be("30 November 2022");
        ChineseFormat.MonthDay(date).Should().Be("11月30日");
        ChineseFormat.MonthDay(date, Language.English).Should().Be("30 November");
    }

    [Theory]
    [InlineData(3, CountUnit.Cases, "3起")]
    [InlineData(4, CountUnit.People, "4人")]
    [InlineData(5, CountUnit.Items, "5个")]
    [InlineData(12, CountUnit.Times, "12次")]
    [InlineData(9, CountUnit.PersonTimes, "9人次")]
    [InlineData(6, CountUnit.Pieces, "6件")]
    [InlineData(5, CountUnit.WorkingDays, "5个工作日")]
    public void Count_ZhHans_DigitsAndMeasureWord(int count, CountUnit unit, string expected)
    {
        ChineseFormat.Count(count, unit).Should().Be(expected);
    }

    [Fact]
    public void Count_ZhHantAndEnglish_UseTheirWords()
    {
        ChineseFormat.Count(5, CountUnit.Items, Language.ZhHant).Should().Be("5個");
        ChineseFormat.Count(1, CountUnit.Cases, Language.English).Should().Be("1 case");
        ChineseFormat.Count(3, CountUnit.Cases, Language.English).Should().Be("3 cases");
        ChineseFormat.Count(1, CountUnit.People, Language.English).Should().Be("1 person");
        ChineseFormat.Count(4, CountUnit.People, Language.English).Should().Be("4 people");
    }

    [Theory]
    [InlineData(0, "零")]
    [InlineData(1, "一")]
    [InlineData(10, "十")]
    [InlineData(11, "十一")]
    [InlineData(20, "二十")]
    [InlineData(23, "二十三")]
    [InlineData(100, "一百")]
    [InlineData(101, "一百零一")]
    [InlineData(110, "一百一十")]
    [InlineData(1005, "一千零五")]
    [InlineData(1050, "一千零五十")]
    [InlineData(10000, "一万")]
    [InlineData(10001, "一万零一")]
    [InlineData(100000, "十万")]
    [InlineData(110000, "十一万")]
    [InlineData(1000000, "一百万")]
    [InlineData(100000000, "一亿")]
    [InlineData(100010000, "一亿零一万")]
    [InlineData(123456789, "一亿二千三百四十五万六千七百八十九")]
    public void Numeral_Number_ChineseNumerals(int number, string expected)
    {
        ChineseFormat.Numeral(number).Should().Be(expected);
    }

    [Fact]
    public void Numeral_ZhHantAndEnglish_DifferOnlyWhereTheyShould()
    {
        ChineseFormat.Numeral(20000, Language.ZhHant).Should().Be("二萬");
        ChineseFormat.Numeral(11, Language.English).Should().Be("11");
    }

    [Fact]
    public void Numeral_Negative_Throws()
    {
        var act = () => ChineseFormat.Numeral(-1);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void CountInNumerals_Title_ChineseNumeralAndMeasureWord()
    {
        ChineseFormat.CountInNumerals(3, CountUnit.Cases).Should().Be("三起");
        ChineseFormat.CountInNumerals(11, CountUnit.People).Should().Be("十一人");
        ChineseFormat.CountInNumerals(3, CountUnit.Cases, Language.English).Should().Be("3 cases");
    }

    [Fact]
    public void HeadingNumbers_CaseNumbering_UseTheEnumerationComma()
    {
        ChineseFormat.HeadingNumber(1).Should().Be("一、");
        ChineseFormat.HeadingNumber(11).Should().Be("十一、");
        ChineseFormat.HeadingNumber(20).Should().Be("二十、");
        ChineseFormat.SubheadingNumber(2).Should().Be("（二）");
    }
}
