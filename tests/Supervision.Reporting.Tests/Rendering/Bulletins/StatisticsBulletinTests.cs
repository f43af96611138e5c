using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;
using Supervision.Reporting.Analytics;
using Supervision.Reporting.Domain;
using Supervision.Reporting.Formatting;
using Supervision.Reporting.Rendering.Pdf.Bulletins;
using Supervision.Reporting.Tests.Support;

namespace Supervision.Reporting.Tests.Rendering.Bulletins;

public sealed class StatisticsBulletinTests
{
    private static readonly LocalDate MonthEnd = new(2022, 11, 30);
    private static readonly BulletinSpec Spec = new() { Kind = BulletinKind.Statistics, DocumentNumber = "桂纪通〔2022〕13号", AsOf = MonthEnd, CopyTo = "市委办公室" };
    private static readonly Lazy<PdfReadBack> Guilin = new(() => new PdfReadBack(Render(Spec)));
    private static readonly Lazy<PdfReadBack> ZhHant = new(() => new PdfReadBack(Render(Spec with { Language = Language.ZhHant })));
    private static readonly Lazy<PdfReadBack> English = new(() => new PdfReadBack(Render(Spec with { Language = Language.English })));

    private static byte[] Render(BulletinSpec spec, SupervisionRound? round = null)
    {
        using var stream = new MemoryStream();
        Bulletin.Write(round ?? Example.Guilin, stream, spec with { UseSystemFonts = false });
        return stream.ToArray();
    }

    private static string P(double fraction) => ChineseFormat.Percent(fraction);

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static List<List<string>> AllRows(PdfReadBack pdf) => [.. pdf.Rows.SelectMany(p => p)];

    [Fact]
    public void Write_Guilin_OverviewNumbersEqualTheAnalytics()
    {
        var s = RoundAnalytics.Compute(Example.Guilin, MonthEnd);
        var text = Guilin.Value.TextWithoutPageNumbers;

        var match = Regex.Match(text, @"截至11月30日，全市(\d+)个监督检查组共开展监督检查(\d+)次，覆盖单位(\d+)个，发现问题(\d+)个，已整改(\d+)个，整改率([\d.]+%)，按期整改率([\d.]+%)，已销号(\d+)个；尚有(\d+)个问题超过整改时限未完成整改。另发现群众急难愁盼问题(\d+)件。共运用“四种形态”批评教育帮助和处理(\d+)人次（涉及\d+人），其中第一种形态(\d+)人次、占([\d.]+%)，第二种形态(\d+)人次、占([\d.]+%)（党纪政务处分\d+人）");

        match.Success.Should().BeTrue(text[..Math.Min(600, text.Length)]);
        string[] actual = [.. match.Groups.Values.Skip(1).Select(g => g.Value)];
        var first = s.Measures.Of(FourForms.First);
        var second = s.Measures.Of(FourForms.Second);
        actual.Should().Equal(
            N(Example.Guilin.Groups.Count), N(s.Inspections), N(s.UnitsVisited), N(s.Findings), N(s.Rectified), P(s.RectificationRate), P(s.OnTimeRate),
            N(s.Closed), N(s.Overdue), N(s.ServiceProblems), N(s.Measures.PersonTimes), N(first.PersonTimes), P(Shares(first, second)[0]), N(second.PersonTimes), P(Shares(first, second)[1]));
    }

    // The shares as printed: largest-remainder rounding to 0.1%, so that they add up to 100.0%.
    private static double[] Shares(params FourFormsCount[] forms) => Shares(forms.Select(f => f.PersonTimes).ToArray());

    private static double[] Shares(int[] counts)
    {
        var total = counts.Sum();
        var tenths = counts.Select(c => c * 1000 / total).ToArray();
        var order = counts.Select((c, i) => (Remainder: c * 1000 % total, i)).OrderByDescending(r => r.Remainder).ThenBy(r => r.i).Take(1000 - tenths.Sum());
        foreach (var (_, i) in order)
        {
            tenths[i]++;
        }

        return [.. tenths.Select(t => t / 1000.0)];
    }

