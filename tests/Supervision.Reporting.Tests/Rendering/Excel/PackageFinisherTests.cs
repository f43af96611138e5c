using System.IO.Compression;
using System.Text;
using Supervision.Reporting.Rendering.Excel;

namespace Supervision.Reporting.Tests.Rendering.Excel;

// The finishing pass on hand-made packages: parts that already have the elements it adds, and row data whose
// </sheetData> falls on every side of a read-buffer boundary.
public sealed class PackageFinisherTests
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Core = """<?xml version="1.0" encoding="utf-8"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dcterms:created xsi:type="dcterms:W3CDTF">2031-01-02T03:04:05Z</dcterms:created></cp:coreProperties>""";

    private static readonly PackageFinish Finish = new()
    {
        Sheets =
        [
            new SheetFinish
            {
                Name = "It's",
                ColumnWidths = [12, 30.5],
                ConditionalRules = [new ConditionalRule("A2:B9", "$A2<TODAY()", 0, StopIfTrue: true)],
                PrintTitleRows = (1, 3),
                FilterRange = "$A$3:$B$9",
                Paper = LedgerPaper.A3,
                Footer = "&CPage &P",
            },
        ],
        DifferentialFills = ["FFC7CE"],
        Created = new DateTimeOffset(2022, 11, 30, 0, 0, 0, TimeSpan.Zero),
    };

    private static Dictionary<string, string> Run(string sheet, string workbook, string styles)
    {
        using var source = new MemoryStream();
        using (var zip = new ZipArchive(source, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in new[] { ("xl/worksheets/sheet1.xml", sheet), ("xl/workbook.xml", workbook), ("xl/styles.xml", styles), ("docProps/core.xml", Core), ("xl/other.bin", "unchanged") })
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
                writer.Write(text);
            }
        }

        source.Position = 0;
        using var output = new MemoryStream();
        PackageFinisher.Finish(source, output, Finish);
        return new Dictionary<string, string>(LedgerReader.Parts(output.ToArray()));
    }

    private static string Sheet(string head, string rows, string tail) =>
        $"""<?xml version="1.0" encoding="utf-8"?><worksheet xmlns="{Main}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">{head}<sheetData>{rows}</sheetData>{tail}</worksheet>""";

    private const string Workbook = $"""<?xml version="1.0" encoding="utf-8"?><workbook xmlns="{Main}"><sheets><sheet name="It's" sheetId="1" /></sheets><definedNames><definedName name="_xlnm.Print_Titles" localSheetId="0">'It''s'!$9:$9</definedName><definedName name="Keep">1</definedName></definedNames><calcPr /></workbook>""";

    private const string Styles = $"""<?xml version="1.0" encoding="utf-8"?><styleSheet xmlns="{Main}"><cellXfs count="1"><xf /></cellXfs><dxfs count="1"><dxf><font><b /></font></dxf></dxfs><extLst /></styleSheet>""";

    [Fact]
    public void PackageFinisher_Finish_ExistingElements_MergedInSchemaOrder()
    {
        var parts = Run(
            Sheet("<sheetPr><tabColor rgb=\"FF0000FF\" /><pageSetUpPr fitToPage=\"0\" /></sheetPr><sheetViews><sheetView workbookViewId=\"0\" /></sheetViews><cols><col min=\"1\" max=\"1\" width=\"3\" /></cols>", "<row r=\"1\"><c><v>1</v></c></row>", "<mergeCells count=\"1\"><mergeCell ref=\"A1:B1\" /></mergeCells><dataValidations count=\"0\" /><pageMargins left=\"1\" right=\"1\" top=\"1\" bottom=\"1\" header=\"0\" footer=\"0\" /><extLst />"),
            Workbook,
            Styles);

        var sheet = parts["xl/worksheets/sheet1.xml"];
        sheet.Should().Contain("<sheetPr><tabColor rgb=\"FF0000FF\" /><pageSetUpPr fitToPage=\"1\" /></sheetPr><sheetViews>");
        sheet.Should().Contain("<cols><col min=\"1\" max=\"1\" width=\"12\" customWidth=\"1\" /><col min=\"2\" max=\"2\" width=\"30.5\" customWidth=\"1\" /></cols><sheetData><row r=\"1\"><c><v>1</v></c></row></sheetData>");
        sheet.Should().Contain("</mergeCells><conditionalFormatting sqref=\"A2:B9\"><cfRule type=\"expression\" dxfId=\"1\" priority=\"1\" stopIfTrue=\"1\"><formula>$A2&lt;TODAY()</formula></cfRule></conditionalFormatting><dataValidations count=\"0\" />");
        sheet.Should().Contain("<dataValidations count=\"0\" /><printOptions horizontalCentered=\"1\" /><pageMargins left=\"0.59\"");
        sheet.Should().EndWith("<pageSetup paperSize=\"8\" orientation=\"landscape\" fitToWidth=\"1\" fitToHeight=\"0\" /><headerFooter><oddFooter>&amp;CPage &amp;P</oddFooter></headerFooter><extLst /></worksheet>");
        sheet.Should().NotContain("left=\"1\"").And.NotContain("fitToPage=\"0\"");

        var workbook = parts["xl/workbook.xml"];
        workbook.Should().Contain("<definedName name=\"Keep\">1</definedName><definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"0\" hidden=\"1\">'It''s'!$A$3:$B$9</definedName><definedName name=\"_xlnm.Print_Titles\" localSheetId=\"0\">'It''s'!$1:$3</definedName></definedNames><calcPr />");
        workbook.Should().NotContain("$9:$9");

        parts["xl/styles.xml"].Should().Contain("<dxfs count=\"2\"><dxf><font><b /></font></dxf><dxf><fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFFFC7CE\" /><bgColor rgb=\"FFFFC7CE\" /></patternFill></fill></dxf></dxfs><extLst />");
        parts["docProps/core.xml"].Should().Contain("2022-11-30T00:00:00Z").And.NotContain("2031");
        parts["xl/other.bin"].Should().Be("unchanged");
    }

    [Fact]
    public void PackageFinisher_Finish_NoDefinedNamesOrDxfs_InsertsThemWhereTheSchemaWants()
    {
        var parts = Run(
            Sheet(string.Empty, string.Empty, string.Empty),
            $"""<?xml version="1.0" encoding="utf-8"?><workbook xmlns="{Main}"><sheets><sheet name="It's" sheetId="1" /></sheets><calcPr /></workbook>""",
            $"""<?xml version="1.0" encoding="utf-8"?><styleSheet xmlns="{Main}"><cellXfs count="1"><xf /></cellXfs><cellStyles count="0" /><tableStyles count="0" /></styleSheet>""");

        parts["xl/workbook.xml"].Should().Contain("</sheets><definedNames>").And.Contain("</definedNames><calcPr />");
        parts["xl/styles.xml"].Should().Contain("<cellStyles count=\"0\" /><dxfs count=\"1\"><dxf>").And.Contain("</dxfs><tableStyles");
        parts["xl/worksheets/sheet1.xml"].Should().StartWith($"""<?xml version="1.0" encoding="utf-8" standalone="yes"?><worksheet xmlns="{Main}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetPr><pageSetUpPr fitToPage="1" /></sheetPr><cols>""");
        parts["xl/worksheets/sheet1.xml"].Should().Contain("<sheetData></sheetData><conditionalFormatting");
    }

    [Fact]
    public void PackageFinisher_Finish_EmptySelfClosingSheetData_Kept()
    {
        var parts = Run(
            $"""<?xml version="1.0" encoding="utf-8"?><worksheet xmlns="{Main}"><sheetData/></worksheet>""",
            Workbook,
            Styles);

        parts["xl/worksheets/sheet1.xml"].Should().Contain("</cols><sheetData/><conditionalFormatting");
    }

    [Theory]
    [InlineData(65_536 - 200)]
    [InlineData(65_536 - 13)]
    [InlineData(65_536 - 12)]
    [InlineData(65_536 - 11)]
    [InlineData(65_536 - 6)]
    [InlineData(65_536)]
    [InlineData(65_536 + 5)]
    [InlineData(3 * 65_536 + 7)]
    public void PackageFinisher_Finish_RowsAcrossReadBoundaries_CopiedByteForByte(int size)
    {
        // Rows padded so that "</sheetData>" starts at about `size` bytes into the part, with markup-like text inside.
        var head = $"""<?xml version="1.0" encoding="utf-8"?><worksheet xmlns="{Main}"><sheetData>""";
        var builder = new StringBuilder();
        var filler = "<row><c t=\"inlineStr\"><is><t>&lt;/sheetData&gt; 整改</t></is></c></row>";
        while (Encoding.UTF8.GetByteCount(head) + Encoding.UTF8.GetByteCount(builder.ToString()) + Encoding.UTF8.GetByteCount(filler) < size)
        {
            builder.Append(filler);
        }

        var pad = size - Encoding.UTF8.GetByteCount(head) - Encoding.UTF8.GetByteCount(builder.ToString());
        builder.Append("<row>").Append(new string('x', Math.Max(0, pad - 11))).Append("</row>");
        var rows = builder.ToString();

        var parts = Run(head + rows + "</sheetData><mergeCells count=\"0\" /></worksheet>", Workbook, Styles);

        var sheet = parts["xl/worksheets/sheet1.xml"];
        sheet.Should().Contain("<sheetData>" + rows + "</sheetData><mergeCells count=\"0\" /><conditionalFormatting");
    }
}
