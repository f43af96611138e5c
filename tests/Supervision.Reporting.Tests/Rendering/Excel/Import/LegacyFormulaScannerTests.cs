using Supervision.Reporting.Rendering.Excel.Import;

namespace Supervision.Reporting.Tests.Rendering.Excel.Import;

public sealed class LegacyFormulaScannerTests
{
    private static byte[] Fixture() => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "returned-guilin-ledger.xls"));

    [Fact]
    public void LegacyFormulaScanner_Scan_LibreOfficeXls_TheFormulaCellsOfThatSheetOnly()
    {
        var book = new Lazy<ReturnedWorkbook>(EditedGuilinLedger.Build).Value;

        var cells = LegacyFormulaScanner.Scan(new MemoryStream(Fixture()), book.SheetName);
        var notes = LegacyFormulaScanner.Scan(new MemoryStream(Fixture()), "填报说明");

        cells.Should().BeEquivalentTo(new[]
        {
            (book.RowNumberOf("f018"), book.Column(EditedGuilinLedger.Status)),
            (book.RowNumberOf("f060"), book.Column(EditedGuilinLedger.Overdue)),
        });
        notes.Should().BeEmpty();
    }

    [Fact]
    public void LegacyFormulaScanner_Scan_UnknownSheetOrNotACompoundFile_Null()
    {
        LegacyFormulaScanner.Scan(new MemoryStream(Fixture()), "no such sheet").Should().BeNull();
        LegacyFormulaScanner.Scan(new MemoryStream(new byte[1024]), "整改台账").Should().BeNull();

        var truncated = Fixture()[..3000];
        LegacyFormulaScanner.Scan(new MemoryStream(truncated), "整改台账").Should().BeNull();
    }
}
