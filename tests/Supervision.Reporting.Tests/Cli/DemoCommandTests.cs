using Supervision.Reporting.Serialization;
using Supervision.Reporting.Tests.Rendering.Bulletins;
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
        new PdfReadBack(File.ReadAllBytes(Path.Combine(output, "guilin-2022-11-statistics.pdf"))).Text.Should().Contain("关于疫情防控专项监督工作情况的通报").And.Contain("截至11月30日");
        new PdfReadBack(File.ReadAllBytes(Path.Combine(output, "guilin-2022-11-daily-2022-11-17.pdf"))).Text.Should().Contain("第5期").And.Contain("疫情防控专项监督工作日报");
        RoundJson.ReadFile(json).IsValid.Should().BeTrue();
        result.Out.Should().Contain(json);
    }
}
