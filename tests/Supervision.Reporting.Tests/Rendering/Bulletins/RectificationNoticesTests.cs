using System.Text.Json;
using System.Text.RegularExpressions;
using NodaTime;
using Supervision.Reporting.Calendar;
using Supervision.Reporting.Domain;
using Supervision.Reporting.Tests.Rendering.Word;
using Supervision.Reporting.Tests.Support;
using static Supervision.Reporting.Tests.Support.TestRounds;

namespace Supervision.Reporting.Tests.Rendering.Bulletins;

// 督办通知 (docs/notices.md): one per responsible unit with overdue findings, listing exactly RoundAnalytics' overdue set.
public sealed partial class RectificationNoticesTests : IDisposable
{
    private const double Mm = 72.0 / 25.4;

    private static readonly LocalDate GuilinAsOf = new(2022, 11, 30);

    private static readonly Lazy<(NoticeSetResult Result, string Directory)> GuilinPdf = new(() => WriteTo(Example.Guilin, Options(GuilinAsOf)));

    private readonly List<string> _folders = [];

    public void Dispose()
    {
        foreach (var folder in _folders)
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static NoticeOptions Options(LocalDate asOf, BulletinFormat format = BulletinFormat.Pdf) =>
        new() { AsOf = asOf, Document = new BulletinSpec { Format = format, UseSystemFonts = false } };

    private static (NoticeSetResult Result, string Directory) WriteTo(SupervisionRound round, NoticeOptions options)
    {
        var directory = Directory.CreateTempSubdirectory("notices-").FullName;
        return (RectificationNotices.WriteAll(round, directory, options), directory);
    }

    private (NoticeSetResult Result, string Directory) Write(SupervisionRound round, NoticeOptions options)
    {
        var written = WriteTo(round, options);
        _folders.Add(written.Directory);
        return written;
    }

    // The overdue set as the statistics compute it, by responsible unit.
    private static Dictionary<string, List<string>> OverdueByUnit(SupervisionRound round, LocalDate asOf) =>
        RoundAnalytics.Compute(round, asOf).OverdueFindings
            .Select(o => round.FindFinding(o.FindingId)!)
            .GroupBy(f => f.ResponsibleUnitId!)
            .ToDictionary(g => g.Key, g => g.Select(f => f.Id).ToList());

    private static HashSet<string> FindingIdsIn(string text) => [.. FindingId().Matches(text).Select(m => m.Value)];

    [GeneratedRegex(@"f\d{3}")]
    private static partial Regex FindingId();

    // Two findings of 黄沙河镇: f001 overdue on 11-30 (deadline 11-21), f002 due on 12-2 (two working days after 11-30).
    private static SupervisionRound LateAndDueSoon()
    {
        var late = Minimal().WithRectification(r => r with { Status = RectificationStatus.InProgress, CompletedOn = null, ClosedOn = null });
        var soon = late.Finding() with
        {
            Id = "f002",
            Summary = "值班台账登记不全",
            Rectification = late.Finding().Rectification! with { Deadline = D(12, 2) },
        };
        return late with { Findings = [late.Finding(), soon] };
    }

    [Fact]
    public void WriteAll_Guilin_OneNoticePerUnitWithOverdueFindings_AndNoneForTheOthers()
    {
        var (result, directory) = GuilinPdf.Value;
        var expected = OverdueByUnit(Example.Guilin, GuilinAsOf);

        expected.Should().NotBeEmpty("the example has overdue findings on its last day");
        result.Files.Select(f => f.UnitId).Should().BeEquivalentTo(expected.Keys);
        foreach (var file in result.Files)
        {
            file.FindingIds.Should().Equal(expected[file.UnitId]);
            file.FileName.Should().EndWith(".pdf").And.Contain(file.UnitName);
        }

        Directory.GetFiles(directory).Select(Path.GetFileName).Should().BeEquivalentTo([.. result.Files.Select(f => f.FileName), "manifest.json"]);
    }

    [Fact]
    public void WriteAll_Guilin_EachPdfListsExactlyItsUnitsOverdueFindings()
    {
        var (result, directory) = GuilinPdf.Value;
        var expected = OverdueByUnit(Example.Guilin, GuilinAsOf);

        foreach (var file in result.Files)
        {
            var pdf = new PdfReadBack(File.ReadAllBytes(Path.Combine(directory, file.FileName)));
            var text = pdf.TextWithoutPageNumbers;
            text.Should().Contain("关于督促落实问题整改的通知").And.Contain(file.UnitName + "：");
            FindingIdsIn(text).Should().BeEquivalentTo(expected[file.UnitId], file.FileName);
            foreach (var id in file.FindingIds)
            {
                text.Should().Contain(Example.Guilin.FindFinding(id)!.Summary.Replace(" ", string.Empty, StringComparison.Ordinal)[..6]);
            }

            pdf.Author.Should().Be("桂林市纪委监委");
            pdf.Title.Should().Be("关于督促落实问题整改的通知");
        }
    }

    [Fact]
    public void WriteAll_Guilin_ReplyByIsThreeWorkingDaysAfterTheAsOfDate_AndTheTableGivesWorkingDaysOverdue()
    {
        var (result, directory) = GuilinPdf.Value;
        var calendar = WorkingDayCalendar.China;

        result.ReplyBy.Should().Be(new LocalDate(2022, 12, 5), "11-30 is a Wednesday: Thursday, Friday, then Monday");
        var file = result.Files[0];
        var pdf = new PdfReadBack(File.ReadAllBytes(Path.Combine(directory, file.FileName)));
        pdf.TextWithoutPageNumbers.Should().Contain("2022年12月5日前");
        var rows = pdf.Rows.SelectMany(p => p).ToList();
        foreach (var id in file.FindingIds)
        {
            var r = Example.Guilin.FindFinding(id)!.Rectification!;
            var row = rows.First(cells => cells.Contains(id));
            row[^1].Should().Be(r.WorkingDaysOverdue(GuilinAsOf, calendar).ToString(System.Globalization.CultureInfo.InvariantCulture), id);
        }
    }

    [Fact]
    public void WriteAll_Guilin_EveryLineInsideTheGbT9704TextArea_AndPageNumbersBelowIt()
    {
        var (result, directory) = GuilinPdf.Value;

        foreach (var file in result.Files)
        {
            var pdf = new PdfReadBack(File.ReadAllBytes(Path.Combine(directory, file.FileName)));
            pdf.Pages.Count.Should().Be(file.Document.PageCount);
            for (var i = 0; i < pdf.Pages.Count; i++)
            {
                foreach (var line in pdf.Pages[i])
                {
                    line.Left.Should().BeGreaterThanOrEqualTo((28 * Mm) - 1, line.Text);
                    line.Right.Should().BeLessThanOrEqualTo(((28 + 156) * Mm) + 1, line.Text);
                }

                // The page number ("— 1 —", 4号) sits 7 mm below the text area (A4: 297 mm high, text from 37 mm to 262 mm).
                if (pdf.Pages[i].SingleOrDefault(l => l.Text == $"—{i + 1}—") is { } number)
                {
                    var top = (297 * Mm) - number.Baseline - (14 * 0.88);
                    (top / Mm).Should().BeApproximately(37 + 225 + 7, 0.6);
                    if (i % 2 == 0)
                    {
                        number.Right.Should().BeGreaterThan(150 * Mm, "odd page numbers sit right");
                    }
                    else
                    {
                        number.Left.Should().BeLessThan(60 * Mm, "even page numbers sit left");
                    }

                    pdf.Pages[i].Where(l => l != number).Should().OnlyContain(l => l.Baseline > (297 - 37 - 225) * Mm, "body lines stay inside the text area");
                }
            }

            // GB/T 9704 §7.5: the 版记 page carries no number; every page before it does.
            for (var i = 0; i < pdf.Pages.Count - 1; i++)
            {
                pdf.Pages[i].Should().Contain(l => l.Text == $"—{i + 1}—");
            }
        }
    }

    [Fact]
    public void WriteAll_Guilin_ManifestMatchesTheFiles()
    {
        var (result, directory) = GuilinPdf.Value;

        using var manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(directory, NoticeSetResult.ManifestFileName)));
        var root = manifest.RootElement;
        root.GetProperty("round").GetString().Should().Be(Example.Guilin.Id);
        root.GetProperty("asOf").GetString().Should().Be("2022-11-30");
        root.GetProperty("replyBy").GetString().Should().Be("2022-12-05");
        var files = root.GetProperty("files").EnumerateArray().ToList();
        files.Should().HaveCount(result.Files.Count);
        for (var i = 0; i < files.Count; i++)
        {
            files[i].GetProperty("id").GetString().Should().Be(result.Files[i].UnitId);
            files[i].GetProperty("name").GetString().Should().Be(result.Files[i].UnitName);
            files[i].GetProperty("file").GetString().Should().Be(result.Files[i].FileName);
            files[i].GetProperty("findings").EnumerateArray().Select(e => e.GetString()).Should().Equal(result.Files[i].FindingIds);
            files[i].GetProperty("replyBy").GetString().Should().Be("2022-12-05");
            File.Exists(Path.Combine(directory, result.Files[i].FileName)).Should().BeTrue();
        }
    }

    [Fact]
    public void WriteAll_FileNames_AreTheSplitLedgersNumbersWithPdf()
    {
        var (result, _) = GuilinPdf.Value;
        var ledgers = Directory.CreateTempSubdirectory("split-").FullName;
        _folders.Add(ledgers);

        var split = RectificationLedger.WriteSplit(Example.Guilin, ledgers, new LedgerOptions { AsOf = GuilinAsOf });

        foreach (var file in result.Files)
        {
            split.Files.Single(f => f.Id == file.UnitId).FileName.Should().Be(Path.ChangeExtension(file.FileName, ".xlsx"));
        }
    }

    [Fact]
    public void WriteAll_Word_EachDocxListsExactlyItsUnitsOverdueFindings_AndIsValid()
    {
        var (result, directory) = Write(Example.Guilin, Options(GuilinAsOf, BulletinFormat.Word));
        var expected = OverdueByUnit(Example.Guilin, GuilinAsOf);

        result.Files.Select(f => f.UnitId).Should().BeEquivalentTo(expected.Keys);
        foreach (var file in result.Files)
        {
            file.FileName.Should().EndWith(".docx");
            using var word = new WordReadBack(File.ReadAllBytes(Path.Combine(directory, file.FileName)));
            word.Errors().Should().BeEmpty();
            var text = WordReadBack.WithoutWhitespace(word.Text);
            text.Should().Contain("关于督促落实问题整改的通知").And.Contain(file.UnitName);
            FindingIdsIn(text).Should().BeEquivalentTo(expected[file.UnitId], file.FileName);
        }
    }

    [Fact]
    public void WriteAll_ReplyBy_IsThreeWorkingDaysByTheCalendar_AcrossTheNationalDayHoliday()
    {
        // 2022-09-29 is a Thursday; 9-30 works, 10-1..10-7 are off, and Saturday 10-8 and Sunday 10-9 are 调休 working days.
        var round = LateAndDueSoon() with { Period = new DateInterval(D(9, 1), D(9, 30)) };
        round = round with
        {
            Inspections = [round.Inspections[0] with { Date = D(9, 13) }],
            Findings = [.. round.Findings.Select(f => f with { FoundOn = D(9, 13), Rectification = f.Rectification! with { AssignedOn = D(9, 14), Deadline = D(9, 21), Progress = [] } })],
        };

        var (result, directory) = Write(round, Options(D(9, 29)));

        result.ReplyBy.Should().Be(D(10, 9));
        new PdfReadBack(File.ReadAllBytes(Path.Combine(directory, result.Files.Single().FileName))).TextWithoutPageNumbers.Should().Contain("2022年10月9日前");
    }

    [Fact]
    public void WriteAll_ReplyByGiven_IsUsed_AndOneBeforeTheAsOfDateIsRefused()
    {
        var (result, _) = Write(LateAndDueSoon(), Options(D(11, 30)) with { ReplyBy = D(12, 9) });

        result.ReplyBy.Should().Be(D(12, 9));
        result.Files.Single().ReplyBy.Should().Be(D(12, 9));
        var act = () => RectificationNotices.WriteAll(LateAndDueSoon(), Path.GetTempPath(), Options(D(11, 30)) with { ReplyBy = D(11, 29) });
        act.Should().Throw<ArgumentException>().WithMessage("*ReplyBy*");
    }

    [Fact]
    public void WriteAll_IncludeDueSoon_RemindsOfTheYellowLightFindings_OnlyWhenAsked()
    {
        var round = LateAndDueSoon();

        var (plain, plainDir) = Write(round, Options(D(11, 30)));
        var (reminded, remindedDir) = Write(round, Options(D(11, 30)) with { IncludeDueSoon = true });

        plain.Files.Single().FindingIds.Should().Equal("f001");
        plain.Files.Single().DueSoonIds.Should().BeEmpty();
        var plainText = new PdfReadBack(File.ReadAllBytes(Path.Combine(plainDir, plain.Files.Single().FileName))).TextWithoutPageNumbers;
        plainText.Should().NotContain("f002").And.NotContain("即将到期");
        reminded.Files.Single().DueSoonIds.Should().Equal("f002");
        var text = new PdfReadBack(File.ReadAllBytes(Path.Combine(remindedDir, reminded.Files.Single().FileName))).TextWithoutPageNumbers;
        text.Should().Contain("二、即将到期问题提醒").And.Contain("f002").And.Contain("三、整改要求");
    }

    [Fact]
    public void WriteAll_NothingOverdue_WritesNoNotice_AndAManifestSayingSo()
    {
        var (result, directory) = Write(Minimal(), Options(D(11, 30)));

        result.Files.Should().BeEmpty();
        Directory.GetFiles(directory).Select(Path.GetFileName).Should().Equal("manifest.json");
    }

    [Fact]
    public void WriteAll_DocumentNumberWithN_NumbersTheNoticesInTheSet()
    {
        var options = Options(GuilinAsOf) with { Document = Options(GuilinAsOf).Document with { DocumentNumber = "桂纪督〔2022〕{n}号" } };

        var (result, directory) = Write(Example.Guilin, options);

        result.Files.Select(f => f.DocumentNumber).Should().Equal(result.Files.Select((_, i) => $"桂纪督〔2022〕{i + 1}号"));
        new PdfReadBack(File.ReadAllBytes(Path.Combine(directory, result.Files[0].FileName))).Text.Should().Contain("桂纪督〔2022〕1号");
    }

    [Fact]
    public void WriteAll_SameInputs_SameBytes()
    {
        var (first, a) = Write(LateAndDueSoon(), Options(D(11, 30)));
        var (_, b) = Write(LateAndDueSoon(), Options(D(11, 30)));

        File.ReadAllBytes(Path.Combine(a, first.Files[0].FileName)).Should().Equal(File.ReadAllBytes(Path.Combine(b, first.Files[0].FileName)));
    }

    [Fact]
    public async Task WriteAllAsync_Cancelled_WritesNothing()
    {
        var directory = Directory.CreateTempSubdirectory("notices-").FullName;
        _folders.Add(directory);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        var act = () => RectificationNotices.WriteAllAsync(Example.Guilin, directory, Options(GuilinAsOf), cancellationToken: cancelled.Token);

        await act.Should().ThrowAsync<OperationCanceledException>();
        Directory.GetFiles(directory).Should().BeEmpty();
    }

    [Fact]
    public void WriteAll_InvalidRound_ThrowsWithTheReport_AndWritesNothing()
    {
        var directory = Path.Combine(Path.GetTempPath(), "notices-" + Guid.NewGuid().ToString("N"));
        var round = LateAndDueSoon().WithFinding(f => f with { ResponsibleUnitId = "nowhere" });

        var act = () => RectificationNotices.WriteAll(round, directory, Options(D(11, 30)));

        act.Should().Throw<InvalidInputException>();
        Directory.Exists(directory).Should().BeFalse();
    }

    [Fact]
    public void WriteAll_English_AndTraditional_ComposeInTheirLanguage()
    {
        var (en, enDir) = Write(LateAndDueSoon(), Options(D(11, 30)) with { Document = Options(D(11, 30)).Document with { Language = Language.English } });
        var (hant, hantDir) = Write(LateAndDueSoon(), Options(D(11, 30)) with { Document = Options(D(11, 30)).Document with { Language = Language.ZhHant } });

        new PdfReadBack(File.ReadAllBytes(Path.Combine(enDir, en.Files[0].FileName))).Text.Should().Contain("Rectification").And.Contain("f001");
        new PdfReadBack(File.ReadAllBytes(Path.Combine(hantDir, hant.Files[0].FileName))).Text.Should().Contain("關於督促落實問題整改的通知");
    }
}
