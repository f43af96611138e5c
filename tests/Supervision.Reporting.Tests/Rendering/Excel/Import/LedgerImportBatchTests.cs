using CsCheck;
using NodaTime;
using Supervision.Reporting.Domain;
using Supervision.Reporting.Rendering.Excel.Import;
using Supervision.Reporting.Tests.Support;
using static Supervision.Reporting.Tests.Support.TestRounds;

namespace Supervision.Reporting.Tests.Rendering.Excel.Import;

// The round trip of a split ledger: the office splits the Guilin ledger per responsible unit, units edit their
// files in another writer (DocumentFormat.OpenXml), some return twice, and the office imports the folder in one call.
public sealed class LedgerImportBatchTests : IDisposable
{
    private static readonly LocalDate AsOf = D(11, 30);

    private static readonly LocalDate ReportedOn = D(12, 5);

    private readonly string directory = Path.Combine(Path.GetTempPath(), "batch-tests-" + Guid.NewGuid().ToString("N"));

    public LedgerImportBatchTests() => Directory.CreateDirectory(directory);

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private static LedgerImportOptions Options => new() { ReportedOn = ReportedOn };

    // The split of `round` as units receive it, by unit id.
    private Dictionary<string, ReturnedWorkbook> Split(SupervisionRound round, string folder)
    {
        var result = RectificationLedger.WriteSplit(round, Path.Combine(directory, folder), new LedgerOptions { AsOf = AsOf });
        return result.Files.ToDictionary(f => f.Id, f => ReturnedWorkbook.FromLedgerWithNotes(File.ReadAllBytes(Path.Combine(directory, folder, f.FileName))));
    }

    // The returned folder: several units, lipu-health twice with different edits, quanzhou-samr twice with the same
    // edit, quanzhou-health with a row of another unit's finding edited, and a file of another round.
    private string ReturnedFolder(out Dictionary<string, string> cells)
    {
        var round = Example.Guilin;
        var books = Split(round, "sent");
        var returned = Path.Combine(directory, "returned");
        Directory.CreateDirectory(returned);
        cells = [];

        var quanzhou = books["quanzhou-health"];
        quanzhou.Set("f039", "整改状态", "已销号").Set("f039", "销号日期", "2022-12-02");
        var outside = ReturnedWorkbook.FromLedger(LedgerImportTests.Ledger(round, AsOf));
        quanzhou.Rows.Add((object?[])outside.Rows[outside.RowIndexOf("f003")].Clone());
        quanzhou.Set("f003", "整改状态", "已整改").Set("f003", "完成日期", "2022-12-02");
        cells["f039"] = quanzhou.CellOf("f039", "整改状态");
        cells["f003"] = quanzhou.CellOf("f003", "整改状态");
        quanzhou.SaveXlsx(returned, "05-全州县卫生健康局.xlsx");

        var lipu = books["lipu-health"];
        lipu.Set("f070", "整改进展", "已制定整改方案");
        cells["f070a"] = lipu.CellOf("f070", "整改进展");
        lipu.SaveXlsx(returned, "07-荔浦市卫生健康局.xlsx");
        lipu.Set("f070", "整改状态", "已整改").Set("f070", "完成日期", "2022-12-03").Set("f070", "整改进展", "已完成整改");
        cells["f070b"] = lipu.CellOf("f070", "整改状态");
        lipu.SaveXlsx(returned, "07-荔浦市卫生健康局（第二次报送）.xlsx");

        var samr = books["quanzhou-samr"];
        samr.Set("f022", "整改状态", "已销号").Set("f022", "销号日期", "2022-12-02");
        samr.SaveXlsx(returned, "09-全州县市场监督管理局.xlsx");
        samr.SaveXlsx(returned, "09-全州县市场监督管理局（重报）.xlsx");

        var yongfu = books["yongfu-health"];
        yongfu.Set("f028", "整改状态", "整改中").Set("f028", "整改进展", "已制定方案");
        yongfu.SaveXlsx(returned, "19-永福县卫生健康局.xlsx");

        // The same unit's list from another round (another id), edited: nothing of it may be applied.
        var other = Split(round with { Id = "guilin-2022-12-other" }, "other")["ertang-xs"];
        other.Set("f003", "整改状态", "已销号").Set("f003", "销号日期", "2022-12-04");
        other.SaveXlsx(returned, "02-象山区二塘乡.xlsx");

        // Files a batch must skip: the manifest and an Office lock file.
        File.WriteAllText(Path.Combine(returned, "manifest.json"), "{}");
        File.WriteAllText(Path.Combine(returned, "~$05-全州县卫生健康局.xlsx"), "lock");
        return returned;
    }

