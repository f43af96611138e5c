using System.Text.RegularExpressions;
using Supervision.Reporting.Rendering.Excel;
using Supervision.Reporting.Tests.Support;
using static Supervision.Reporting.Tests.Rendering.Excel.LedgerReader;

namespace Supervision.Reporting.Tests.Rendering.Excel;

public sealed partial class RectificationLedgerTests
{
    [Theory]
    [InlineData(LedgerPaper.A4, "9")]
    [InlineData(LedgerPaper.A3, "8")]
    public void RectificationLedger_Write_Paper_PrintSetupLandscapeFitToWidth(LedgerPaper paper, string paperSize)
    {
        var (bytes, _) = Write(Example.Guilin, Options(GuilinAsOf) with { Paper = paper });

        var sheet = Parts(bytes)["xl/worksheets/sheet1.xml"];
        sheet.Should().Contain($"<pageSetup paperSize=\"{paperSize}\" orientation=\"landscape\" fitToWidth=\"1\" fitToHeight=\"0\" />");
        sheet.Should().Contain("<sheetPr><pageSetUpPr fitToPage=\"1\" /></sheetPr>");
        sheet.Should().Contain("<pageMargins ");
        sheet.Should().Contain("<oddFooter>&amp;C第 &amp;P 页 共 &amp;N 页</oddFooter>");
        ValidationErrors(bytes).Should().BeEmpty();
    }

    [Fact]
    public void RectificationLedger_Write_Guilin_PrintTitlesDefinedForTheDetailSheet()
    {
        var (bytes, _) = Write(Example.Guilin, Options(GuilinAsOf));

        var workbook = Parts(bytes)["xl/workbook.xml"];
        workbook.Should().Contain("<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"0\">'整改台账'!$1:$3</definedName>");
        workbook.Should().Contain("<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"0\" hidden=\"1\">'整改台账'!$A$3:$U$71</definedName>");
    }

    [Fact]
    public void RectificationLedger_Write_Guilin_LiveConditionalFormatsOverTheDetailRows()
    {
        var (bytes, _) = Write(Example.Guilin, Options(GuilinAsOf));

        var parts = Parts(bytes);
        var sheet = parts["xl/worksheets/sheet1.xml"];
        sheet.Should().Contain("<conditionalFormatting sqref=\"A4:U71\"><cfRule type=\"expression\" dxfId=\"0\" priority=\"2\" stopIfTrue=\"1\"><formula>AND($N4&lt;&gt;\"\",$N4&lt;TODAY(),$K4&lt;&gt;\"长期坚持\")</formula></cfRule></conditionalFormatting>");
        sheet.Should().Contain("<formula>OR($O4=\"已整改\",$O4=\"已销号\")</formula>");
        parts["xl/styles.xml"].Should().Contain($"<dxfs count=\"2\"><dxf><fill><patternFill patternType=\"solid\"><fgColor rgb=\"FF{LedgerStyles.RedFill}\" />");

        // CT_Worksheet order: … mergeCells, conditionalFormatting, dataValidations, printOptions, pageMargins, pageSetup, headerFooter.
        var order = Regex.Matches(sheet, "<(sheetData|autoFilter|mergeCells|conditionalFormatting|dataValidations|printOptions|pageMargins|pageSetup|headerFooter)[ >]")
            .Select(m => m.Groups[1].Value).Distinct().ToList();
        order.Should().Equal("sheetData", "autoFilter", "mergeCells", "conditionalFormatting", "dataValidations", "printOptions", "pageMargins", "pageSetup", "headerFooter");
    }

    [Fact]
    public void RectificationLedger_Write_Guilin_StatusDropDownFrozenHeaderAndDateFormat()
    {
        var (bytes, _) = Write(Example.Guilin, Options(GuilinAsOf));

        var parts = Parts(bytes);
        var sheet = parts["xl/worksheets/sheet1.xml"];
        sheet.Should().Contain("sqref=\"O4:O71\"><formula1>\"未整改,整改中,已整改,已销号\"</formula1>");
        sheet.Should().Contain("ySplit=\"3\"").And.Contain("state=\"frozen\"");
        sheet.Should().Contain("<mergeCell ref=\"A1:U1\" />");
        parts["xl/styles.xml"].Should().Contain("formatCode=\"yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;\"");
        Regex.Matches(sheet, "<col min=\"(\\d+)\" max=\"\\1\" width=\"([\\d.]+)\"").Should().HaveCount(21);
    }
}
