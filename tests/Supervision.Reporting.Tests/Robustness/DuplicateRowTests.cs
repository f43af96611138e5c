using CsCheck;
using NodaTime;
using Supervision.Reporting.Rendering.Excel.Import;
using Supervision.Reporting.Tests.Cli;
using Supervision.Reporting.Tests.Rendering.Excel.Import;
using Supervision.Reporting.Tests.Support;

namespace Supervision.Reporting.Tests.Robustness;

// Issue 10, class 3: a finding id on many rows of a returned ledger gives one diagnostic per row (so
// that every row is pointed at), each naming at most a few rows and a count — linear in the rows,
// where listing every other row on every row was quadratic (5,000 duplicates gave 146 MB).
public sealed class DuplicateRowTests : IDisposable
{
    private static readonly LocalDate AsOf = TestRounds.D(11, 30);

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("duplicate-rows-");

    public void Dispose() => _folder.Delete(recursive: true);

    private static ReturnedWorkbook WithCopies(string id, int copies)
    {
        var book = ReturnedWorkbook.FromLedger(LedgerImportTests.Ledger(TestRounds.Minimal(), AsOf));
        var row = book.Rows[book.RowIndexOf(id)];
        for (var i = 1; i < copies; i++)
        {
            book.Rows.Add((object?[])row.Clone());
        }

        return book;
    }

    [Fact]
    public void LedgerImport_Import_GeneratedDuplicateCounts_OneBoundedMessagePerRow()
    {
        Gen.Int[2, 400].Sample(copies =>
        {
            var book = WithCopies("f001", copies);

            var result = LedgerImportTests.Import(TestRounds.Minimal(), book.ToXlsx(), AsOf);

            var rejected = result.Changes.Rejected;
            rejected.Should().HaveCount(copies).And.OnlyContain(d => d.Code == "duplicate-id");
            rejected.Should().OnlyContain(d => d.Message.Length < 200, "a message names at most a few rows");
            var first = book.RowNumberOf("f001");
            var listed = Enumerable.Range(first, Math.Min(copies, 10)).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture));
            rejected[0].Message.Should().Contain(string.Join(", ", listed));
            if (copies > 10)
            {
                rejected[0].Message.Should().Contain(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"… and {copies - 10:N0} more"));
            }
            else
            {
                rejected[0].Message.Should().NotContain("more");
            }

            result.Round.Should().Be(TestRounds.Minimal(), "which row is right cannot be known");
        }, iter: 12);
    }

    // Issue 15: rows are imported as they are read, so the first row of an id is judged before its copy turns up —
    // here after the rows the cells' language is sampled on. The copy still rejects both rows, and nothing of the
    // first row's judgement survives: not its change, not its ignored edit; another row's change is applied.
    [Fact]
    public void LedgerImport_Import_EditedRowCopiedPastTheSampledRows_BothRejectedNothingOfTheFirstKept()
    {
        var round = Example.Guilin;
        var book = ReturnedWorkbook.FromLedger(LedgerImportTests.Ledger(round, TestRounds.D(11, 30)));
        book.Set("f003", "整改状态", "已整改").Set("f003", "问题描述", "改过的描述").Set("f070", "整改进展", "已完成方案初稿");
        book.Rows.Add((object?[])book.Rows[book.RowIndexOf("f003")].Clone());
        var first = book.RowNumberOf("f003");
        var copy = book.Rows.Count;
        (copy - first).Should().BeGreaterThan(50, "the copy comes after the rows the language is judged on");

        var result = LedgerImportTests.Import(round, book.ToXlsx(), TestRounds.D(12, 5));

        var report = result.Changes;
        var id = ReturnedWorkbook.ColumnName(book.Column("问题编号"));
        report.Rejected.Select(d => (d.Code, d.Location.Cell)).Should().Equal(
            ("duplicate-id", $"{id}{first}"), ("duplicate-id", $"{id}{copy}"));
        report.Applied.Should().ContainSingle().Which.Should().Match<AppliedChange>(c => c.FindingId == "f070" && c.Field == ImportField.Progress);
        report.IgnoredEdits.Should().BeEmpty();
        report.Unchanged.Should().NotContain("f003").And.Contain("f001");
        result.Round.FindFinding("f003").Should().Be(round.FindFinding("f003"));
        result.Round.FindFinding("f070")!.Rectification!.Progress[^1].Note.Should().Be("已完成方案初稿");
    }

    [Fact]
    public void Import_Command_FiveThousandDuplicates_ExitOneLinearMessagesNothingWritten()
    {
        var round = Path.Combine(_folder.FullName, "round.json");
        File.WriteAllText(round, Supervision.Reporting.RoundJson.Serialize(TestRounds.Minimal()));
        var returned = WithCopies("f001", 5_000).SaveXlsx(_folder.FullName, "returned.xlsx");
        var output = Path.Combine(_folder.FullName, "updated.json");

        var result = CliRunner.Run("import", round, returned, "-o", output, "--strict", "--as-of", "2022-12-05");

        result.ExitCode.Should().Be(1);
        result.Error.ShouldHaveNoStackTrace();
        result.Error.Length.Should().BeLessThan(100_000, "stderr lists a bounded number of problems of bounded length");
        result.Error.Should().Contain("… and 4,990 more").And.Contain("… and 4,800 more (--report writes them all)");
        HostileInput.FilesIn(_folder).Should().Equal("returned.xlsx", "round.json");
    }
}