    [Fact]
    public void Write_Guilin_AreaTableRowsEqualTheAnalytics()
    {
        var round = Example.Guilin;
        var s = RoundAnalytics.Compute(round, MonthEnd);
        var rows = AllRows(Guilin.Value);

        s.ByArea.Count.Should().BeGreaterThan(10);
        for (var i = 0; i < s.ByArea.Count; i++)
        {
            var area = s.ByArea[i];
            var c = area.Counts;
            var name = BreakdownLabels.Of(round, BreakdownDimension.Area, area.Key, Language.ZhHans);
            rows.Should().ContainEquivalentOf(new List<string> { N(i + 1), name, N(c.Findings), N(c.Rectified), P(c.RectificationRate), N(c.Closed), N(c.Overdue) }, o => o.WithStrictOrdering(), name);
        }

        rows.Should().ContainEquivalentOf(new List<string> { "合计", N(s.Findings), N(s.Rectified), P(s.RectificationRate), N(s.Closed), N(s.Overdue) }, o => o.WithStrictOrdering());
    }

    [Fact]
    public void Write_Guilin_CategoryTableRowsEqualTheAnalytics()
    {
        var round = Example.Guilin;
        var s = RoundAnalytics.Compute(round, MonthEnd);
        var rows = AllRows(Guilin.Value);

        var shares = Shares([.. s.ByCategory.Select(c => c.Counts.Findings)]);
        for (var i = 0; i < s.ByCategory.Count; i++)
        {
            var c = s.ByCategory[i].Counts;
            var name = BreakdownLabels.Of(round, BreakdownDimension.Category, s.ByCategory[i].Key, Language.ZhHans);
            rows.Should().ContainEquivalentOf(new List<string> { N(i + 1), name, N(c.Findings), P(shares[i]), N(c.Rectified), P(c.RectificationRate), N(c.Closed), N(c.Overdue) }, o => o.WithStrictOrdering(), name);
        }

        rows.Should().ContainEquivalentOf(new List<string> { "合计", N(s.Findings), "100.0%", N(s.Rectified), P(s.RectificationRate), N(s.Closed), N(s.Overdue) }, o => o.WithStrictOrdering());
    }

    [Fact]
    public void Write_Guilin_GroupTableRowsEqualTheAnalytics()
    {
        var round = Example.Guilin;
        var s = RoundAnalytics.Compute(round, MonthEnd);
        var rows = AllRows(Guilin.Value);

        for (var i = 0; i < s.ByGroup.Count; i++)
        {
            var g = s.ByGroup[i];
            rows.Should().ContainEquivalentOf(new List<string> { N(i + 1), round.FindGroup(g.GroupId)!.Name, N(g.Inspections), N(g.UnitsVisited), N(g.Counts.Findings), N(g.Counts.Rectified), P(g.Counts.RectificationRate) }, o => o.WithStrictOrdering());
        }

        // The example has one finding that came in without an inspection: its own row keeps the column sums right.
        var rest = s.Findings - s.ByGroup.Sum(g => g.Counts.Findings);
        rest.Should().BeGreaterThan(0);
        rows.Should().Contain(r => r.Count == 7 && r[1] == "其他渠道发现" && r[4] == N(rest));
        rows.Should().ContainEquivalentOf(new List<string> { "合计", N(s.Inspections), N(s.UnitsVisited), N(s.Findings), N(s.Rectified), P(s.RectificationRate) }, o => o.WithStrictOrdering());
    }

    [Fact]
    public void Write_Guilin_AccountabilityTableEqualsTheAnalytics()
    {
        var s = RoundAnalytics.Compute(Example.Guilin, MonthEnd);
        var rows = AllRows(Guilin.Value);

        // Sanctions first, then the first-form measures; the shares as printed add up to 100.0%.
        var table = rows.SkipWhile(r => !string.Concat(r).Contains("运用“四种形态”处理方式", StringComparison.Ordinal)).Skip(2).Take(s.Measures.ByForm.Count).ToList();
        table.Select(r => r[1]).Should().Equal("党内警告", "记过", "提醒谈话", "批评教育", "责令检查", "诫勉", "通报批评");
        foreach (var f in s.Measures.ByForm)
        {
            table.Should().ContainSingle(r => r[1] == Vocabulary.Label(f.Form)).Which.Skip(2).Take(3).Should().Equal(Vocabulary.Label(Vocabulary.FourFormsOf(f.Form)), N(f.PersonTimes), N(f.People));
        }

        table.Sum(r => decimal.Parse(r[5].TrimEnd('%'), System.Globalization.CultureInfo.InvariantCulture)).Should().Be(100.0m);

        rows.Should().ContainEquivalentOf(new List<string> { "合计", N(s.Measures.PersonTimes), N(s.Measures.People), "100.0%" }, o => o.WithStrictOrdering());
    }

