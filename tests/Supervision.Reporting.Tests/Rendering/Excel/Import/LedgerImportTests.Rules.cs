using NodaTime;
using Supervision.Reporting.Domain;
using Supervision.Reporting.Rendering.Excel.Import;
using Supervision.Reporting.Tests.Support;
using static Supervision.Reporting.Tests.Support.TestRounds;

namespace Supervision.Reporting.Tests.Rendering.Excel.Import;

// Rules on small rounds: conflicts, blank cells, duplicate ids, columns found by header.
public sealed partial class LedgerImportTests
{
    // f001 of the minimal round, open: assigned 11-14, no progress.
    private static SupervisionRound OpenRound() => Minimal().WithRectification(r => r with
    {
        Status = RectificationStatus.Open,
        CompletedOn = null,
        ClosedOn = null,
        Progress = [],
    });

    private static ReturnedWorkbook Returned(SupervisionRound round, LocalDate asOf) => ReturnedWorkbook.FromLedger(Ledger(round, asOf));

    [Fact]
    public void LedgerImport_Import_RoundHasNewerProgressThanTheReportDate_ConflictNotOverwritten()
    {
        var round = OpenRound().WithRectification(r => r with { Progress = [new ProgressEntry { Date = D(12, 10), Status = RectificationStatus.InProgress, Note = "市里已督办" }] });
        var book = Returned(round, D(11, 30)).Set("f001", "整改进展", "正在整改");

        var result = Import(round, book.ToXlsx(), D(12, 5));

        result.Changes.Conflicts.Should().ContainSingle().Which.Should().Match<Diagnostic>(c =>
            c.Location.ItemId == "f001" && c.Cell() == book.CellOf("f001", "整改进展") && c.Message.Contains("2022-12-10"));
        result.Changes.Applied.Should().BeEmpty();
        result.Round.Should().Be(round);
        result.Changes.IsComplete.Should().BeFalse();
    }

    [Fact]
    public void LedgerImport_Import_CompletionRecordedAfterTheLedgerWentOut_ConflictNotOverwritten()
    {
        var round = OpenRound().WithRectification(r => r with
        {
            Status = RectificationStatus.Rectified,
            CompletedOn = D(12, 3),
        });
        var book = Returned(round, D(11, 30)).Set("f001", "整改状态", "已整改").Set("f001", "完成日期", "2022-12-01");

        var result = Import(round, book.ToXlsx(), D(12, 5));

        result.Changes.Conflicts.Should().ContainSingle().Which.Cell().Should().Be(book.CellOf("f001", "完成日期"));
        result.Round.Should().Be(round);
    }

    [Fact]
    public void LedgerImport_Import_RowProgressDateColumn_EntryDatedFromTheRow()
    {
        var round = OpenRound();
        var book = Returned(round, D(11, 30));
        var header = book.Rows[book.HeaderIndex];
        var widened = book.Rows.Select(r => r.Append(null).ToArray()).ToList();
        book.Rows.Clear();
        book.Rows.AddRange(widened);
        book.Rows[book.HeaderIndex][header.Length] = "进展日期";
        book.Set("f001", "整改状态", "整改中").Set("f001", "整改进展", "已制定方案").Set("f001", "进展日期", "11月28日");

        var result = Import(round, book.ToXlsx(), D(12, 5));

        result.Round.Finding().Rectification!.Progress.Should().Equal(new ProgressEntry { Date = D(11, 28), Status = RectificationStatus.InProgress, Note = "已制定方案" });
    }

    [Theory]
    [InlineData("完成日期")]
    [InlineData("整改状态")]
    [InlineData("整改进展")]
    public void LedgerImport_Import_RecordedValueBlanked_RowRejectedNothingDeleted(string header)
    {
        var round = Minimal();
        var book = Returned(round, D(11, 30)).Set("f001", header, null).Set("f001", "整改措施", "新的措施");

        var result = Import(round, book.ToXlsx(), D(12, 5));

        result.Changes.Rejected.Should().ContainSingle().Which.Cell().Should().Be(book.CellOf("f001", header));
        result.Round.Should().Be(round);
    }

    [Fact]
    public void LedgerImport_Import_SameIdOnTwoRows_BothRejected()
    {
        var round = Minimal();
        var book = Returned(round, D(11, 30)).Set("f001", "整改措施", "措施一");
        book.Rows.Add((object?[])book.Rows[book.RowIndexOf("f001")].Clone());
        book.Rows[^1][book.Column("整改措施")] = "措施二";

        var result = Import(round, book.ToXlsx(), D(12, 5));

        result.Changes.Rejected.Should().HaveCount(2).And.OnlyContain(r => r.Location.ItemId == "f001" && r.Message.Contains("rows 4, 5"));
        result.Round.Should().Be(round);
    }

