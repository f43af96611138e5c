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
        var notices = Path.Combine(output, "guilin-2022-11-notices");
        Directory.GetFiles(notices, "*.pdf").Select(Path.GetFileName).Should().BeEquivalentTo(
            ["07-象山区疫情防控指挥部办公室.pdf", "33-永福县卫生健康局.pdf", "37-龙胜各族自治县龙胜镇.pdf", "45-资源县交通运输局.pdf"]);
        File.Exists(Path.Combine(notices, "manifest.json")).Should().BeTrue();
        result.Out.Should().Contain(json);
    }
}