    [Fact]
    public void Write_EarlierAsOf_FiguresFollowTheDate()
    {
        var asOf = new LocalDate(2022, 11, 20);
        var s = RoundAnalytics.Compute(Example.Guilin, asOf);
        var pdf = new PdfReadBack(Render(Spec with { AsOf = asOf }));

        pdf.TextWithoutPageNumbers.Should().Contain($"截至11月20日，全市10个监督检查组共开展监督检查{s.Inspections}次，覆盖单位{s.UnitsVisited}个，发现问题{s.Findings}个，已整改{s.Rectified}个，整改率{P(s.RectificationRate)}");
        AllRows(pdf).Should().ContainEquivalentOf(new List<string> { "合计", N(s.Findings), N(s.Rectified), P(s.RectificationRate), N(s.Closed), N(s.Overdue) }, o => o.WithStrictOrdering());
        s.Findings.Should().BeLessThan(RoundAnalytics.Compute(Example.Guilin, MonthEnd).Findings, "the test needs a date with fewer findings than the month");
    }

    [Fact]
    public void Write_Guilin_ChartsAreDrawnWithCaptionsAndLabels()
    {
        var text = Guilin.Value.Text;

        text.Should().Contain("图2每日发现和整改问题数").And.Contain("11-17").And.Contain("完成整改");
        text.Should().Contain("图1各类问题数").And.NotContain("处理人次占比", "a pie of two values is not drawn by default");
        var s = RoundAnalytics.Compute(Example.Guilin, MonthEnd);
        text.Should().Contain(BreakdownLabels.Of(Example.Guilin, BreakdownDimension.Category, s.ByCategory[0].Key, Language.ZhHans));
    }

    [Fact]
    public void Write_Guilin_PartsAppearInDocumentOrder()
    {
        var text = Guilin.Value.Text;

        string[] parts =
        [
            "中共桂林市纪律检查委员会", "桂纪通〔2022〕13号", "关于疫情防控专项监督工作情况的通报", "各县（市、区）纪委监委", "现将截至2022年11月30日的工作情况通报如下：",
            "一、总体情况", "见附件表1", "见附件表2", "见附件表3", "见附件表4", "二、存在的主要问题", "一是", "二是", "予以通报曝光",
            "三、下一步工作要求", "附件：疫情防控专项监督统计图表", "中共桂林市纪律检查委员会桂林市监察委员会2022年11月30日",
            "附件", "表1", "表2", "图1", "表3", "表4", "图2", "抄送：市委办公室", "印发",
        ];
        var position = -1;
        foreach (var part in parts)
        {
            var next = text.IndexOf(part, position + 1, StringComparison.Ordinal);
            next.Should().BeGreaterThan(position, $"'{part}' comes after the previous part");
            position = next;
        }
    }

    [Fact]
    public void Write_Guilin_TypicalCasesAreCitedByTheirNotices_NotReprinted()
    {
        var text = Guilin.Value.TextWithoutPageNumbers;

        foreach (var notice in Example.Guilin.Notices)
        {
            text.Should().Contain($"《{notice.Title}》");
        }

        text.Should().NotContain("典型问题通报如下").And.NotContain("（四）全州县");
    }

    [Fact]
    public void Write_Public_NoFullNameOfAMaskedPerson_InTextOrMetadata()
    {
        var round = Example.Guilin;
        var pdf = new PdfReadBack(Render(Spec with { CaseIds = [.. round.Notices.SelectMany(n => n.FindingIds)] }));

        foreach (var person in round.People.Where(p => p.Disclosure != Disclosure.Full))
        {
            pdf.Text.Should().NotContain(person.Name, person.Id);
            pdf.RawInfo.Should().NotContain(person.Name, person.Id);
        }
    }

    [Fact]
    public void Write_SameInputs_SameBytes_AlsoInParallel()
    {
        var first = Render(Spec);
        Render(Spec).Should().Equal(first);

        var parallel = new byte[20][];
        Parallel.For(0, parallel.Length, i => parallel[i] = Render(Spec));
        parallel.Should().OnlyContain(bytes => bytes.SequenceEqual(first));
    }

    [Fact]
    public void Write_Guilin_IsUnder300KB()
    {
        Render(Spec).Length.Should().BeLessThan(300 * 1024);
    }

