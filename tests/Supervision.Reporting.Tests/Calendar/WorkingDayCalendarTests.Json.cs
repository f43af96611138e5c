using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Supervision.Reporting.Calendar;

namespace Supervision.Reporting.Tests.Calendar;

/// <summary>Reading schedules: the embedded data loses nothing; bad input is reported with its place.</summary>
public sealed partial class WorkingDayCalendarTests
{
    [Theory]
    // Counts from reference/china-holidays.README.txt, per notice year: off days, adjusted working days.
    [InlineData("2019", 24, 7)]
    [InlineData("2020", 30, 6)]
    [InlineData("2021", 31, 7)]
    [InlineData("2022", 31, 7)]
    [InlineData("2023", 27, 7)]
    [InlineData("2024", 28, 8)]
    [InlineData("2025", 28, 5)]
    [InlineData("2026", 33, 6)]
    public void ReadJson_EachEmbeddedNoticeYear_KeepsEveryDate(string year, int offCount, int workCount)
    {
        // Each year of the embedded file alone, through the loader.
        JsonNode yearNode = JsonNode.Parse(ReadEmbeddedText())!["years"]![year]!;
        string single = new JsonObject { ["years"] = new JsonObject { [year] = yearNode.DeepClone() } }.ToJsonString();

        WorkingDayCalendar calendar = WorkingDayCalendar.ParseJson(single).GetValueOrThrow();

        calendar.OffDays.Should().HaveCount(offCount);
        calendar.WorkDays.Should().HaveCount(workCount);
        calendar.CoveredYears.Should().Equal(int.Parse(year, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void China_EmbeddedData_KeepsEveryDateOfAllYears()
    {
        // 24+30+31+31+27+28+28+33 off days and 7+6+7+7+7+8+5+6 working days; no date is in two notices.
        China.OffDays.Should().HaveCount(232).And.BeEquivalentTo(Raw.Value.OffDays);
        China.WorkDays.Should().HaveCount(53).And.BeEquivalentTo(Raw.Value.WorkDays);
    }

    [Fact]
    public void China_AdjustedWorkingDays_AreAllWeekendsAndWorking()
    {
        foreach (NodaTime.LocalDate date in China.WorkDays)
        {
            date.DayOfWeek.Should().BeOneOf(NodaTime.IsoDayOfWeek.Saturday, NodaTime.IsoDayOfWeek.Sunday);
            China.IsWorkingDay(date).Should().BeTrue();
        }
    }

    [Fact]
    public void China_ConcurrentFirstUse_YieldsOneInstance()
    {
        WorkingDayCalendar[] seen = new WorkingDayCalendar[8];
        Parallel.For(0, seen.Length, i => seen[i] = WorkingDayCalendar.China);

        seen.Should().AllSatisfy(calendar => calendar.Should().BeSameAs(China));
    }

    [Fact]
    public void ReadJson_Stream_ReadsFormatAndIgnoresSource()
    {
        const string Json = """
            {"source": "a test", "years": {"2027": {"offDays": ["2027-01-01"], "workDays": ["2026-12-26"]}}}
            """;
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(Json));

        WorkingDayCalendar calendar = WorkingDayCalendar.ReadJson(stream).GetValueOrThrow();

        calendar.CoveredYears.Should().Equal(2027);
        calendar.IsWorkingDay(D(2027, 1, 1)).Should().BeFalse();
        calendar.IsWorkingDay(D(2026, 12, 26)).Should().BeTrue();
    }

    [Fact]
    public void ReadJson_MissingLists_AreEmpty()
    {
        WorkingDayCalendar calendar = WorkingDayCalendar.ParseJson("""{"years": {"2030": {}}}""").GetValueOrThrow();

        calendar.CoveredYears.Should().Equal(2030);
        calendar.CountWorkingDays(D(2029, 12, 31), D(2030, 12, 31)).Should().Be(261);
    }

    [Fact]
    public void ParseJson_NotJson_ReportsSyntaxErrorWithPosition()
    {
        var result = WorkingDayCalendar.ParseJson("{\"years\": {\"2027\": [}");

        var error = result.Report.Errors.Should().ContainSingle().Subject;
        error.Code.Should().Be("syntax");
        error.Location.Line.Should().Be(1);
        error.Message.Should().Contain("not valid JSON");
        FluentActions.Invoking(result.GetValueOrThrow).Should().Throw<InvalidInputException>();
    }

    [Theory]
    [InlineData("""[1, 2]""", "*$: expected a JSON object*found an array")]
    [InlineData("""{"source": "x"}""", "*$: the \"years\" property is missing*")]
    [InlineData("""{"years": []}""", "*$.years: expected an object keyed by year*")]
    [InlineData("""{"years": {"27": {}}}""", "*$.years['27']: the year key must be a four-digit year*")]
    [InlineData("""{"years": {"2027": []}}""", "*$.years['2027']: expected an object*")]
    [InlineData("""{"years": {"2027": {"offdays": []}}}""", "*$.years['2027'].offdays: unknown property*")]
    [InlineData("""{"years": {"2027": {"offDays": "2027-01-01"}}}""", "*$.years['2027'].offDays: expected an array*")]
    [InlineData("""{"years": {"2027": {"offDays": ["2027-01-01", "2027-02-30"]}}}""", "*$.years['2027'].offDays[1]: \"2027-02-30\" is not a date*")]
    [InlineData("""{"years": {"2027": {"workDays": [20270206]}}}""", "*$.years['2027'].workDays[0]: expected a date string*found a number*")]
    [InlineData("""{"years": {"2027": {"offDays": ["2028-01-01"]}}}""", "*$.years['2027'].offDays[0]: 2028-01-01 is outside the notice year 2027*")]
    [InlineData("""{"years": {"2027": {"offDays": ["2027-02-06"], "workDays": ["2027-02-06"]}}}""", "*$.years['2027'].offDays[0]: 2027-02-06 is listed both as an off day and as a working day (at $.years['2027'].workDays[0])*")]
    [InlineData("""{"years": {"2027": {}, "2027": {}}}""", "*$.years['2027']: year 2027 appears more than once*")]
    public void ParseJson_Malformed_ReportsTheProblemAtItsPlace(string json, string expectedMessage)
    {
        var result = WorkingDayCalendar.ParseJson(json);

        result.IsValid.Should().BeFalse();
        result.Value.Should().BeNull();
        result.Report.Errors.Select(e => e.ToString()).Should().Contain(line => MatchesWildcard(line, expectedMessage));
    }

    private static bool MatchesWildcard(string text, string pattern) =>
        System.Text.RegularExpressions.Regex.IsMatch(
            text,
            "^" + System.Text.RegularExpressions.Regex.Escape(pattern).Replace("\\*", ".*", StringComparison.Ordinal) + "$",
            System.Text.RegularExpressions.RegexOptions.Singleline);

    [Fact]
    public void ParseJson_SeveralProblems_ReportsAllAtOnce()
    {
        const string Json = """{"years": {"2027": {"offDays": ["2027-13-01"], "workDays": ["x"]}, "1x": {}}}""";

        var report = WorkingDayCalendar.ParseJson(Json).Report;

        report.Errors.Select(e => e.Location.Path).Should().BeEquivalentTo("$.years['2027'].offDays[0]", "$.years['2027'].workDays[0]", "$.years['1x']");
        report.ToString().Should().Contain("2027-13-01").And.Contain("\"x\"");
    }

    [Fact]
    public void ParseJson_Null_Throws()
    {
        Action text = () => WorkingDayCalendar.ParseJson((string)null!);
        Action stream = () => WorkingDayCalendar.ReadJson((Stream)null!);

        text.Should().Throw<ArgumentNullException>();
        stream.Should().Throw<ArgumentNullException>();
    }
}
