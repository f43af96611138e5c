using System.Globalization;
using CsCheck;
using NodaTime;
using Supervision.Reporting.Tests.Cli;
using Supervision.Reporting.Tests.Rendering.Excel.Import;
using Supervision.Reporting.Tests.Support;

namespace Supervision.Reporting.Tests.Robustness;

// Issue 10, classes 2 and 14: one supported range of dates (1900-01-01..2099-12-31), checked where dates
// come in, with a message that names it; workingDays bounded; --as-of within ten years of the round's
// period or a usage error (exit 2) before anything is computed or written.
public sealed class FarDateTests : IDisposable
{
    private const string Range = "1900-01-01..2099-12-31";

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("far-dates-");

    public void Dispose() => _folder.Delete(recursive: true);

    // The minimal round's JSON with f001's deadline (2022-11-21) written as the given text.
    private static string WithDeadline(string text) =>
        RoundJson.Serialize(TestRounds.Minimal()).Replace("\"deadline\": \"2022-11-21\"", $"\"deadline\": \"{text}\"", StringComparison.Ordinal);

    private static readonly Gen<LocalDate> OutsideRange = Gen.OneOf(
        Gen.Int[1, 1899].SelectMany(y => Gen.Int[1, 12].Select(m => new LocalDate(y, m, 1))),
        Gen.Int[2100, 9999].SelectMany(y => Gen.Int[1, 12].Select(m => new LocalDate(y, m, 28))));

    private static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public void RoundJson_Parse_GeneratedDatesOutsideTheRange_OneErrorNamingTheRange()
    {
        RoundJson.Parse(WithDeadline("2022-11-21")).IsValid.Should().BeTrue("the edit point must be right, or the test proves nothing");
        OutsideRange.Sample(date =>
        {
            var result = RoundJson.Parse(WithDeadline(Iso(date)));

            var error = result.Report.Errors.Should().ContainSingle().Subject;
            error.Location.Path.Should().Be("$.findings[0].rectification.deadline");
            error.Message.Should().Contain($"outside the supported dates {Range}").And.NotContain("calendar");
        }, iter: 100);
    }

    [Theory]
    [InlineData("0001-01-01")]
    [InlineData("9999-12-31")]
    public void RoundJson_Parse_OfficeNoDeadlineAndYearOne_SaysTheRangeNotTheCalendar(string text)
    {
        var error = RoundJson.Parse(WithDeadline(text)).Report.Errors.Should().ContainSingle().Subject;

        error.Message.Should().Be($"'{text}' is outside the supported dates {Range}");
    }

    [Fact]
    public void RoundJson_Parse_NoSuchDay_SaysTheCalendar()
    {
        RoundJson.Parse(WithDeadline("2022-02-30")).Report.Errors.Should().ContainSingle()
            .Which.Message.Should().Contain("must exist in the calendar").And.Contain(Range);
    }

    [Fact]
    public void RoundValidator_Validate_GeneratedHugeWorkingDays_OneBoundedError()
    {
        Gen.Int[1001, int.MaxValue].Sample(days =>
        {
            var round = TestRounds.Minimal().WithRectification(r => r with { Deadline = null, WorkingDays = days });

            var errors = RoundValidator.Validate(round).Errors;

            errors.Should().ContainSingle().Which.Message.Should().Be($"workingDays is {days}; it must be at most 1000 (about four years)");
        }, iter: 50);
        RoundValidator.Validate(TestRounds.Minimal().WithRectification(r => r with { Deadline = null, WorkingDays = int.MaxValue })).Errors.Should().ContainSingle();
    }

    [Fact]
    public void Commands_GeneratedFarAsOf_UsageErrorExitTwoNoFileLeft()
    {
        var round = Path.Combine(_folder.FullName, "round.json");
        File.WriteAllText(round, RoundJson.Serialize(TestRounds.Minimal()));
        var returned = ReturnedWorkbook.FromLedger(LedgerImportTests.Ledger(TestRounds.Minimal(), TestRounds.D(11, 30))).SaveXlsx(_folder.FullName, "returned.xlsx");
        var output = Path.Combine(_folder.FullName, "out");
        var far = Gen.OneOf(
            Gen.Int[1, 1899].Select(y => new LocalDate(y, 1, 1)),
            Gen.Int[2033, 2099].Select(y => new LocalDate(y, 12, 30)),
            Gen.Int[1900, 2011].Select(y => new LocalDate(y, 6, 1)),
            Gen.Int[2100, 9999].Select(y => new LocalDate(y, 12, 31)),
            Gen.Const(new LocalDate(9999, 12, 30)));
        var commands = new Func<string, string[]>[]
        {
            asOf => ["stats", round, "--as-of", asOf],
            asOf => ["ledger", round, "-o", output, "--as-of", asOf],
            asOf => ["bulletin", round, "-o", output + ".pdf", "--as-of", asOf],
            asOf => ["import", round, returned, "-o", output, "--as-of", asOf],
        };
        Gen.Select(far, Gen.Int[0, commands.Length - 1]).Sample(t =>
        {
            var (date, command) = t;
            var result = CliRunner.Run(commands[command](Iso(date)));

            result.ExitCode.Should().Be(2, result.Error);
            result.Error.ShouldHaveNoStackTrace();
            result.Error.Should().Contain(date.Year is < 1900 or > 2099 ? $"outside the supported dates {Range}" : "too far from the round's period 2022-11-01..2022-11-30; give a date between 2012-11-01 and 2032-11-30");
            HostileInput.FilesIn(_folder).Should().Equal("returned.xlsx", "round.json");
        }, iter: 40);
    }

    [Theory]
    [InlineData("2012-11-01")]
    [InlineData("2032-11-30")]
    public void Stats_AsOfAtTheEdgeOfTheBound_Accepted(string asOf)
    {
        var round = Path.Combine(_folder.FullName, "round.json");
        File.WriteAllText(round, RoundJson.Serialize(TestRounds.Minimal()));

        CliRunner.Run("stats", round, "--as-of", asOf).ExitCode.Should().Be(0);
    }
}
