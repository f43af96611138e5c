using System.Text.Json;
using NodaTime;
using Supervision.Reporting.Domain;
using Supervision.Reporting.Rendering.Excel.Import;
using Supervision.Reporting.Tests.Support;
using static Supervision.Reporting.Tests.Rendering.Excel.Import.EditedGuilinLedger;
using static Supervision.Reporting.Tests.Support.TestRounds;

namespace Supervision.Reporting.Tests.Rendering.Excel.Import;

// The edited Guilin ledger, imported from the OpenXml-written .xlsx and from the LibreOffice .xls made from it.
public sealed partial class LedgerImportTests
{
    private const string XlsFixture = "returned-guilin-ledger.xls";

    private static readonly Lazy<ReturnedWorkbook> Edited = new(() =>
    {
        var book = Build();

        // How the .xls fixture is made: see Fixtures/README.md.
        if (Environment.GetEnvironmentVariable("SUPERVISION_FIXTURE_DIR") is { Length: > 0 } directory)
        {
            book.SaveXlsx(directory, Path.ChangeExtension(XlsFixture, ".xlsx"));
        }

        return book;
    });

    private static readonly Dictionary<string, ImportedRound> EditedResults = [];

    private static ImportedRound ImportEdited(string format)
    {
        lock (EditedResults)
        {
            if (!EditedResults.TryGetValue(format, out var result))
            {
                var bytes = format == "xls"
                    ? File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", XlsFixture))
                    : Edited.Value.ToXlsx();
                EditedResults[format] = result = Import(Example.Guilin, bytes, ReportedOn);
            }

            return result;
        }
    }

    private static Rectification After(ImportedRound result, string id) => result.Round.FindFinding(id)!.Rectification!;

    private static Rectification Before(string id) => Example.Guilin.FindFinding(id)!.Rectification!;

    private static string Cell(string id, string header) => Edited.Value.CellOf(id, header);

    [Theory]
    [InlineData("xlsx")]
    [InlineData("xls")]
    public void LedgerImport_Import_EditedLedger_FindsTheLedgerSheetByItsHeaderNotItsPosition(string format)
    {
        var report = ImportEdited(format).Changes;

        report.Sheet.Should().Be("整改台账（已填报）");
        report.LedgerAsOf.Should().Be(AsOf);
    }

    [Theory]
    [InlineData("xlsx")]
    [InlineData("xls")]
    public void LedgerImport_Import_StatusInEnglishAndSlashDate_AppliedWithProgressAppended(string format)
    {
        var result = ImportEdited(format);
        var after = After(result, "f003");

        after.Status.Should().Be(RectificationStatus.Rectified);
        after.CompletedOn.Should().Be(D(12, 2));
        after.Progress.Should().HaveCount(Before("f003").Progress.Count + 1);
        after.Progress.Take(Before("f003").Progress.Count).Should().Equal(Before("f003").Progress);
        after.Progress[^1].Should().Be(new ProgressEntry { Date = ReportedOn, Status = RectificationStatus.Rectified, Note = "已完成整改，建立台账" });
        result.Changes.Applied.Where(c => c.FindingId == "f003").Select(c => (c.Field, c.Old, c.New)).Should().BeEquivalentTo(new[]
        {
            (ImportField.Status, (string?)"in-progress", (string?)"rectified"),
            (ImportField.CompletedOn, null, "2022-12-02"),
            (ImportField.Progress, Before("f003").Progress[^1].Note, "已完成整改，建立台账"),
        });
        result.Changes.Applied.Single(c => c.FindingId == "f003" && c.Field == ImportField.Status).Cell.Should().Be(Cell("f003", Status));
    }

    [Theory]
    [InlineData("xlsx")]
    [InlineData("xls")]
    public void LedgerImport_Import_HiddenRowOpenToInProgress_AppliedAsAProgressEntry(string format)
    {
        var after = After(ImportEdited(format), "f015");

        after.Status.Should().Be(RectificationStatus.InProgress);
        after.Progress[^1].Should().Be(new ProgressEntry { Date = ReportedOn, Status = RectificationStatus.InProgress, Note = "已制定整改方案" });
        after.StatusAsOf(ReportedOn).Should().Be(RectificationStatus.InProgress);

        // The test writer really hid the row.
        using var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(new MemoryStream(Edited.Value.ToXlsx()), false);
        var sheet = document.WorkbookPart!.WorksheetParts.Select(p => p.Worksheet).Single(w => w.Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>().Count() > 10);
        sheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>().Single(r => r.Hidden?.Value == true).RowIndex!.Value.Should().Be((uint)Edited.Value.RowNumberOf("f015"));
    }

