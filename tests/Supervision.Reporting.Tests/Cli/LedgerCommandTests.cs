using NodaTime;
using NodaTime.Testing;
using Supervision.Reporting.Cli;
using Supervision.Reporting.Cli.Commands;
using Supervision.Reporting.Serialization;
using Supervision.Reporting.Tests.Rendering.Excel;
using Supervision.Reporting.Tests.Support;

namespace Supervision.Reporting.Tests.Cli;

public sealed class LedgerCommandTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory();

    public void Dispose() => _folder.Delete(recursive: true);

    private string Out(string name = "ledger.xlsx") => Path.Combine(_folder.FullName, name);

    private static CliResult RunAt(Instant now, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = CommandLine.Run(args, stdout, stderr, new FakeClock(now));
        return new CliResult(code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Ledger_GuilinExample_WritesAValidWorkbookAndPrintsItsPath()
    {
        var result = CliRunner.Run("ledger", Example.Path, "-o", Out(), "--as-of", "2022-11-30");

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Trim().Should().Be(Out());
        var bytes = File.ReadAllBytes(Out());
        LedgerReader.ValidationErrors(bytes).Should().BeEmpty();
        LedgerReader.DetailRows(bytes).Should().HaveCount(68);
    }

    [Fact]
    public void Ledger_PublicEnglishA3_PassesTheOptionsThrough()
    {
        var result = CliRunner.Run("ledger", Example.Path, "-o", Out(), "--as-of", "2022-11-30", "--audience", "public", "--lang", "en", "--paper", "A3");

        result.ExitCode.Should().Be(0, result.Error);
        var bytes = File.ReadAllBytes(Out());
        LedgerReader.Read(bytes)[0].Name.Should().Be("Ledger");
        LedgerReader.Str(LedgerReader.Read(bytes)[0].Rows[1][0]).Should().Be("As of 2022-11-30 (public edition)");
        LedgerReader.Parts(bytes)["xl/worksheets/sheet1.xml"].Should().Contain("paperSize=\"8\"");
    }

    [Fact]
    public void Ledger_NoAsOf_DefaultsToThePeriodEndOnceTheRoundIsOver()
    {
        var result = RunAt(Instant.FromUtc(2026, 11, 28, 12, 0), "ledger", Example.Path, "-o", Out());

        result.ExitCode.Should().Be(0, result.Error);
        LedgerReader.Str(LedgerReader.Read(File.ReadAllBytes(Out()))[0].Rows[1][0]).Should().Be("截至2022年11月30日");
    }

    [Fact]
    public void Ledger_NoAsOf_DefaultsToTodayInShanghaiDuringTheRound()
    {
        // 2022-11-20 17:00 UTC is already 11-21 in Asia/Shanghai.
        var today = Instant.FromUtc(2022, 11, 20, 17, 0);

        RunAt(today, "ledger", Example.Path, "-o", Out()).ExitCode.Should().Be(0);

        LedgerReader.Str(LedgerReader.Read(File.ReadAllBytes(Out()))[0].Rows[1][0]).Should().Be("截至2022年11月21日");
        Example.Guilin.DefaultAsOf(new FakeClock(today)).Should().Be(new LocalDate(2022, 11, 21));
    }

    [Fact]
    public void Ledger_InvalidRound_ExitsOneListsProblemsAndWritesNothing()
    {
        var json = RoundJson.Serialize(TestRounds.Minimal())
            .Replace("\"responsibleUnit\": \"huangshahe\"", "\"responsibleUnit\": \"nowhere\"", StringComparison.Ordinal);
        var round = Path.Combine(_folder.FullName, "bad.json");
        File.WriteAllText(round, json);

        var result = CliRunner.Run("ledger", round, "-o", Out());

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain("$.findings[0].responsibleUnit").And.NotContain("   at ");
        _folder.GetFiles("*.xlsx").Should().BeEmpty();
        _folder.GetFiles(".*").Should().BeEmpty("no temporary file is left behind");
    }

    [Theory]
    [InlineData("--as-of", "2022-13-01")]
    [InlineData("--lang", "fr")]
    [InlineData("--audience", "everyone")]
    [InlineData("--paper", "Letter")]
    public void Ledger_BadOption_ExitsTwoAndWritesNothing(string option, string value)
    {
        var result = CliRunner.Run("ledger", Example.Path, "-o", Out(), option, value);

        result.ExitCode.Should().Be(2);
        result.Error.Should().NotBeEmpty();
        _folder.GetFiles().Should().BeEmpty();
    }

    [Fact]
    public void Ledger_MissingRoundOrOutput_ExitsTwo()
    {
        CliRunner.Run("ledger", Path.Combine(_folder.FullName, "none.json"), "-o", Out()).ExitCode.Should().Be(2);
        CliRunner.Run("ledger", Example.Path).ExitCode.Should().Be(2);
        _folder.GetFiles().Should().BeEmpty();
    }

    [Fact]
    public void Ledger_OutputFolderMissing_ExitsTwoWithoutAStackTrace()
    {
        var result = CliRunner.Run("ledger", Example.Path, "-o", Path.Combine(_folder.FullName, "no", "such", "ledger.xlsx"), "--as-of", "2022-11-30");

        result.ExitCode.Should().Be(2);
        result.Error.Should().StartWith("error:").And.NotContain("   at ");
    }

    [Fact]
    public void Demo_WritesTheGuilinLedgerBesideTheRound()
    {
        var output = Path.Combine(_folder.FullName, "demo");

        var result = CliRunner.Run("demo", "-o", output);

        result.ExitCode.Should().Be(0, result.Error);
        var ledger = Path.Combine(output, DemoCommand.LedgerFileName);
        result.Out.Should().Contain(ledger);
        var bytes = File.ReadAllBytes(ledger);
        LedgerReader.ValidationErrors(bytes).Should().BeEmpty();
        LedgerReader.Str(LedgerReader.Read(bytes)[0].Rows[1][0]).Should().Be("截至2022年11月30日");
    }
}
