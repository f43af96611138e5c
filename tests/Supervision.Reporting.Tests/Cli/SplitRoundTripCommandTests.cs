using System.Text.Json;
using Supervision.Reporting.Domain;
using Supervision.Reporting.Serialization;
using Supervision.Reporting.Tests.Rendering.Excel.Import;
using Supervision.Reporting.Tests.Support;

namespace Supervision.Reporting.Tests.Cli;

// ledger --split-by, then import of the returned folder, as an office runs them.
public sealed class SplitRoundTripCommandTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory();

    public void Dispose() => _folder.Delete(recursive: true);

    private string PathOf(string name) => Path.Combine(_folder.FullName, name);

    [Fact]
    public void Ledger_SplitByResponsibleUnit_OneFilePerUnitAndTheManifest()
    {
        var result = CliRunner.Run("ledger", Example.Path, "--split-by", "responsible-unit", "-o", PathOf("sent"), "--as-of", "2022-11-30");

        result.ExitCode.Should().Be(0, result.Error);
        using var manifest = JsonDocument.Parse(File.ReadAllBytes(PathOf("sent/manifest.json")));
        var files = manifest.RootElement.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("file").GetString()!).ToList();
        files.Should().HaveCount(Example.Guilin.Findings.Where(f => f.IsViolation).Select(f => f.ResponsibleUnitId).Distinct().Count());
        Directory.EnumerateFiles(PathOf("sent"), "*.xlsx").Select(p => Path.GetFileName(p)).Should().BeEquivalentTo(files);
        result.Out.Should().Contain("05-").And.Contain("manifest.json");
    }

    [Fact]
    public void Import_ReturnedFolderWithConflictingReturns_WritesGoodChangesReportNamesFilesExitOne()
    {
        CliRunner.Run("ledger", Example.Path, "--split-by", "responsible-unit", "-o", PathOf("sent"), "--as-of", "2022-11-30").ExitCode.Should().Be(0);
        using var manifest = JsonDocument.Parse(File.ReadAllBytes(PathOf("sent/manifest.json")));
        string FileOf(string unit) => manifest.RootElement.GetProperty("files").EnumerateArray().Single(f => f.GetProperty("id").GetString() == unit).GetProperty("file").GetString()!;
        Directory.CreateDirectory(PathOf("returned"));
        var yongfu = ReturnedWorkbook.FromLedgerWithNotes(File.ReadAllBytes(PathOf("sent/" + FileOf("yongfu-health"))));
        yongfu.Set("f028", "整改状态", "整改中").Set("f028", "整改进展", "已制定方案").SaveXlsx(PathOf("returned"), "yongfu.xlsx");
        var lipu = ReturnedWorkbook.FromLedgerWithNotes(File.ReadAllBytes(PathOf("sent/" + FileOf("lipu-health"))));
        lipu.Set("f070", "整改进展", "方案一").SaveXlsx(PathOf("returned"), "lipu-1.xlsx");
        lipu.Set("f070", "整改进展", "方案二").SaveXlsx(PathOf("returned"), "lipu-2.xlsx");

        var result = CliRunner.Run("import", Example.Path, PathOf("returned"), "-o", PathOf("updated.json"), "--report", PathOf("changes.json"), "--as-of", "2022-12-05");

        result.ExitCode.Should().Be(1, "two files change f070 differently");
        result.Error.Should().Contain("conflict: error lipu-1.xlsx: ").And.Contain("conflict: error lipu-2.xlsx: ");
        var updated = RoundJson.ReadFile(PathOf("updated.json")).GetValueOrThrow();
        updated.FindFinding("f028")!.Rectification!.Status.Should().Be(RectificationStatus.InProgress);
        updated.FindFinding("f070").Should().Be(Example.Guilin.FindFinding("f070"));
        using var report = JsonDocument.Parse(File.ReadAllBytes(PathOf("changes.json")));
        report.RootElement.GetProperty("applied").EnumerateArray().Should().OnlyContain(c => c.GetProperty("file").GetString() == "yongfu.xlsx");
        report.RootElement.GetProperty("files").GetArrayLength().Should().Be(3);
    }
}