    [Fact]
    public void Write_LargeRound_TablesAreCutToTopRows_AndTheTotalsStillEqualTheAnalytics()
    {
        var round = RandomRounds.Generate(7, findings: 20_000);
        var asOf = round.Period.End;
        var s = RoundAnalytics.Compute(round, asOf);
        var result = default(BulletinResult);
        using var stream = new MemoryStream();

        result = Bulletin.Write(round, stream, new BulletinSpec { Kind = BulletinKind.Statistics, AsOf = asOf, UseSystemFonts = false });

        result.PageCount.Should().BeLessThan(12);
        AllRows(new PdfReadBack(stream.ToArray())).Should().ContainEquivalentOf(new List<string> { "合计", N(s.Findings), N(s.Rectified), P(s.RectificationRate), N(s.Closed), N(s.Overdue) }, o => o.WithStrictOrdering());
    }

    [Fact]
    public void Write_Guilin_EveryLineInsideTheTextArea_AndPageNumbersAlternate()
    {
        const double Mm = 72.0 / 25.4;
        var pdf = Guilin.Value;

        for (var i = 0; i < pdf.Pages.Count; i++)
        {
            // GB/T 9704 §7.5: a blank page before the 版记, and the 版记 page, carry no page number.
            var numbers = pdf.Pages[i].Where(l => l.Text == $"—{i + 1}—").ToList();
            if (numbers.Count == 0 && (pdf.Pages[i].Count == 0 || pdf.Pages[i].Any(l => l.Text.EndsWith("印发", StringComparison.Ordinal))))
            {
                continue;
            }

            var number = numbers.Single();
            if (i % 2 == 0)
            {
                number.Right.Should().BeGreaterThan(150 * Mm);
            }
            else
            {
                number.Left.Should().BeLessThan(60 * Mm);
            }

            foreach (var line in pdf.Pages[i].Where(l => l != number))
            {
                line.Left.Should().BeGreaterThanOrEqualTo((28 * Mm) - 1, line.Text);
                line.Right.Should().BeLessThanOrEqualTo(((28 + 156) * Mm) + 1, line.Text);
            }
        }
    }

    [Fact]
    public void Write_RoundWithoutFindings_SaysSo_WithoutEmptyTablesOrCases()
    {
        var round = TestRounds.Minimal() with { Findings = [], Measures = [], Notices = [] };

        var text = new PdfReadBack(Render(new BulletinSpec { Kind = BulletinKind.Statistics }, round)).TextWithoutPageNumbers;

        text.Should().Contain("尚未发现问题").And.Contain("尚未运用“四种形态”作出处理").And.Contain("下一步工作要求");
        text.Should().NotContain("、典型问题").And.NotContain("问题类别分布情况").And.NotContain("图1").And.NotContain("发现问题最多").And.NotContain("抓好问题整改");
    }

    [Fact]
    public void Write_RoundWithOneFinding_Renders()
    {
        var round = TestRounds.Minimal();
        var s = RoundAnalytics.Compute(round, round.Period.End);

        var text = new PdfReadBack(Render(new BulletinSpec { Kind = BulletinKind.Statistics }, round)).TextWithoutPageNumbers;

        s.Findings.Should().Be(1);
        text.Should().Contain("发现问题1个").And.Contain("一、总体情况").And.Contain("二、存在的主要问题");
    }

    [Fact]
    public void Write_ZhHant_OverviewNumbersEqualTheAnalytics_InTraditionalPatterns()
    {
        var s = RoundAnalytics.Compute(Example.Guilin, MonthEnd);
        var text = ZhHant.Value.TextWithoutPageNumbers;

        var match = Regex.Match(text, @"截至11月30日，全市(\d+)個監督檢查組共開展監督檢查(\d+)次，覆蓋單位(\d+)個，發現問題(\d+)個，已整改(\d+)個，整改率([\d.]+%)，按期整改率([\d.]+%)，已銷號(\d+)個；尚有(\d+)個問題超過整改時限未完成整改。另發現羣衆急難愁盼問題(\d+)件。共運用「四種形態」批評教育幫助和處理(\d+)人次（涉及\d+人），其中第一種形態(\d+)人次、佔([\d.]+%)，第二種形態(\d+)人次、佔([\d.]+%)（黨紀政務處分\d+人）");

        match.Success.Should().BeTrue(text[..Math.Min(600, text.Length)]);
        var first = s.Measures.Of(FourForms.First);
        var second = s.Measures.Of(FourForms.Second);
        match.Groups.Values.Skip(1).Select(g => g.Value).Should().Equal(
            N(Example.Guilin.Groups.Count), N(s.Inspections), N(s.UnitsVisited), N(s.Findings), N(s.Rectified), P(s.RectificationRate), P(s.OnTimeRate),
            N(s.Closed), N(s.Overdue), N(s.ServiceProblems), N(s.Measures.PersonTimes), N(first.PersonTimes), P(Shares(first, second)[0]), N(second.PersonTimes), P(Shares(first, second)[1]));
    }

