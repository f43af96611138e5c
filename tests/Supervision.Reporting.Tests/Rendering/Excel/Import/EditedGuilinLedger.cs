using NodaTime;
using Supervision.Reporting.Tests.Support;
using static Supervision.Reporting.Tests.Support.TestRounds;

namespace Supervision.Reporting.Tests.Rendering.Excel.Import;

// The Guilin ledger as of 2022-11-30 as a unit might return it: every kind of edit the issue lists, written by
// DocumentFormat.OpenXml. Fixtures/returned-guilin-ledger.xls is this workbook converted by LibreOffice.
internal static class EditedGuilinLedger
{
    public static readonly LocalDate AsOf = D(11, 30);

    public static readonly LocalDate ReportedOn = D(12, 5);

    public const string Status = "整改状态";
    public const string Progress = "整改进展";
    public const string Measures = "整改措施";
    public const string Completed = "完成日期";
    public const string Closed = "销号日期";
    public const string Remarks = "备注";
    public const string Overdue = "逾期天数";

    public static ReturnedWorkbook Build()
    {
        var book = ReturnedWorkbook.FromLedger(LedgerImportTests.Ledger(Example.Guilin, AsOf));
        book.NotesSheetFirst = true;
        book.SheetName = "整改台账（已填报）";

        // A status in English and a text date 2022/12/02, with a progress note.
        book.Set("f003", Status, "Rectified").Set("f003", Completed, "2022/12/02").Set("f003", Progress, "已完成整改，建立台账");

        // Open → in progress with a note (its row is hidden below).
        book.Set("f015", Status, "整改中").Set("f015", Progress, "已制定整改方案");

        // Text dates in each form.
        book.Set("f027", Status, "已整改").Set("f027", Completed, "12月3日");
        book.Set("f046", Status, "已整改").Set("f046", Completed, "2022年12月1日");
        book.Set("f043", Status, "已销号").Set("f043", Closed, "2022.12.03");
        book.Set("f022", Status, "closed").Set("f022", Closed, "2022-12-02");

        // An Excel date.
        book.Set("f014", Status, "已销号").Set("f014", Closed, new DateTime(2022, 12, 1));

        // Rejected: closed with no closure date; an impossible date; completion before assignment.
        book.Set("f028", Status, "已销号");
        book.Set("f035", Status, "已整改").Set("f035", Completed, "2022-02-30");
        book.Set("f037", Status, "已整改").Set("f037", Completed, "2022-11-01");

        // Measures retyped; a remark added.
        book.Set("f016", Measures, "重新排班，增派人员");
        book.Set("f032", Remarks, "已申请延期");

        // A formula in an imported column (the row is rejected) and in one that is not imported (reported only).
        book.Set("f018", Status, new TestFormula("\"已\"&\"销号\"", "已销号")).Set("f018", Closed, "2022-12-02");
        book.Set("f060", Overdue, new TestFormula("1+1", "2"));

        // A deleted row, a row with an id the round does not have, rows sorted by id descending.
        book.DeleteRow("f030");
        book.AddRow(("问题编号", "f999"), (Status, "已整改"), (Progress, "新发现的问题"));
        book.SortDataRows(r => r[book.Column("问题编号")] as string, descending: true);

        // f039 then f038 are adjacent after the sort: 已销号 merged over both rows, a closure date on each.
        var top = book.RowNumberOf("f039");
        book.RowNumberOf("f038").Should().Be(top + 1);
        var status = ReturnedWorkbook.ColumnName(book.Column(Status));
        book.Set("f039", Status, "已销号").Set("f038", Status, null).Set("f039", Closed, "2022-12-04").Set("f038", Closed, "2022-12-04");
        book.Merges.Add($"{status}{top}:{status}{top + 1}");

        book.Hidden.Add(book.RowNumberOf("f015"));
        return book;
    }
}
