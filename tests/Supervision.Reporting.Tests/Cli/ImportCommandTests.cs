using NodaTime;
using NodaTime.Testing;
using Supervision.Reporting.Cli;
using Supervision.Reporting.Domain;
using Supervision.Reporting.Serialization;
using Supervision.Reporting.Tests.Rendering.Excel.Import;
using Supervision.Reporting.Tests.Support;
using static Supervision.Reporting.Tests.Support.TestRounds;

namespace Supervision.Reporting.Tests.Cli;

public sealed class ImportCommandTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory();

    public void Dispose() => _folder.Delete(recursive: true);

    private string PathOf(string name) => Path.Combine(_folder.FullName, name);

    private static CliResult RunAt(Instant now, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = CommandLine.Run(args, stdout, stderr, new FakeClock(now));
        return new CliResult(code, stdout.ToString(), stderr.ToString());
    }

    // The Guilin ledger as of 11-30 with one good edit (f015 → in progress) and, when asked, one rejected row.
    private string Returned(bool withRejectedRow, string name = "returned.xlsx")
    {
        var book = ReturnedWorkbook.FromLedger(LedgerImportTests.Ledger(Example.Guilin, D(11, 30)))
            .Set("f015", "整改状态", "整改中").Set("f015", "整改进展", "已制定整改方案");
        if (withRejectedRow)
        {
            book.Set("f028", "整改状态", "已销号");
        }

        return book.SaveXlsx(_folder.FullName, name);
    }

    [Fact]
    public void Import_GoodRows_WritesTheUpdatedRoundAndReportExitZero()
    {
        var result = CliRunner.Run("import", Example.Path, Returned(false), "-o", PathOf("updated.json"), "--report", PathOf("changes.json"), "--as-of", "2022-12-05");

        result.ExitCode.Should().Be(0, result.Error);
        var updated = RoundJson.ReadFile(PathOf("updated.json")).GetValueOrThrow();
        updated.FindFinding("f015")!.Rectification!.Progress[^1].Should().Be(new ProgressEntry { Date = D(12, 5), Status = RectificationStatus.InProgress, Note = "已制定整改方案" });
        using var report = System.Text.Json.JsonDocument.Parse(File.ReadAllText(PathOf("changes.json")));
        report.RootElement.GetProperty("changedFindings").GetInt32().Should().Be(1);
        result.Out.Should().Contain("findings changed").And.Contain("f015");
        result.Out.Should().NotContain("已制定整改方案", "free text may name people; the table shows its length");
    }

    [Fact]
    public void Import_RejectedRow_GoodRowsStillWrittenProblemsOnStderrExitOne()
    {
        var result = CliRunner.Run("import", Example.Path, Returned(true), "-o", PathOf("updated.json"), "--as-of", "2022-12-05");

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain("rejected:").And.Contain("(f028)");
        var updated = RoundJson.ReadFile(PathOf("updated.json")).GetValueOrThrow();
        updated.FindFinding("f015")!.Rectification!.Status.Should().Be(RectificationStatus.InProgress);
        updated.FindFinding("f028").Should().Be(Example.Guilin.FindFinding("f028"));
    }

    [Fact]
    public void Import_RejectedRowStrict_NoRoundWrittenExitOne()
    {
        var result = CliRunner.Run("import", Example.Path, Returned(true), "-o", PathOf("updated.json"), "--strict", "--report", PathOf("changes.json"), "--as-of", "2022-12-05");

        result.ExitCode.Should().Be(1);
        File.Exists(PathOf("updated.json")).Should().BeFalse();
        File.Exists(PathOf("changes.json")).Should().BeTrue("the report says why nothing was written");
    }

    [Fact]
    public void Import_DryRun_WritesNothing()
    {
        var result = CliRunner.Run("import", Example.Path, Returned(false), "-o", PathOf("updated.json"), "--report", PathOf("changes.json"), "--dry-run", "--as-of", "2022-12-05");

        result.ExitCode.Should().Be(0, result.Error);
        _folder.GetFiles("*.json").Should().BeEmpty();
        result.Out.Should().Contain("findings changed");
    }

    [Fact]
    public void Import_LegacyXls_Read()
    {
        var xls = Path.Combine(AppContext.BaseDirectory, "Fixtures", "returned-guilin-ledger.xls");

        var result = CliRunner.Run("import", Example.Path, xls, "--dry-run", "--as-of", "2022-12-05");

        result.ExitCode.Should().Be(1, "the fixture has rejected rows");
        result.Error.Should().Contain("(f035)").And.Contain("2022-02-30");
        result.Error.Should().NotContain("   at ");
    }

    [Fact]
    public void Import_UnreadableWorkbook_ExitTwoNoStackTrace()
    {
        File.WriteAllText(PathOf("returned.xlsx"), "not a workbook");

        var result = CliRunner.Run("import", Example.Path, PathOf("returned.xlsx"), "-o", PathOf("updated.json"));

        result.ExitCode.Should().Be(2);
        result.Error.Should().StartWith("error: returned.xlsx:");
        result.Error.Should().NotContain("   at ");
        File.Exists(PathOf("updated.json")).Should().BeFalse();
    }

    [Fact]
    public void Import_MissingFileOrOutput_ExitTwo()
    {
        CliRunner.Run("import", Example.Path, PathOf("nope.xlsx"), "-o", PathOf("updated.json")).ExitCode.Should().Be(2);
        CliRunner.Run("import", Example.Path, Returned(false)).ExitCode.Should().Be(2);
        CliRunner.Run("import", Example.Path, Returned(false), "-o", PathOf("u.json"), "--as-of", "30/11/2022").ExitCode.Should().Be(2);
    }

    [Fact]
    public void Import_NoAsOf_ProgressDatedTodayInTheRoundsTimeZone()
    {
        // 2022-12-05 20:00 UTC is already 12-06 in Asia/Shanghai.
        var result = RunAt(Instant.FromUtc(2022, 12, 5, 20, 0), "import", Example.Path, Returned(false), "-o", PathOf("updated.json"));

        result.ExitCode.Should().Be(0, result.Error);
        RoundJson.ReadFile(PathOf("updated.json")).GetValueOrThrow().FindFinding("f015")!.Rectification!.Progress[^1].Date.Should().Be(D(12, 6));
    }

    [Fact]
    public void Import_FooterRowWithANameInTheIdColumn_StderrNamesTheCellNotThePerson()
    {
        var path = ReturnedWorkbook.FromLedger(LedgerImportTests.Ledger(Example.Guilin, D(11, 30)))
            .AddRow(("问题编号", "填表人：张某某")).SaveXlsx(_folder.FullName, "footer.xlsx");

        var result = CliRunner.Run("import", Example.Path, path, "--dry-run", "--as-of", "2022-12-05");

        // A row whose id matches no finding is a row not applied: exit 1 (issue 10, class 7).
        result.ExitCode.Should().Be(1, result.Error);
        result.Error.Should().Contain("unknown: 整改台账!B72");
        (result.Out + result.Error).Should().NotContain("张某某");
    }
}
