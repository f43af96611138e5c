using System.Text.Json;
using Supervision.Reporting.Tests.Rendering.Bulletins;
using Supervision.Reporting.Tests.Rendering.Excel;
using Supervision.Reporting.Tests.Support;

namespace Supervision.Reporting.Tests.Cli;

public sealed class NoticesCommandTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory();

    public void Dispose() => _folder.Delete(recursive: true);

    private string Dir(string name = "notices") => Path.Combine(_folder.FullName, name);

    [Fact]
    public void Notices_GuilinAtItsLastDay_WritesOnePdfPerLateUnitAndTheManifest()
    {
        var result = CliRunner.Run("notices", Example.Path, "-o", Dir(), "--as-of", "2022-11-30");

        result.ExitCode.Should().Be(0, result.Error);
        var pdfs = Directory.GetFiles(Dir(), "*.pdf");
        pdfs.Should().HaveCount(4);
        result.Out.Should().Contain("manifest.json").And.Contain("reply by 2022-12-05");
        using var manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Dir(), "manifest.json")));
        manifest.RootElement.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("file").GetString())
            .Should().BeEquivalentTo(pdfs.Select(Path.GetFileName));
        new PdfReadBack(File.ReadAllBytes(pdfs[0])).Text.Should().Contain("关于督促落实问题整改的通知");
    }

    [Fact]
    public void Notices_DocxAndReplyBy_PassTheOptionsThrough()
    {
        var result = CliRunner.Run("notices", Example.Path, "-o", Dir(), "--as-of", "2022-11-30", "--reply-by", "2022-12-09", "--format", "docx", "--include-due-soon");

        result.ExitCode.Should().Be(0, result.Error);
        Directory.GetFiles(Dir(), "*.docx").Should().HaveCount(4);
        Directory.GetFiles(Dir(), "*.pdf").Should().BeEmpty();
        result.Out.Should().Contain("reply by 2022-12-09");
    }

    [Theory]
    [InlineData("--reply-by", "2022-11-29")]
    [InlineData("--reply-by", "09/12/2022")]
    [InlineData("--format", "odt")]
    [InlineData("--lang", "fr")]
    public void Notices_BadOption_IsAUsageErrorWithExitCode2_AndWritesNothing(string option, string value)
    {
        var result = CliRunner.Run("notices", Example.Path, "-o", Dir(), "--as-of", "2022-11-30", option, value);

        result.ExitCode.Should().Be(2, result.Error);
        Directory.Exists(Dir()).Should().BeFalse();
    }

    [Fact]
    public void Notices_OutputIsAFile_IsAUsageError()
    {
        var file = Path.Combine(_folder.FullName, "x.pdf");
        File.WriteAllText(file, "x");

        CliRunner.Run("notices", Example.Path, "-o", file).ExitCode.Should().Be(2);
    }

    [Fact]
    public void Notices_InvalidRound_ExitsWith1_AndWritesNothing()
    {
        var round = Path.Combine(_folder.FullName, "bad.json");
        File.WriteAllText(round, File.ReadAllText(Example.Path).Replace("\"responsibleUnit\": \"quanzhou-health\"", "\"responsibleUnit\": \"nowhere\"", StringComparison.Ordinal));

        var result = CliRunner.Run("notices", round, "-o", Dir(), "--as-of", "2022-11-30");

        result.ExitCode.Should().Be(1, result.Out + result.Error);
        result.Error.Should().Contain("responsibleUnit");
        Directory.Exists(Dir()).Should().BeFalse();
    }

    [Fact]
    public void Notices_Help_DescribesTheCommand()
    {
        var result = CliRunner.Run("notices", "--help");

        result.ExitCode.Should().Be(0);
        result.Out.Should().Contain("督办通知").And.Contain("--reply-by").And.Contain("--include-due-soon").And.Contain("--spec");
    }

    [Fact]
    public void Ledger_OfficeFields_AddsTheOfficeColumns()
    {
        var xlsx = Path.Combine(_folder.FullName, "ledger.xlsx");

        var result = CliRunner.Run("ledger", Example.Path, "-o", xlsx, "--as-of", "2022-11-30", "--office-fields");

        result.ExitCode.Should().Be(0, result.Error);
        LedgerReader.Headers(File.ReadAllBytes(xlsx)).Should().Contain(["分管领导", "牵头科室", "佐证材料", "验收人", "验收日期"]);
    }
}
