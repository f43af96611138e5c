using Supervision.Reporting.Serialization;
using Supervision.Reporting.Tests.Support;

namespace Supervision.Reporting.Tests.Cli;

public sealed class ValidateCommandTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory();

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public void Validate_ValidRound_ExitsZero()
    {
        var path = Write("ok.json", RoundJson.Serialize(TestRounds.Minimal()));

        var result = CliRunner.Run("validate", path);

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().Contain("valid: ok.json");
    }

    [Fact]
    public void Validate_FourProblems_ExitsOneAndListsThemWithPaths()
    {
        var json = RoundJson.Serialize(TestRounds.Minimal())
            .Replace("\"responsibleUnit\": \"huangshahe\"", "\"responsibleUnit\": \"nowhere\"", StringComparison.Ordinal)
            .Replace("\"deadline\": \"2022-11-21\"", "\"deadline\": \"2022-11-10\"", StringComparison.Ordinal)
            .Replace(",\n        \"closedOn\": \"2022-11-20\"", string.Empty, StringComparison.Ordinal)
            .Replace("\"authority\":", "\"authorty\": \"typo\", \"authority\":", StringComparison.Ordinal);
        var path = Write("bad.json", json);

        var result = CliRunner.Run("validate", path);

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain("$.findings[0].responsibleUnit")
            .And.Contain("$.findings[0].rectification.deadline")
            .And.Contain("$.findings[0].rectification.closedOn")
            .And.Contain("$.authorty");
        result.Error.Should().NotContain("   at ", "user errors get no stack trace");
    }

    [Fact]
    public void Validate_TruncatedFile_ExitsOneWithPosition()
    {
        var json = RoundJson.Serialize(TestRounds.Minimal());
        var path = Write("cut.json", json[..(json.Length * 2 / 3)]);

        var result = CliRunner.Run("validate", path);

        result.ExitCode.Should().Be(1);
        result.Error.Should().MatchRegex(@"\(line \d+, column \d+\)");
    }

    [Fact]
    public void Validate_MissingFile_ExitsTwo()
    {
        var result = CliRunner.Run("validate", Path.Combine(_folder.FullName, "absent.json"));

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("file not found");
    }

    [Fact]
    public void UnknownCommandOrOption_ExitsTwo()
    {
        CliRunner.Run("frobnicate").ExitCode.Should().Be(2);
        CliRunner.Run("validate").ExitCode.Should().Be(2);
        CliRunner.Run("validate", "x.json", "--bogus").ExitCode.Should().Be(2);
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(_folder.FullName, name);
        File.WriteAllText(path, content);
        return path;
    }
}
