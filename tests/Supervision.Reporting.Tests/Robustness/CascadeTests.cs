using System.Text.Json.Nodes;
using CsCheck;
using Supervision.Reporting.Tests.Cli;
using Supervision.Reporting.Tests.Support;

namespace Supervision.Reporting.Tests.Robustness;

// Issue 10, class 14: messages that mislead. A date outside the supported range is told so (not "does not exist
// in the calendar"), and one bad period is one problem, not one warning per dated value compared with it.
public sealed class CascadeTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("cascade-");

    public void Dispose() => _folder.Delete(recursive: true);

    private static string WithPeriod(string? start, string? end)
    {
        var round = JsonNode.Parse(File.ReadAllText(Example.Path))!;
        if (start is not null)
        {
            round["period"]!["start"] = start;
        }

        if (end is not null)
        {
            round["period"]!["end"] = end;
        }

        return round.ToJsonString();
    }

    [Fact]
    public void RoundJson_Parse_GeneratedBadPeriods_ExactlyOneProblem()
    {
        var badDate = Gen.OneOf(
            Gen.Int[1, 1899].Select(y => $"{y:0000}-01-01"),
            Gen.Int[2100, 9999].Select(y => $"{y:0000}-12-31"),
            Gen.Int[13, 99].Select(m => $"2022-{m}-01"),
            Gen.Const("2022-02-30"),
            Gen.Const("0001-01-01"));
        var reversed = Gen.Int[1, 29].Select(d => (Start: "2022-11-30", End: $"2022-11-{d:00}"));
        Gen.OneOf(
            badDate.Select(d => (Start: (string?)d, End: (string?)null)),
            badDate.Select(d => (Start: (string?)null, End: (string?)d)),
            reversed.Select(r => (Start: (string?)r.Start, End: (string?)r.End))).Sample(period =>
        {
            var result = RoundJson.Parse(WithPeriod(period.Start, period.End));

            result.Report.Diagnostics.Should().ContainSingle($"{period} is one problem").Which.Location.Path.Should().StartWith("$.period");
            var date = period.End is { } end && period.Start != "2022-11-30" ? end : period.Start!;
            var message = result.Report.Diagnostics[0].Message;
            if (date.StartsWith("2022-", StringComparison.Ordinal))
            {
                message.Should().MatchRegex("not a valid date|is before start");
            }
            else
            {
                message.Should().Be($"'{date}' is outside the supported dates 1900-01-01..2099-12-31", "a real date outside the range is not said not to exist");
            }
        }, iter: 40);
    }

    [Fact]
    public void Validate_Command_YearOne_StatesTheSupportedRange()
    {
        var file = Path.Combine(_folder.FullName, "round.json");
        File.WriteAllText(file, WithPeriod("0001-01-01", null));

        var result = CliRunner.Run("validate", file);

        result.ExitCode.Should().Be(1);
        result.Error.ShouldHaveNoStackTrace();
        result.Error.Should().Contain("'0001-01-01' is outside the supported dates 1900-01-01..2099-12-31").And.NotContain("calendar");
        result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().ContainSingle();
    }
}