    [Fact]
    public void LedgerImport_ImportFiles_ReturnedSplitFolder_AppliesEachUnitsChangeWithItsFile()
    {
        var round = Example.Guilin;
        var folder = ReturnedFolder(out var cells);

        var read = LedgerImport.ImportFiles(round, [folder], Options);

        var changes = read.Value!.Changes;
        changes.Files.Should().HaveCount(6, "six returned workbooks; the manifest and the lock file are skipped");
        changes.Applied.Select(c => (c.FindingId, c.Field, c.File)).Should().BeEquivalentTo(new[]
        {
            ("f039", ImportField.Status, "05-全州县卫生健康局.xlsx"),
            ("f039", ImportField.ClosedOn, "05-全州县卫生健康局.xlsx"),
            ("f022", ImportField.Status, "09-全州县市场监督管理局.xlsx"),
            ("f022", ImportField.ClosedOn, "09-全州县市场监督管理局.xlsx"),
            ("f028", ImportField.Status, "19-永福县卫生健康局.xlsx"),
            ("f028", ImportField.Progress, "19-永福县卫生健康局.xlsx"),
        });
        changes.Applied.Single(c => c.FindingId == "f039" && c.Field == ImportField.Status).Cell.Should().Be(cells["f039"]);

        var updated = read.Value.Round;
        updated.FindFinding("f039")!.Rectification!.Status.Should().Be(RectificationStatus.Closed);
        updated.FindFinding("f039")!.Rectification!.ClosedOn.Should().Be(D(12, 2));
        updated.FindFinding("f022")!.Rectification!.Status.Should().Be(RectificationStatus.Closed);
        updated.FindFinding("f028")!.Rectification!.Status.Should().Be(RectificationStatus.InProgress);
        updated.FindFinding("f070").Should().Be(round.FindFinding("f070"), "two files changed it differently");
        updated.FindFinding("f003").Should().Be(round.FindFinding("f003"), "only files outside its unit or round changed it");
        round.FindFinding("f039")!.Rectification!.Status.Should().Be(RectificationStatus.Rectified, "the input round is unchanged");
    }

    [Fact]
    public void LedgerImport_ImportFiles_TwoFilesChangeOneFindingDifferently_ConflictNamingBothFilesAndCells()
    {
        var folder = ReturnedFolder(out var cells);

        var read = LedgerImport.ImportFiles(Example.Guilin, [folder], Options);

        var conflicts = read.Value!.Changes.Conflicts.Where(c => c.Code == "conflicting-files").ToList();
        conflicts.Should().OnlyContain(c => c.IsError && c.Location.ItemId == "f070");
        conflicts.Select(c => c.Location.Source).Distinct().Should().BeEquivalentTo(new[] { "07-荔浦市卫生健康局.xlsx", "07-荔浦市卫生健康局（第二次报送）.xlsx" });
        conflicts.Select(c => $"{c.Location.Sheet}!{c.Location.Cell}").Should().Contain(new[] { cells["f070a"], cells["f070b"] });
        conflicts.Should().OnlyContain(c => c.Message.Contains("07-荔浦市卫生健康局", StringComparison.Ordinal));
        read.IsValid.Should().BeFalse();
        read.Value.Changes.IsComplete.Should().BeFalse();
    }

    [Fact]
    public void LedgerImport_ImportFiles_OutsideItsUnitAndOtherRound_ReportedAndNotApplied()
    {
        var folder = ReturnedFolder(out var cells);

        var read = LedgerImport.ImportFiles(Example.Guilin, [folder], Options);

        var rejected = read.Value!.Changes.Rejected;
        rejected.Where(r => r.Code == "outside-scope").Should().OnlyContain(r =>
            r.IsError && r.Location.ItemId == "f003" && r.Location.Source == "05-全州县卫生健康局.xlsx").And.NotBeEmpty();
        rejected.Where(r => r.Code == "outside-scope").Select(r => $"{r.Location.Sheet}!{r.Location.Cell}").Should().Contain(cells["f003"]);
        rejected.Should().ContainSingle(r => r.Code == "other-round" && r.Location.Source == "02-象山区二塘乡.xlsx");
        read.Value.Changes.Applied.Should().NotContain(c => c.File == "02-象山区二塘乡.xlsx" || c.FindingId == "f003");

        // Every problem names its file.
        read.Report.Errors.Should().OnlyContain(d => d.Location.Source != null);
    }

    [Fact]
    public void LedgerImport_ImportFiles_ReimportIntoTheUpdatedRound_ChangesNothing()
    {
        var folder = ReturnedFolder(out _);
        var first = LedgerImport.ImportFiles(Example.Guilin, [folder], Options).Value!;

        var second = LedgerImport.ImportFiles(first.Round, [folder], Options).Value!;

        second.Changes.Applied.Should().BeEmpty();
        second.Round.Should().Be(first.Round);
    }

