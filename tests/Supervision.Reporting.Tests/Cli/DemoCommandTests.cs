using Supervision.Reporting.Serialization;
using Supervision.Reporting.Tests.Support;

namespace Supervision.Reporting.Tests.Cli;

public sealed class DemoCommandTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory();

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public void Demo_WritesTheExampleRound()
    {
        var output = Path.Combine(_folder.FullName, "out");

        var result = CliRunner.Run("demo", "-o", output);

        result.ExitCode.Should().Be(0, result.Error);
        var json = Path.Combine(output, "guilin-2022-11.json");
        File.ReadAllBytes(json).Should().Equal(File.ReadAllBytes(Example.Path));
        File.Exists(Path.Combine(output, "guilin-2022-11-typical-cases.pdf")).Should().BeTrue();
        RoundJson.ReadFile(json).IsValid.Should().BeTrue();
        result.Out.Should().Contain(json);
    }
}
