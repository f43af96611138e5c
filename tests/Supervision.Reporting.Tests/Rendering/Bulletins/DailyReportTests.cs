using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;
using Supervision.Reporting.Analytics;
using Supervision.Reporting.Domain;
using Supervision.Reporting.Formatting;
using Supervision.Reporting.Rendering.Pdf.Bulletins;
using Supervision.Reporting.Tests.Support;
using Supervision.Reporting.Validation;

namespace Supervision.Reporting.Tests.Rendering.Bulletins;

public sealed class DailyReportTests
{
    private static readonly LocalDate Day = new(2022, 11, 17);
    private static readonly BulletinSpec Spec = new() { Kind = BulletinKind.Daily, ReportDate = Day };
    private static readonly Lazy<(byte[] Bytes, PdfReadBack Pdf)> Guilin = new(() =>
    {
        var bytes = Render(Spec);
        return (bytes, new PdfReadBack(bytes));
    });

    private static byte[] Render(BulletinSpec spec, SupervisionRound? round = null)
    {
        using var stream = new MemoryStream();
        Bulletin.Write(round ?? Example.Guilin, stream, spec with { UseSystemFonts = false });
        return stream.ToArray();
    }

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public void Write_Guilin17November_MastheadWithIssueOfficeAndDate()
    {
        var lines = Guilin.Value.Pdf.Pages[0].Select(l => l.Text).ToList();

        lines.Take(3).Should().Equal("疫情防控专项监督工作日报", "第5期", "桂林市纪委监委办公室2022年11月17日");
    }

    [Fact]
    public void Write_IssueNumberInSpec_IsPrinted()
    {
        new PdfReadBack(Render(Spec with { IssueNumber = 9 })).Text.Should().Contain("第9期").And.NotContain("第5期");
    }

    [Fact]
    public void Write_Guilin17November_OneOrTwoPages()
    {
        Guilin.Value.Pdf.Pages.Count.Should().BeInRange(1, 2);
    }

    [Fact]
    public void Write_Guilin17November_DayFiguresEqualTheRoundAndTheAnalytics()
    {
        var round = Example.Guilin;
        var today = RoundAnalytics.Compute(round, Day);
        var yesterday = RoundAnalytics.Compute(round, Day.PlusDays(-1));
        var entry = today.Daily.Single(d => d.Date == Day);
        var inspections = round.Inspections.Where(i => i.Date == Day).ToList();
        var text = Guilin.Value.Pdf.TextWithoutPageNumbers;

        text.Should().Contain($"开展监督检查{inspections.Count}次，检查单位{inspections.SelectMany(i => i.UnitIds).Distinct().Count()}个");
        text.Should().Contain($"等{inspections.Select(i => i.GroupId).Distinct().Count()}个监督检查组");
        text.Should().Contain($"采取“四不两直”方式{inspections.Count(i => i.Method == InspectionMethod.Unannounced)}次");
        text.Should().Contain($"当日发现问题{entry.Found}个").And.Contain($"当日完成整改{entry.Rectified}个，销号{entry.Closed}个");
        text.Should().Contain($"当日运用“四种形态”批评教育帮助和处理{today.Measures.PersonTimes - yesterday.Measures.PersonTimes}人次").And.NotContain("问责");
        text.Should().Contain($"当日发现群众急难愁盼问题{today.ServiceProblems - yesterday.ServiceProblems}件").And.Contain("七星区七星街道");
        entry.Found.Should().BeGreaterThan(0);
    }

    [Fact]
    public void Write_Guilin17November_CumulativeFiguresEqualTheAnalyticsOfTheDay()
    {
        var s = RoundAnalytics.Compute(Example.Guilin, Day);
        var text = Guilin.Value.Pdf.TextWithoutPageNumbers;

        var match = Regex.Match(text, @"截至11月17日，累计开展监督检查(\d+)次，检查单位(\d+)个，发现问题(\d+)个，已整改(\d+)个，整改率([\d.]+%)，已销号(\d+)个；无逾期未整改问题。累计运用“四种形态”处理(\d+)人次。");

        match.Success.Should().BeTrue();
        match.Groups.Values.Skip(1).Select(g => g.Value).Should().Equal(
            N(s.Inspections), N(s.UnitsVisited), N(s.Findings), N(s.Rectified), ChineseFormat.Percent(s.RectificationRate), N(s.Closed), N(s.Measures.PersonTimes));
        s.Overdue.Should().Be(0);
    }