    [Theory]
    [InlineData("xlsx", "f027", "completedOn", 12, 3)]
    [InlineData("xlsx", "f046", "completedOn", 12, 1)]
    [InlineData("xlsx", "f043", "closedOn", 12, 3)]
    [InlineData("xlsx", "f022", "closedOn", 12, 2)]
    [InlineData("xlsx", "f014", "closedOn", 12, 1)]
    [InlineData("xls", "f027", "completedOn", 12, 3)]
    [InlineData("xls", "f046", "completedOn", 12, 1)]
    [InlineData("xls", "f043", "closedOn", 12, 3)]
    [InlineData("xls", "f022", "closedOn", 12, 2)]
    [InlineData("xls", "f014", "closedOn", 12, 1)]
    public void LedgerImport_Import_DateInEachForm_Applied(string format, string id, string field, int month, int day)
    {
        var after = After(ImportEdited(format), id);

        var date = field == "completedOn" ? after.CompletedOn : after.ClosedOn;
        date.Should().Be(D(month, day));
        after.Status.Should().Be(field == "completedOn" ? RectificationStatus.Rectified : RectificationStatus.Closed);
    }

    [Theory]
    [InlineData("xlsx")]
    [InlineData("xls")]
    public void LedgerImport_Import_ClosedWithoutClosureDate_RowRejectedWithTheRule(string format)
    {
        var result = ImportEdited(format);

        var issue = result.Changes.Rejected.Single(r => r.Location.ItemId == "f028");
        issue.Cell().Should().Be(Cell("f028", Closed));
        issue.Message.Should().Contain("closedOn");
        After(result, "f028").Should().Be(Before("f028"));
    }

    [Theory]
    [InlineData("xlsx")]
    [InlineData("xls")]
    public void LedgerImport_Import_ImpossibleDate_RowRejectedAtItsCell(string format)
    {
        var result = ImportEdited(format);

        var issue = result.Changes.Rejected.Single(r => r.Location.ItemId == "f035");
        issue.Cell().Should().Be(Cell("f035", Completed));
        issue.Code.Should().Be("rejected-row");
        issue.Message.Should().Contain("2022-02-30").And.Contain("not a valid date");
        After(result, "f035").Should().Be(Before("f035"));
    }

    [Theory]
    [InlineData("xlsx")]
    [InlineData("xls")]
    public void LedgerImport_Import_CompletionBeforeAssignment_RowRejectedNothingApplied(string format)
    {
        var result = ImportEdited(format);

        var issue = result.Changes.Rejected.Single(r => r.Location.ItemId == "f037");
        issue.Cell().Should().Be(Cell("f037", Completed));
        issue.Message.Should().Contain("before assignedOn");
        After(result, "f037").Should().Be(Before("f037"));
        result.Changes.Applied.Should().NotContain(c => c.FindingId == "f037");
    }

    [Theory]
    [InlineData("xlsx")]
    [InlineData("xls")]
    public void LedgerImport_Import_MeasuresRetypedAndRemarkAdded_Applied(string format)
    {
        var result = ImportEdited(format);

        After(result, "f016").Measures.Should().Be("重新排班，增派人员");
        After(result, "f016").Progress.Should().Equal(Before("f016").Progress);
        After(result, "f032").Progress[^1].Should().Be(new ProgressEntry { Date = ReportedOn, Status = RectificationStatus.Rectified, Note = "备注：已申请延期" });
        result.Changes.Applied.Should().ContainSingle(c => c.FindingId == "f032" && c.Field == ImportField.Remarks && c.New == "已申请延期");
    }