    [Fact]
    public void LedgerImport_ImportMany_StreamsWithNames_SameAsTheFolder()
    {
        var folder = ReturnedFolder(out _);
        var fromFolder = LedgerImport.ImportFiles(Example.Guilin, [folder], Options).Value!;
        var streams = Directory.EnumerateFiles(folder, "0*.xlsx").Concat(Directory.EnumerateFiles(folder, "1*.xlsx")).Order(StringComparer.Ordinal)
            .Select(p => new LedgerImportSource(Path.GetFileName(p), new MemoryStream(File.ReadAllBytes(p)))).ToList();

        var fromStreams = LedgerImport.ImportMany(Example.Guilin, streams, Options).Value!;

        fromStreams.Round.Should().Be(fromFolder.Round);
        fromStreams.Changes.Applied.Should().Equal(fromFolder.Changes.Applied);
        fromStreams.Changes.ToJson().Should().Be(fromFolder.Changes.ToJson());
        fromStreams.Changes.ToJson().Should().Contain("\"file\": \"05-全州县卫生健康局.xlsx\"");
    }

    [Fact]
    public void LedgerImport_ImportFiles_UntouchedSplit_NothingChangedNothingMissing()
    {
        var round = Example.Guilin;
        var folder = Path.Combine(directory, "untouched");
        RectificationLedger.WriteSplit(round, folder, new LedgerOptions { AsOf = AsOf });

        var read = LedgerImport.ImportFiles(round, [folder], Options);

        read.IsValid.Should().BeTrue(read.Report.ToString());
        read.Value!.Changes.Applied.Should().BeEmpty();
        read.Value.Changes.Missing.Should().BeEmpty("every finding is in its unit's file");
        read.Value.Changes.Unchanged.Should().HaveCount(round.Findings.Count(f => f.IsViolation && f.FoundOn <= AsOf));
        read.Value.Round.Should().Be(round);
    }

    [Fact]
    public void LedgerImport_ImportFiles_PathThatDoesNotExist_AnErrorNamingIt()
    {
        var read = LedgerImport.ImportFiles(Example.Guilin, [Path.Combine(directory, "nope.xlsx")], Options);

        read.Report.Errors.Should().ContainSingle(e => e.Code == "file-not-found" && e.Location.Source == "nope.xlsx");
        read.Value!.Round.Should().BeSameAs(Example.Guilin);
    }

    [Fact]
    public void LedgerImport_ImportFiles_RandomRoundsSplitEditedAndReturned_ExactlyTheEditsApplied()
    {
        Gen.Select(Gen.Int[0, 100_000], Gen.Int[1, 20], Gen.Int[0, 1023]).Sample(
            sample =>
            {
                var (seed, count, pick) = sample;
                var round = RandomRounds.Generate(seed, count);
                var asOf = round.Period.End;
                var sent = Path.Combine(directory, Guid.NewGuid().ToString("N"));
                var split = RectificationLedger.WriteSplit(round, sent, new LedgerOptions { AsOf = asOf });
                var returned = Path.Combine(sent, "returned");
                Directory.CreateDirectory(returned);
                var edited = new HashSet<string>(StringComparer.Ordinal);
                var i = 0;
                foreach (var file in split.Files)
                {
                    var book = ReturnedWorkbook.FromLedgerWithNotes(File.ReadAllBytes(Path.Combine(sent, file.FileName)));
                    foreach (var id in round.Findings.Where(f => f.IsViolation && f.FoundOn <= asOf && f.ResponsibleUnitId == file.Id).Select(f => f.Id))
                    {
                        if (((pick >> (i++ % 10)) & 1) == 1)
                        {
                            book.Set(id, "整改进展", "进展" + id);
                            edited.Add(id);
                        }
                    }

                    book.SaveXlsx(returned, file.FileName);
                }

                var result = LedgerImport.ImportFiles(round, [returned], new LedgerImportOptions { ReportedOn = asOf.PlusDays(60) }).Value!;

                result.Changes.Conflicts.Should().BeEmpty();
                result.Changes.Rejected.Should().BeEmpty();
                result.Changes.Applied.Select(c => c.FindingId).Distinct().Should().BeEquivalentTo(edited);
                result.Changes.Applied.Where(c => split.Files.Single(f => f.FileName == c.File).Id != round.FindFinding(c.FindingId)!.ResponsibleUnitId)
                    .Should().BeEmpty("each change comes from the file of its finding's unit");
                LedgerImport.ImportFiles(result.Round, [returned], new LedgerImportOptions { ReportedOn = asOf.PlusDays(60) }).Value!.Round.Should().Be(result.Round);
            },
            iter: 8,
            threads: 1);
    }
}
