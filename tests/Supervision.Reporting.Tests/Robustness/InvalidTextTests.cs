using CsCheck;
using Supervision.Reporting.Tests.Cli;
using Supervision.Reporting.Tests.Support;

namespace Supervision.Reporting.Tests.Robustness;

// Issue 10, class 1: a JSON string that is no text (an escaped lone surrogate) is one problem with its
// JSON path and position, not an unhandled exception.
public sealed class InvalidTextTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("invalid-text-");

    public void Dispose() => _folder.Delete(recursive: true);

    private static readonly string Json = RoundJson.Serialize(TestRounds.Minimal());

    // The round's title written as prefix + a lone surrogate escape + suffix.
    private static string WithTitle(string escaped)
    {
        var title = TestRounds.Minimal().Title;
        var key = $"\"title\": \"{title}\"";
        Json.Should().Contain(key, "the edit point must exist, or the test proves nothing");
        return Json.Replace(key, $"\"title\": \"{escaped}\"", StringComparison.Ordinal);
    }

    private static readonly Gen<string> LoneSurrogate =
        Gen.Select(Gen.String[Gen.Char["abc桂林"], 0, 5], Gen.Int[0xD800, 0xDFFF], Gen.String[Gen.Char["xyz督查"], 0, 5], Gen.Bool)
            .Select(t => t.Item1 + (t.Item4 ? $"\\u{t.Item2:x4}" : $"\\u{t.Item2:X4}") + t.Item3);

    [Fact]
    public void RoundJson_Parse_GeneratedLoneSurrogates_OneProblemWithPathAndPosition()
    {
        LoneSurrogate.Sample(title =>
        {
            var result = RoundJson.Parse(WithTitle(title));

            var error = result.Report.Errors.Should().ContainSingle().Subject;
            error.Code.Should().Be("encoding");
            error.Location.Path.Should().Be("$.title");
            error.Location.Line.Should().NotBeNull();
            error.Location.Column.Should().NotBeNull();
        }, iter: 100);
    }

    [Fact]
    public void Validate_Command_LoneSurrogate_ExitOneNoStackTrace()
    {
        var path = Path.Combine(_folder.FullName, "round.json");
        File.WriteAllText(path, WithTitle("桂林\\ud800"));

        var result = CliRunner.Run("validate", path);

        result.ExitCode.Should().Be(1);
        result.Error.ShouldHaveNoStackTrace();
        (result.Out + result.Error).Should().Contain("$.title").And.Contain("lone surrogate");
        HostileInput.FilesIn(_folder).Should().Equal("round.json");
    }

    [Fact]
    public void BulletinSpecJson_Parse_LoneSurrogateInCaseIds_OneProblemAtTheItem()
    {
        var result = BulletinSpecJson.Parse("""{ "caseIds": ["f001", "f\udc00"] }""");

        result.Report.Errors.Should().ContainSingle().Which.Location.Path.Should().Be("$.caseIds[1]");
    }
}