    [Fact]
    public void Write_ZhHant_HeadingsCaptionsAndTotalsAreTraditional_AndNoSimplifiedPatternRemains()
    {
        var pdf = ZhHant.Value;
        var text = pdf.Text;

        string[] parts =
        [
            "中共桂林市紀律檢查委員會", "關於疫情防控專項監督工作情況的通報", "各縣（市、區）紀委監委", "現將截至2022年11月30日的工作情況通報如下：",
            "一、總體情況", "見附件表1", "二、存在的主要問題", "一是", "三、下一步工作要求", "壓緊壓實責任", "附件", "表1", "表2", "圖1", "表3", "表4", "運用「四種形態」處理方式",
        ];
        var position = -1;
        foreach (var part in parts)
        {
            var next = text.IndexOf(part, position + 1, StringComparison.Ordinal);
            next.Should().BeGreaterThan(position, $"'{part}' comes after the previous part");
            position = next;
        }

        // Pattern text only: none of these occurs in the round's own (Simplified) data.
        foreach (var simplified in new[] { "总体情况", "存在的主要问题", "合计", "已销号", "覆盖单位", "现将截至", "序号", "其他渠道发现", "压紧压实责任", "运用“四种形态”" })
        {
            text.Should().NotContain(simplified);
        }

        var rows = AllRows(pdf);
        rows.Should().Contain(r => r.Count > 0 && r[0] == "合計");
        rows.Should().Contain(r => r.Count > 1 && r[1] == "其他渠道發現");
    }

    [Fact]
    public void Write_ZhHant_RoundDataIsConverted_UnlessKeptAsEntered()
    {
        var text = ZhHant.Value.TextWithoutPageNumbers;
        var kept = new PdfReadBack(Render(Spec with { Language = Language.ZhHant, KeepDataAsEntered = true })).TextWithoutPageNumbers;

        // Area and group names are the round's own text: converted with the rest, or kept as entered when asked.
        text.Should().Contain("全州縣").And.Contain("第一監督檢查組").And.NotContain("全州县");
        kept.Should().Contain("全州县").And.Contain("第一监督检查组").And.Contain("總體情況");
    }

    [Fact]
    public void Write_English_OverviewNumbersEqualTheAnalytics()
    {
        var s = RoundAnalytics.Compute(Example.Guilin, MonthEnd);
        var text = English.Value.TextWithoutPageNumbers;

        // PdfPig reads no spaces (they are gaps, not glyphs); the pattern is matched without them.
        var pattern = @"As of 30 November, the city’s (\d+) inspection groups carried out (\d+) inspections, covering (\d+) units, finding (\d+) problems, of which (\d+) rectified \(rectification rate ([\d.]+%)\), ([\d.]+%) of them on time, (\d+) closed; (\d+) problems are past their deadlines without being rectified\. In addition, (\d+) problems of the public’s pressing concerns were found\. The “four forms” were applied to criticise, educate, help and handle (\d+) person-times \(\d+ people\), of which the first form in (\d+) person-times \(([\d.]+%)\) and the second form in (\d+) person-times \(([\d.]+%)\) \(Party or administrative sanctions: \d+ people\)";
        var match = Regex.Match(text, pattern.Replace(" ", string.Empty, StringComparison.Ordinal));

        match.Success.Should().BeTrue(text[..Math.Min(900, text.Length)]);
        var first = s.Measures.Of(FourForms.First);
        var second = s.Measures.Of(FourForms.Second);
        match.Groups.Values.Skip(1).Select(g => g.Value).Should().Equal(
            N(Example.Guilin.Groups.Count), N(s.Inspections), N(s.UnitsVisited), N(s.Findings), N(s.Rectified), P(s.RectificationRate), P(s.OnTimeRate),
            N(s.Closed), N(s.Overdue), N(s.ServiceProblems), N(s.Measures.PersonTimes), N(first.PersonTimes), P(Shares(first, second)[0]), N(second.PersonTimes), P(Shares(first, second)[1]));
    }

