using NodaTime;
using Supervision.Reporting.Domain;
using Supervision.Reporting.Rendering.Excel.Import;

namespace Supervision.Reporting.Tests.Rendering.Excel.Import;

public sealed class CellValuesTests
{
    private static readonly DateInterval November = new(new LocalDate(2022, 11, 1), new LocalDate(2022, 11, 30));

    private static readonly DateInterval NewYear = new(new LocalDate(2022, 12, 15), new LocalDate(2023, 1, 15));

    [Theory]
    [InlineData("2022-11-18")]
    [InlineData("2022/11/18")]
    [InlineData("2022.11.18")]
    [InlineData("2022年11月18日")]
    [InlineData("11月18日")]
    [InlineData(" 2022-11-18 ")]
    [InlineData("2022-11-18 00:00:00")]
    [InlineData("２０２２年１１月１８日")]
    [InlineData("2022 年 11 月 18 日")]
    [InlineData("20221118")]
    public void CellValues_TryDate_SupportedText_TheDate(string text)
    {
        CellValues.TryDate(text, November, out var date, out var error).Should().BeTrue(error);
        date.Should().Be(new LocalDate(2022, 11, 18));
    }

    [Fact]
    public void CellValues_TryDate_ExcelDateOrSerialNumber_TheDate()
    {
        CellValues.TryDate(new DateTime(2022, 11, 18, 15, 30, 0), November, out var fromDate, out _).Should().BeTrue();
        CellValues.TryDate(44883.0, November, out var fromSerial, out _).Should().BeTrue();

        fromDate.Should().Be(new LocalDate(2022, 11, 18));
        fromSerial.Should().Be(new LocalDate(2022, 11, 18));
    }

    [Theory]
    [InlineData("12月28日", 2022)]
    [InlineData("1月5日", 2023)]
    [InlineData("2月3日", 2023)]
    [InlineData("11月30日", 2022)]
    public void CellValues_TryDate_MonthDayAcrossNewYear_YearNearestThePeriod(string text, int year)
    {
        CellValues.TryDate(text, NewYear, out var date, out _).Should().BeTrue();
        date!.Value.Year.Should().Be(year);
    }

    [Fact]
    public void CellValues_TryDate_MonthDayAfterANovemberRound_NextYearWhenNearer()
    {
        CellValues.TryDate("2月3日", November, out var date, out _).Should().BeTrue();
        date.Should().Be(new LocalDate(2023, 2, 3));
    }

    [Theory]
    [InlineData("2022-02-30")]
    [InlineData("2022年13月1日")]
    [InlineData("2月30日")]
    [InlineData("2022/11/31")]
    public void CellValues_TryDate_ImpossibleDate_ErrorQuotingIt(string text)
    {
        CellValues.TryDate(text, November, out _, out var error).Should().BeFalse();
        error.Should().Contain(text).And.Contain("not a valid date");
    }

    [Fact]
    public void CellValues_TryDate_FreeText_ErrorWithoutEchoingIt()
    {
        CellValues.TryDate("张三说下周完成", November, out _, out var error).Should().BeFalse();
        error.Should().NotContain("张三");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void CellValues_TryDate_Blank_NoDateNoError(string? text)
    {
        CellValues.TryDate(text, November, out var date, out var error).Should().BeTrue();
        date.Should().BeNull();
        error.Should().BeNull();
    }

    [Theory]
    [InlineData("已销号", RectificationStatus.Closed)]
    [InlineData("已銷號", RectificationStatus.Closed)]
    [InlineData("In progress", RectificationStatus.InProgress)]
    [InlineData("in progress", RectificationStatus.InProgress)]
    [InlineData("rectified", RectificationStatus.Rectified)]
    [InlineData(" 未整改 ", RectificationStatus.Open)]
    public void CellValues_TryStatus_LabelInAnyLanguageOrCode_TheStatus(string text, RectificationStatus expected)
    {
        CellValues.TryStatus(text, out var status).Should().BeTrue();
        status.Should().Be(expected);
    }

    [Fact]
    public void CellValues_Text_CrLfAndSurroundingSpace_LfTrimmed()
    {
        CellValues.Text(" 第一行\r\n第二行\r第三行 ").Should().Be("第一行\n第二行\n第三行");
        CellValues.Text(1001.0).Should().Be("1001");
    }
}
