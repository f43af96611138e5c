using System.Globalization;
using System.Text;
using CsCheck;
using Supervision.Reporting.Analytics;
using Supervision.Reporting.Domain;
using Supervision.Reporting.Serialization;
using Supervision.Reporting.Tests.Cli;
using static Supervision.Reporting.Tests.Analytics.AnalyticsRounds;

namespace Supervision.Reporting.Tests.Robustness;

// Issue 10, class 10: every text field of `stats --format csv` is defused by the OWASP rule (a leading
// = + - @ tab or CR gets an apostrophe), codes and keys as much as labels; numbers stay numbers.
public sealed class CsvInjectionTests : IDisposable
{
    private const string Dangerous = "=+-@\t\r";

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("csv-injection-");

    public void Dispose() => _folder.Delete(recursive: true);

    private static readonly Gen<string> Hostile =
        Gen.Select(Gen.Char[Dangerous], Gen.Char["=@(aH"], Gen.String[Gen.Char["=+-@1234567890abcHYPERLINK(\"|!,\r\n\t "], 0, 12], (c, second, rest) => c + second.ToString() + rest);

    // Small() with its focus areas F1/F2 recoded and retitled, the findings following the codes.
    private static SupervisionRound WithFocusAreas(string code1, string title1, string code2, string title2)
    {
        var small = Small();
        return small with
        {
            FocusAreas = [new FocusArea { Code = code1, Title = title1 }, new FocusArea { Code = code2, Title = title2 }],
            Findings = [.. small.Findings.Select(f => f with { FocusAreaCode = f.FocusAreaCode == "F1" ? code1 : f.FocusAreaCode == "F2" ? code2 : f.FocusAreaCode })],
        };
    }

    // RFC 4180 records (quoted fields may hold commas, quotes and line breaks).
    private static List<List<string>> Parse(string csv)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < csv.Length; i++)
        {
            var c = csv[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < csv.Length && csv[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') { quoted = false; }
                else { field.Append(c); }
            }
            else if (c == '"') { quoted = true; }
            else if (c == ',') { record.Add(field.ToString()); field.Clear(); }
            else if (c == '\r' && i + 1 < csv.Length && csv[i + 1] == '\n') { record.Add(field.ToString()); field.Clear(); records.Add(record); record = []; i++; }
            else { field.Append(c); }
        }

        return records;
    }

    private static bool IsPlainNumber(string text) =>
        double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _);

    [Fact]
    public void StatisticsCsv_Serialize_GeneratedHostileCodesAndTitles_EveryTextFieldDefusedNumbersUntouched()
    {
        Gen.Select(Hostile, Hostile, Hostile, Hostile).Where(t => t.Item1 != t.Item3).Sample(t =>
        {
            var (code1, title1, code2, title2) = t;
            var round = WithFocusAreas(code1, title1, code2, title2);
            var stats = RoundAnalytics.Compute(round, AsOf);

            var records = Parse(StatisticsCsv.Serialize(stats, round, Language.English));

            records.Should().HaveCount(1 + Enum.GetValues<BreakdownDimension>().Sum(d => stats.BreakdownBy(d).Count));
            foreach (var record in records.Skip(1))
            {
                record.Should().HaveCount(12);
                foreach (var text in record.Take(4))
                {
                    if (text.Length > 0 && Dangerous.Contains(text[0], StringComparison.Ordinal))
                    {
                        text[0].Should().BeOneOf(['+', '-'], "only a signed number may start with a formula character");
                        IsPlainNumber(text).Should().BeTrue($"'{text}' would run as a formula");
                    }
                }

                foreach (var number in record.Skip(4).Where(n => n.Length > 0))
                {
                    IsPlainNumber(number).Should().BeTrue($"'{number}' is a count or a rate");
                    number.Should().NotStartWith("'");
                }
            }

            var focus = records.Where(r => r[0] == "focus-area").ToDictionary(r => r[2][1..], r => r[3][1..]);
            records.Where(r => r[0] == "focus-area").Should().OnlyContain(r => r[2].StartsWith('\'') && r[3].StartsWith('\''));
            focus.Should().ContainKey(code1).WhoseValue.Should().Be(title1);
            focus.Should().ContainKey(code2).WhoseValue.Should().Be(title2);
        }, iter: 200);
    }

    [Theory]
    [InlineData("-12", "-12")]
    [InlineData("+3.5", "+3.5")]
    [InlineData("-1+1", "'-1+1")]
    [InlineData("-", "'-")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\t=1", "'\t=1")]
    [InlineData("\r=1", "'\r=1")]
    [InlineData("全州县", "全州县")]
    public void StatisticsCsv_Defused_Field_OwaspRule(string text, string expected)
    {
        StatisticsCsv.Defused(text).Should().Be(expected);
    }

    [Fact]
    public void Stats_Command_HostileCodes_ExitZeroDefusedOnStdoutNoFileLeft()
    {
        var path = Path.Combine(_folder.FullName, "round.json");
        // Small() has measures without people (enough for statistics, not a valid round): drop them here.
        File.WriteAllText(path, RoundJson.Serialize(WithFocusAreas("=cmd|' /C calc'!A0", "+HYPERLINK(\"x\")", "@F2", "-2+3") with { Measures = [] }));

        var result = CliRunner.Run("stats", path, "--as-of", "2022-11-18", "--format", "csv", "--lang", "en");

        result.ExitCode.Should().Be(0, result.Error);
        result.Error.ShouldHaveNoStackTrace();
        result.Out.Should().Contain("focus-area,Focus area,'=cmd|' /C calc'!A0,\"'+HYPERLINK(\"\"x\"\")\",").And.Contain(",'@F2,'-2+3,");
        HostileInput.FilesIn(_folder).Should().Equal("round.json");
    }
}