    [Fact]
    public void Write_Guilin17November_GroupTableRowsEqualTheDay()
    {
        var round = Example.Guilin;
        var s = RoundAnalytics.Compute(round, Day);
        var rows = Guilin.Value.Pdf.Rows.SelectMany(p => p).ToList();

        for (var i = 0; i < round.Groups.Count; i++)
        {
            var group = round.Groups[i];
            var own = round.Inspections.Where(x => x.GroupId == group.Id && x.Date == Day).ToList();
            var ids = own.Select(x => x.Id).ToHashSet();
            var found = round.Findings.Count(f => f.IsViolation && f.FoundOn == Day && f.InspectionId is { } id && ids.Contains(id));
            var cumulative = s.ByGroup.Single(g => g.GroupId == group.Id).Counts.Findings;
            rows.Should().ContainEquivalentOf(new List<string> { N(i + 1), group.Name, N(own.Count), N(own.SelectMany(x => x.UnitIds).Distinct().Count()), N(found), N(cumulative) }, o => o.WithStrictOrdering(), group.Name);
        }

        var day = round.Inspections.Where(x => x.Date == Day).ToList();
        rows.Should().ContainEquivalentOf(new List<string> { "合计", N(day.Count), N(day.SelectMany(x => x.UnitIds).Distinct().Count()), N(s.Daily[^1].Found), N(s.Findings) }, o => o.WithStrictOrdering());
    }

    [Fact]
    public void Write_Guilin17November_EventsAndTheNewCase()
    {
        var text = Guilin.Value.Pdf.TextWithoutPageNumbers;

        text.Should().Contain("一是自治区纪委监委派出工作组进驻市疫情防控联合指挥部").And.Contain("二是再次召开市纪委常委会会议");
        text.Should().Contain("当日通报和查处典型问题1起：").And.NotContain("（一）", "a single case is not numbered").And.Contain("2022年11月17日，雁山区纪委监委给予魏某党内警告、政务记过处分。");
    }

    [Fact]
    public void Write_Public_NoFullNameOfAMaskedPerson_InTextOrMetadata()
    {
        var round = Example.Guilin;
        foreach (var date in new[] { Day, new LocalDate(2022, 11, 16), new LocalDate(2022, 11, 18), new LocalDate(2022, 11, 20) })
        {
            var pdf = new PdfReadBack(Render(Spec with { ReportDate = date }));
            foreach (var person in round.People.Where(p => p.Disclosure != Disclosure.Full))
            {
                pdf.Text.Should().NotContain(person.Name, person.Id);
                pdf.RawInfo.Should().NotContain(person.Name, person.Id);
            }
        }
    }

    [Fact]
    public void Write_SameInputs_SameBytes_AlsoInParallel()
    {
        var first = Guilin.Value.Bytes;

        var parallel = new byte[8][];
        Parallel.For(0, parallel.Length, i => parallel[i] = Render(Spec));
        parallel.Should().OnlyContain(bytes => bytes.SequenceEqual(first));
    }

    [Fact]
    public void Write_EveryDayOfTheRound_RendersWithinTwoPages()
    {
        var round = Example.Guilin;
        foreach (var date in round.Period.Take(30))
        {
            using var stream = new MemoryStream();
            Bulletin.Write(round, stream, Spec with { ReportDate = date, UseSystemFonts = false }).PageCount.Should().BeInRange(1, 2, date.ToString());
        }
    }

