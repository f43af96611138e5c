using NodaTime;
using NodaTime.Testing;
using Supervision.Reporting.Cli;
using Supervision.Reporting.Tests.Rendering.Bulletins;
using Supervision.Reporting.Tests.Support;

namespace Supervision.Reporting.Tests.Cli;

public sealed class BulletinCommandTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory();

    public void Dispose() => _folder.Delete(recursive: true);

    private CliResult Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var clock = new FakeClock(Instant.FromUtc(2026, 11, 28, 12, 0));
        var code = CommandLine.Run(args, stdout, stderr, clock);
        return new CliResult(code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Bulletin_RoundAlone_WritesAProperTypicalCaseBulletin()
    {
        var pdf = Path.Combine(_folder.FullName, "out.pdf");

        var result = Run("bulletin", Example.Path, "-o", pdf);

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Trim().Should().Be(pdf);
        var text = new PdfReadBack(File.ReadAllBytes(pdf)).Text;
        text.Should().Contain("关于5起疫情防控工作中防控措施落实不严等典型问题的通报").And.Contain("刘某");
    }

    [Fact]
    public void Bulletin_KindStatistics_WritesTheStatisticalBulletinAsOfTheDate()
    {
        var pdf = Path.Combine(_folder.FullName, "stats.pdf");

        var result = Run("bulletin", Example.Path, "-o", pdf, "--kind", "statistics", "--as-of", "2022-11-20");

        result.ExitCode.Should().Be(0, result.Error);
        var text = new PdfReadBack(File.ReadAllBytes(pdf)).Text;
        text.Should().Contain("关于疫情防控专项监督工作情况的通报").And.Contain("截至11月20日，").And.Contain("表1");
    }

    [Fact]
    public void Bulletin_KindDaily_WritesTheDailyReportOfTheDate()
    {
        var pdf = Path.Combine(_folder.FullName, "daily.pdf");

        var result = Run("bulletin", Example.Path, "-o", pdf, "--kind", "daily", "--date", "2022-11-17");

        result.ExitCode.Should().Be(0, result.Error);
        var text = new PdfReadBack(File.ReadAllBytes(pdf)).Text;
        text.Should().Contain("第5期").And.Contain("截至11月17日，累计开展监督检查");
    }

    [Fact]
    public void Bulletin_KindDailyInEnglish_WritesAnEnglishDailyReport()
    {
        var pdf = Path.Combine(_folder.FullName, "daily-en.pdf");

        var result = Run("bulletin", Example.Path, "-o", pdf, "--kind", "daily", "--lang", "en");

        result.ExitCode.Should().Be(0, result.Error);
        new PdfReadBack(File.ReadAllBytes(pdf)).Text.Should().Contain("DailyReport").And.Contain("Totalstodate").And.NotContain("累计情况");
    }

    [Fact]
    public void Bulletin_SpecFileAndInternalAudience()
    {
        var spec = Path.Combine(_folder.FullName, "spec.json");
        File.WriteAllText(spec, """{ "documentNumber": "桂纪通〔2022〕13号", "caseIds": ["f047"], "copyTo": "市委办公室" }""");
        var pdf = Path.Combine(_folder.FullName, "out.pdf");

        var result = Run("bulletin", Example.Path, "-o", pdf, "--spec", spec, "--audience", "internal");

        result.ExitCode.Should().Be(0, result.Error);
        var text = new PdfReadBack(File.ReadAllBytes(pdf)).Text;
        text.Should().Contain("桂纪通〔2022〕13号").And.Contain("关于1起疫情防控工作中应报未报典型问题的通报").And.Contain("刘建华");
    }

    [Fact]
    public void Bulletin_BadSpec_ExitsOneWithEveryProblem_AndWritesNothing()
    {
        var spec = Path.Combine(_folder.FullName, "spec.json");
        File.WriteAllText(spec, """{ "documentNumbr": "x", "audience": "everyone", "date": "2022-02-30" }""");
        var pdf = Path.Combine(_folder.FullName, "out.pdf");

        var result = Run("bulletin", Example.Path, "-o", pdf, "--spec", spec);

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain("$.documentNumbr").And.Contain("$.audience").And.Contain("$.date");
        File.Exists(pdf).Should().BeFalse();
    }

    [Fact]
    public void Bulletin_UnknownCaseId_ExitsOne_AndWritesNothing()
    {
        var spec = Path.Combine(_folder.FullName, "spec.json");
        File.WriteAllText(spec, """{ "caseIds": ["f001", "f999"] }""");
        var pdf = Path.Combine(_folder.FullName, "out.pdf");

        var result = Run("bulletin", Example.Path, "-o", pdf, "--spec", spec);

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain("$.caseIds[1]");
        File.Exists(pdf).Should().BeFalse();
    }

    [Fact]
    public void Bulletin_BadAsOf_ExitsTwo()
    {
        Run("bulletin", Example.Path, "-o", Path.Combine(_folder.FullName, "x.pdf"), "--as-of", "30/11/2022").ExitCode.Should().Be(2);
    }

    [Fact]
    public void DefaultAsOf_IsPeriodEndOrToday_WhicheverIsEarlier()
    {
        var round = Example.Guilin;

        round.DefaultAsOf(new FakeClock(Instant.FromUtc(2026, 1, 1, 0, 0))).Should().Be(new LocalDate(2022, 11, 30));
        round.DefaultAsOf(new FakeClock(Instant.FromUtc(2022, 11, 20, 17, 0))).Should().Be(new LocalDate(2022, 11, 21), "01:00 in Shanghai is already the 21st");
    }
}