    [Theory]
    [InlineData("xlsx")]
    [InlineData("xls")]
    public void LedgerImport_Import_StatusMergedOverTwoRows_AppliesToBothRows(string format)
    {
        var result = ImportEdited(format);

        foreach (var id in new[] { "f038", "f039" })
        {
            After(result, id).Status.Should().Be(RectificationStatus.Closed, id);
            After(result, id).ClosedOn.Should().Be(D(12, 4), id);
        }

        result.Changes.Notes.Should().Contain(n => n.Contains("merged", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("xlsx")]
    [InlineData("xls")]
    public void LedgerImport_Import_DeletedRowAndUnknownId_Reported(string format)
    {
        var report = ImportEdited(format).Changes;

        report.Missing.Should().Equal("f030");
        report.UnknownIds.Should().ContainSingle().Which.Should().Match<Diagnostic>(i => i.Location.ItemId == null && i.Code == "unknown-id" && i.Cell() == Cell("f999", "问题编号"));
    }

    [Theory]
    [InlineData("xlsx")]
    [InlineData("xls")]
    public void LedgerImport_Import_FormulaInImportedColumn_ReportedAndRowRejected(string format)
    {
        // .xlsx: <f> in the sheet XML; .xls: BIFF FORMULA records, read past ExcelDataReader.
        var result = ImportEdited(format);

        result.Changes.Formulas.Select(f => (f.Location.ItemId, f.Cell(), f.Code)).Should().Equal(
            ("f060", Cell("f060", Overdue), "formula"),
            ("f018", Cell("f018", Status), "formula"));
        result.Changes.Rejected.Should().ContainSingle(r => r.Location.ItemId == "f018").Which.Message.Should().Contain("formula");
        After(result, "f018").Should().Be(Before("f018"));
        result.Changes.Notes.Should().NotContain(n => n.Contains("scanned", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("xlsx")]
    [InlineData("xls")]
    public void LedgerImport_Import_EditedLedger_EveryUntouchedFindingIdenticalAndNothingElseChanged(string format)
    {
        var result = ImportEdited(format);
        var changed = result.Changes.Applied.Select(c => c.FindingId).ToHashSet();
        var before = Example.Guilin;

        result.Round.Findings.Count.Should().Be(before.Findings.Count);
        for (var i = 0; i < before.Findings.Count; i++)
        {
            var (old, now) = (before.Findings[i], result.Round.Findings[i]);
            if (!changed.Contains(old.Id))
            {
                now.Should().BeSameAs(old, old.Id);
                continue;
            }

            // Only the rectification's imported fields may differ; earlier progress entries stay as they were.
            (now with { Rectification = old.Rectification }).Should().Be(old, old.Id);
            var r = now.Rectification!;
            (r with { Status = old.Rectification!.Status, CompletedOn = old.Rectification.CompletedOn, ClosedOn = old.Rectification.ClosedOn, Measures = old.Rectification.Measures, Progress = old.Rectification.Progress })
                .Should().Be(old.Rectification, old.Id);
            r.Progress.Take(old.Rectification.Progress.Count).Should().Equal(old.Rectification.Progress, old.Id);
        }

        (result.Round with { Findings = before.Findings }).Should().Be(before);
        changed.Should().BeEquivalentTo(["f003", "f015", "f027", "f046", "f043", "f022", "f014", "f016", "f032", "f038", "f039"]);
        Supervision.Reporting.RoundValidator.Validate(result.Round).Errors.Should().BeEmpty();
    }

    [Theory]
    [InlineData("xlsx")]
    [InlineData("xls")]
    public void LedgerImport_Import_EditedLedger_ReportJsonNamesEveryKind(string format)
    {
        var report = ImportEdited(format).Changes;
        using var json = System.Text.Json.JsonDocument.Parse(report.ToJson());
        var root = json.RootElement;

        root.GetProperty("applied").GetArrayLength().Should().Be(report.Applied.Count);
        root.GetProperty("rejected").GetArrayLength().Should().Be(report.Rejected.Count);
        root.GetProperty("unknownIds")[0].GetProperty("finding").ValueKind.Should().Be(JsonValueKind.Null, "what was typed in the id column of an unknown row is not echoed");
        root.GetProperty("missing")[0].GetString().Should().Be("f030");
        root.GetProperty("complete").GetBoolean().Should().BeFalse();
        root.GetProperty("summary").GetString().Should().Be(report.Summary);
        report.Summary.Should().Contain($"{report.Rejected.Count} rejected");
    }
}
