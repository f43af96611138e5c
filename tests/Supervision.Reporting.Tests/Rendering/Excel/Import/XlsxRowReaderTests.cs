using System.Text;
using CsCheck;
using ExcelDataReader;
using Supervision.Reporting.Domain;
using Supervision.Reporting.Rendering.Excel.Import;
using Supervision.Reporting.Tests.Support;

namespace Supervision.Reporting.Tests.Rendering.Excel.Import;

// The import's own .xlsx row reader gives, cell for cell, the values ExcelDataReader (an independent reader) gives.
public sealed class XlsxRowReaderTests
{
    static XlsxRowReaderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static List<(string Sheet, List<object?[]> Rows)> Ours(byte[] xlsx)
    {
        using var stream = new MemoryStream(xlsx, writable: false);
        using var reader = new XlsxRowReader(stream);
        var sheets = new List<(string, List<object?[]>)>();
        while (reader.NextSheet())
        {
            var rows = new List<object?[]>();
            while (reader.Read())
            {
                rows.Add(reader.Values);
            }

            sheets.Add((reader.Name, rows));
        }

        return sheets;
    }

    private static List<(string Sheet, List<object?[]> Rows)> Theirs(byte[] xlsx)
    {
        using var stream = new MemoryStream(xlsx, writable: false);
        using var reader = ExcelReaderFactory.CreateReader(stream);
        var sheets = new List<(string, List<object?[]>)>();
        do
        {
            var rows = new List<object?[]>();
            while (reader.Read())
            {
                var values = new object?[reader.FieldCount];
                for (var i = 0; i < values.Length; i++)
                {
                    values[i] = reader.GetValue(i);
                }

                rows.Add(values);
            }

            sheets.Add((reader.Name, rows));
        }
        while (reader.NextResult());
        return sheets;
    }

    private static void ShouldRead(byte[] xlsx)
    {
        var ours = Ours(xlsx);
        var theirs = Theirs(xlsx);
        ours.Select(s => s.Sheet).Should().Equal(theirs.Select(s => s.Sheet));
        for (var s = 0; s < ours.Count; s++)
        {
            var (name, rows) = ours[s];
            var expected = theirs[s].Rows;
            rows.Count.Should().Be(expected.Count, "sheet {0} has as many rows", name);
            for (var r = 0; r < rows.Count; r++)
            {
                for (var c = 0; c < Math.Max(rows[r].Length, expected[r].Length); c++)
                {
                    var mine = c < rows[r].Length ? rows[r][c] : null;
                    var other = c < expected[r].Length ? expected[r][c] : null;
                    mine.Should().Be(other, "{0}!{1}{2}", name, ReturnedWorkbook.ColumnName(c), r + 1);
                }
            }
        }
    }

    [Fact]
    public void XlsxRowReader_Read_GuilinLedgersInEveryLanguage_SameCellsAsExcelDataReader()
    {
        foreach (var language in new[] { Language.ZhHans, Language.ZhHant, Language.English })
        {
            ShouldRead(LedgerImportTests.Ledger(Example.Guilin, EditedGuilinLedger.AsOf, language));
        }
    }

    [Fact]
    public void XlsxRowReader_Read_EditedWorkbookWithMergesAndHiddenRows_SameCellsAsExcelDataReader()
    {
        ShouldRead(EditedGuilinLedger.Build().ToXlsx());
    }

    [Fact]
    public void XlsxRowReader_Read_RandomRoundsLedgers_SameCellsAsExcelDataReader()
    {
        Gen.Select(Gen.Int[0, 100_000], Gen.Int[0, 30]).Sample(
            sample =>
            {
                var round = RandomRounds.Generate(sample.Item1, sample.Item2);
                var xlsx = LedgerImportTests.Ledger(round, round.Period.End);
                ShouldRead(xlsx);
                ShouldRead(ReturnedWorkbook.FromLedger(xlsx).ToXlsx());
            },
            iter: 20,
            threads: 1);
    }

    [Theory]
    [InlineData("yyyy\"年\"m\"月\"d\"日\"", true)]
    [InlineData("yyyy-mm-dd", true)]
    [InlineData("[$-804]yyyy\"年\"m\"月\"", true)]
    [InlineData("[h]:mm", true)]
    [InlineData("0.00", false)]
    [InlineData("\"m\"0", false)]
    [InlineData("[Red]0;[Blue]-0", false)]
    [InlineData("@", false)]
    public void XlsxRowReader_IsDateFormat_FormatCodes(string code, bool date)
    {
        XlsxRowReader.IsDateFormat(code).Should().Be(date);
    }
}