    [Fact]
    public void Write_Guilin17November_EveryLineInsideTheTextArea()
    {
        const double Mm = 72.0 / 25.4;

        foreach (var line in Guilin.Value.Pdf.Pages.SelectMany(p => p))
        {
            line.Left.Should().BeGreaterThanOrEqualTo((28 * Mm) - 1, line.Text);
            line.Right.Should().BeLessThanOrEqualTo(((28 + 156) * Mm) + 1, line.Text);
        }
    }

    [Fact]
    public void Write_DayOfANoticeOfFourCases_NamesTheNotice_AndTellsTwo()
    {
        var notice = Example.Guilin.Notices.Single(n => n.FindingIds.Count == 4);

        var text = new PdfReadBack(Render(Spec with { ReportDate = notice.PublishedOn })).TextWithoutPageNumbers;

        text.Should().Contain($"当日公开发布《{notice.Title}》。").And.Contain("当日通报和查处典型问题4起，择要如下：").And.Contain("（二）").And.NotContain("（三）");
    }

    [Fact]
    public void Write_QuietDay_SaysSo()
    {
        var round = TestRounds.Minimal();

        var text = new PdfReadBack(Render(Spec with { ReportDate = new LocalDate(2022, 11, 2) }, round)).TextWithoutPageNumbers;

        text.Should().Contain("第2期").And.Contain("各监督检查组未开展现场监督检查").And.Contain("当日未发现新的问题").And.Contain("当日未运用“四种形态”作出处理").And.NotContain("工作动态");
    }

    [Fact]
    public void Write_DayBeforeThePeriod_IsRefusedWithThePath()
    {
        var act = () => Render(Spec with { ReportDate = new LocalDate(2022, 10, 1) });

        act.Should().Throw<InvalidInputException>().Which.Report.Errors.Should().ContainSingle(p => p.Location.Path == "$.reportDate");
    }

    [Fact]
    public void Write_ZhHant_MastheadAndHeadingsAreTraditional_AndNoSimplifiedPatternRemains()
    {
        var pdf = new PdfReadBack(Render(Spec with { Language = Language.ZhHant }));
        var text = pdf.TextWithoutPageNumbers;

        pdf.Pages[0].Select(l => l.Text).Take(3).Should().Equal("疫情防控專項監督工作日報", "第5期", "桂林市紀委監委辦公室2022年11月17日");
        text.Should().Contain("一、當日監督檢查情況").And.Contain("採取「四不兩直」方式").And.Contain("二、執紀和通報曝光情況").And.Contain("三、工作動態").And.Contain("四、累計情況");
        text.Should().Contain("一是自治區紀委監委派出工作組", "event titles are the round's own text, converted with the rest");
        foreach (var simplified in new[] { "当日监督检查情况", "执纪和通报曝光情况", "工作动态", "累计情况", "合计", "检查次数", "累计发现问题", "当日发现问题", "截至11月17日，累计" })
        {
            text.Should().NotContain(simplified);
        }
    }

    [Fact]
    public void Write_ZhHant_CumulativeFiguresEqualTheAnalyticsOfTheDay()
    {
        var s = RoundAnalytics.Compute(Example.Guilin, Day);
        var text = new PdfReadBack(Render(Spec with { Language = Language.ZhHant })).TextWithoutPageNumbers;

        var match = Regex.Match(text, @"截至11月17日，累計開展監督檢查(\d+)次，檢查單位(\d+)個，發現問題(\d+)個，已整改(\d+)個，整改率([\d.]+%)，已銷號(\d+)個；無逾期未整改問題。累計運用「四種形態」處理(\d+)人次。");

        match.Success.Should().BeTrue(text);
        match.Groups.Values.Skip(1).Select(g => g.Value).Should().Equal(
            N(s.Inspections), N(s.UnitsVisited), N(s.Findings), N(s.Rectified), ChineseFormat.Percent(s.RectificationRate), N(s.Closed), N(s.Measures.PersonTimes));
    }