    [Fact]
    public void LedgerImport_Import_ColumnsReorderedDroppedAddedBlankRowsAndHeadersWrapped_StillRead()
    {
        var round = OpenRound();
        var book = Returned(round, D(11, 30)).Set("f001", "整改状态", "整改中").Set("f001", "整改进展", "正在整改");
        var keep = new[] { "整改进展", "问题编号", "整改状态", "备注" }.Select(book.Column).ToArray();
        var rows = book.Rows.Select((r, i) => i < book.HeaderIndex ? r : [.. keep.Select(c => r[c]), "单位自填列"]).ToList();
        rows[book.HeaderIndex][1] = "问题\n编号";
        rows[book.HeaderIndex][^1] = "联系人";
        rows.Insert(book.HeaderIndex + 1, new object?[5]);
        rows.Add(new object?[5]);
        var reshaped = new ReturnedWorkbook(book.SheetName, rows);

        var result = Import(round, reshaped.ToXlsx(), D(12, 5));

        // Blank row 4 is absent from the file, as Excel writes it: f001 is still found on row 5.
        result.Changes.Applied.Select(c => (c.Field, c.Cell)).Should().BeEquivalentTo([(ImportField.Status, $"{book.SheetName}!C5"), (ImportField.Progress, $"{book.SheetName}!A5")]);
        result.Round.Finding().Rectification!.Progress.Should().ContainSingle().Which.Note.Should().Be("正在整改");
    }

    [Fact]
    public void LedgerImport_Import_EnglishLedgerEditedInChinese_HeadersAndStatusesInAnyLanguage()
    {
        var round = OpenRound();
        var book = ReturnedWorkbook.FromLedger(Ledger(round, D(11, 30), Language.English));
        var status = Array.IndexOf(book.Rows[book.HeaderIndex], "Status");
        book.Rows[book.HeaderIndex + 1][status] = "整改中";

        var result = Import(round, book.ToXlsx(), D(12, 5));

        result.Round.Finding().Rectification!.Status.Should().Be(RectificationStatus.InProgress);
        result.Changes.LedgerAsOf.Should().Be(D(11, 30));
    }

    [Fact]
    public void LedgerImport_Import_SubtitleDeleted_LedgerAsOfFromOptionsAndNoted()
    {
        var round = Minimal();
        var book = Returned(round, D(11, 30));
        book.Rows[1] = [];

        using var stream = new MemoryStream(book.ToXlsx());
        var result = LedgerImport.Import(round, stream, new LedgerImportOptions { ReportedOn = D(12, 5), LedgerAsOf = D(11, 30) }).Value!;

        result.Changes.LedgerAsOf.Should().Be(D(11, 30));
        result.Changes.Notes.Should().Contain(n => n.Contains("subtitle", StringComparison.Ordinal));
        result.Changes.Applied.Should().BeEmpty();
    }

    [Fact]
    public void LedgerImport_Import_RowWithoutId_ReportedAsUnknown()
    {
        var round = Minimal();
        var book = Returned(round, D(11, 30)).AddRow(("整改状态", "已整改"), ("整改进展", "某单位自行添加"));

        var result = Import(round, book.ToXlsx(), D(12, 5));

        result.Changes.UnknownIds.Should().ContainSingle().Which.Location.ItemId.Should().BeNull();
        result.Round.Should().Be(round);
    }

    [Fact]
    public void LedgerImport_Import_RejectionReasons_NeverNameAPerson()
    {
        var round = Minimal();
        var book = Returned(round, D(11, 30)).Set("f001", "完成日期", "张某某说下周").Set("f001", "整改状态", "张某某");

        var result = Import(round, book.ToXlsx(), D(12, 5));

        result.Changes.Rejected.Should().NotBeEmpty();
        result.Changes.ToJson().Should().NotContain("张某某");
    }

    [Fact]
    public void LedgerImport_Import_ReportJsonFile_WrittenAtomicallyAndReadable()
    {
        var round = Minimal();
        var result = Import(round, Ledger(round, D(11, 30)), D(12, 5));
        var path = Path.Combine(Path.GetTempPath(), $"changes-{Guid.NewGuid():N}.json");
        try
        {
            result.Changes.WriteJsonFile(path);

            using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(path));
            json.RootElement.GetProperty("unchanged")[0].GetString().Should().Be("f001");
            json.RootElement.GetProperty("ledgerAsOf").GetString().Should().Be("2022-11-30");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void LedgerImport_Import_EditInAColumnNotImported_ListedAndNotApplied()
    {
        var round = Minimal();
        var book = Returned(round, D(11, 30)).Set("f001", "责任单位", "全州县卫健局").Set("f001", "整改时限", "2022-12-31");

        var result = Import(round, book.ToXlsx(), D(12, 5));

        result.Changes.IgnoredEdits.Select(i => i.Cell()).Should().Equal(book.CellOf("f001", "责任单位"), book.CellOf("f001", "整改时限"));
        result.Changes.IgnoredEdits.Should().OnlyContain(i => !i.Message.Contains("全州县卫健局"));
        result.Changes.Applied.Should().BeEmpty();
        result.Round.Should().Be(round);
    }
}