    [Fact]
    public void Write_English_HeadingsInOrder_AndTableTotalsEqualTheAnalytics()
    {
        var s = RoundAnalytics.Compute(Example.Guilin, MonthEnd);
        var pdf = English.Value;
        var text = pdf.Text;

        string[] parts =
        [
            "NoticeontheProgressof疫情防控专项监督", "1.Overview", "annex,Table1", "2.Mainproblems", "First,", "3.Nextsteps", "Annex", "Table1:", "Table2:",
            "Figure1:", "Table3:", "Table4:", "Figure2:",
        ];
        var position = -1;
        foreach (var part in parts)
        {
            var next = text.IndexOf(part, position + 1, StringComparison.Ordinal);
            next.Should().BeGreaterThan(position, $"'{part}' comes after the previous part");
            position = next;
        }

        var rows = AllRows(pdf);
        for (var i = 0; i < s.ByArea.Count; i++)
        {
            var c = s.ByArea[i].Counts;
            var name = BreakdownLabels.Of(Example.Guilin, BreakdownDimension.Area, s.ByArea[i].Key, Language.English);
            rows.Should().ContainEquivalentOf(new List<string> { N(i + 1), name, N(c.Findings), N(c.Rectified), P(c.RectificationRate), N(c.Closed), N(c.Overdue) }, o => o.WithStrictOrdering(), name);
        }

        rows.Should().ContainEquivalentOf(new List<string> { "Total", N(s.Findings), N(s.Rectified), P(s.RectificationRate), N(s.Closed), N(s.Overdue) }, o => o.WithStrictOrdering());
        rows.Should().ContainEquivalentOf(new List<string> { "Total", N(s.Inspections), N(s.UnitsVisited), N(s.Findings), N(s.Rectified), P(s.RectificationRate) }, o => o.WithStrictOrdering());
        rows.Should().ContainEquivalentOf(new List<string> { "Total", N(s.Measures.PersonTimes), N(s.Measures.People), "100.0%" }, o => o.WithStrictOrdering());
        text.Should().NotContain("总体情况").And.NotContain("合计").And.NotContain("表1");
    }

    [Fact]
    public void Write_English_EveryLineInsideTheTextArea()
    {
        const double Mm = 72.0 / 25.4;

        foreach (var line in English.Value.Pages.SelectMany(p => p))
        {
            line.Left.Should().BeGreaterThanOrEqualTo((28 * Mm) - 1, line.Text);
            line.Right.Should().BeLessThanOrEqualTo(((28 + 156) * Mm) + 1, line.Text);
        }
    }

    [Fact]
    public void Write_English_SignatureDateAndImprintAreEnglish()
    {
        var text = English.Value.TextWithoutPageNumbers;

        text.Should().Contain("桂林市纪委监委30November2022Annex").And.EndWith("Copyto:市委办公室.Officeof桂林市纪委监委Issuedon30November2022");
        text.Should().Contain("allinspectiongroups:").And.NotContain("印发").And.NotContain("抄送").And.NotContain("2022年11月30日");
    }

    [Fact]
    public void Write_ZhHant_ImprintIsTraditional()
    {
        var text = ZhHant.Value.TextWithoutPageNumbers;

        text.Should().Contain("中共桂林市紀律檢查委員會桂林市監察委員會2022年11月30日附件").And.EndWith("抄送：市委辦公室。桂林市紀委監委辦公室2022年11月30日印發");
    }

    [Theory]
    [InlineData(Language.ZhHans, "关于疫情防控专项监督工作情况的通报")]
    [InlineData(Language.ZhHant, "關於疫情防控專項監督工作情況的通報")]
    [InlineData(Language.English, "Notice on the Progress of 疫情防控专项监督")]
    public void Write_EachLanguage_RendersWithTheBundledFonts_WithoutMissingGlyphs(Language language, string title)
    {
        using var stream = new MemoryStream();

        var result = Bulletin.Write(Example.Guilin, stream, Spec with { Language = language, UseSystemFonts = false });

        result.Warnings.Should().BeEmpty();
        new PdfReadBack(stream.ToArray()).Text.Should().Contain(title.Replace(" ", string.Empty, StringComparison.Ordinal));
    }

    [Fact]
    public void Write_RoundWithoutFindings_English_SaysSo()
    {
        var round = TestRounds.Minimal() with { Findings = [], Measures = [], Notices = [] };

        var text = new PdfReadBack(Render(new BulletinSpec { Kind = BulletinKind.Statistics, Language = Language.English }, round)).TextWithoutPageNumbers;

        text.Should().Contain("findingnoproblemssofar").And.Contain("Nomeasureunderthe\u201cfourforms\u201dhadbeentaken").And.Contain("Nextsteps").And.NotContain("Completetherectification");
    }
}