    [Fact]
    public void Write_English_MastheadHeadingsAndFiguresEqualTheAnalytics()
    {
        var round = Example.Guilin;
        var s = RoundAnalytics.Compute(round, Day);
        var entry = s.Daily.Single(d => d.Date == Day);
        var inspections = round.Inspections.Where(i => i.Date == Day).ToList();
        var pdf = new PdfReadBack(Render(Spec with { Language = Language.English }));
        var text = pdf.TextWithoutPageNumbers;

        // PdfPig reads no spaces (they are gaps, not glyphs): texts are compared without them.
        static string NoSpaces(string t) => t.Replace(" ", string.Empty, StringComparison.Ordinal);
        pdf.Pages[0].Select(l => l.Text).Take(3).Should().Equal(NoSpaces("疫情防控专项监督 Daily Report"), NoSpaces("No. 5"), NoSpaces("Office of 桂林市纪委监委 17 November 2022"));
        text.Should().Contain(NoSpaces("1. Inspections of the day")).And.Contain(NoSpaces("2. Discipline and public notices")).And.Contain(NoSpaces("3. Activities")).And.Contain(NoSpaces("4. Totals to date"));
        text.Should().Contain(NoSpaces($"carried out {inspections.Count} inspections of {inspections.SelectMany(i => i.UnitIds).Distinct().Count()} units"));
        text.Should().Contain(NoSpaces($"{entry.Found} problems were found on the day")).And.Contain(NoSpaces($"{entry.Rectified} problems were rectified and {entry.Closed} closed on the day"));
        text.Should().Contain(NoSpaces($"As of 17 November, {s.Inspections} inspections had been carried out in total, covering {s.UnitsVisited} units; {s.Findings} problems had been found, of which {s.Rectified} rectified (rectification rate {ChineseFormat.Percent(s.RectificationRate)}) and {s.Closed} closed"));
        pdf.Rows.SelectMany(p => p).Should().ContainEquivalentOf(new List<string> { "Total", N(inspections.Count), N(inspections.SelectMany(x => x.UnitIds).Distinct().Count()), N(entry.Found), N(s.Findings) }, o => o.WithStrictOrdering());
        text.Should().NotContain("当日").And.NotContain("合计").And.NotContain("累计");
    }

    [Fact]
    public void Write_English_EveryLineInsideTheTextArea()
    {
        const double Mm = 72.0 / 25.4;

        foreach (var line in new PdfReadBack(Render(Spec with { Language = Language.English })).Pages.SelectMany(p => p))
        {
            line.Left.Should().BeGreaterThanOrEqualTo((28 * Mm) - 1, line.Text);
            line.Right.Should().BeLessThanOrEqualTo(((28 + 156) * Mm) + 1, line.Text);
        }
    }

    [Theory]
    [InlineData(Language.ZhHans, "疫情防控专项监督工作日报")]
    [InlineData(Language.ZhHant, "疫情防控專項監督工作日報")]
    [InlineData(Language.English, "疫情防控专项监督 Daily Report")]
    public void Write_EachLanguage_RendersWithTheBundledFonts_WithoutMissingGlyphs(Language language, string masthead)
    {
        using var stream = new MemoryStream();

        var result = Bulletin.Write(Example.Guilin, stream, Spec with { Language = language, UseSystemFonts = false });

        result.Warnings.Should().BeEmpty();
        new PdfReadBack(stream.ToArray()).Pages[0][0].Text.Should().Be(masthead.Replace(" ", string.Empty, StringComparison.Ordinal));
    }

    [Fact]
    public void Write_QuietDay_English_SaysSo()
    {
        var round = TestRounds.Minimal();

        var text = new PdfReadBack(Render(Spec with { ReportDate = new LocalDate(2022, 11, 2), Language = Language.English }, round)).TextWithoutPageNumbers;

        text.Should().Contain("No.2").And.Contain("carriedoutnoon-siteinspections").And.Contain("Nonewproblemswerefound").And.Contain("Nomeasureunderthe\u201cfourforms\u201dwastaken").And.NotContain("Activities");
    }
}
