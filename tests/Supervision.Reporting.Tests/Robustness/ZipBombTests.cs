using System.IO.Compression;
using System.Text;
using CsCheck;
using NodaTime;
using Supervision.Reporting.Rendering.Excel.Import;
using Supervision.Reporting.Tests.Cli;
using Supervision.Reporting.Tests.Rendering.Excel.Import;
using Supervision.Reporting.Tests.Support;

namespace Supervision.Reporting.Tests.Robustness;

// Issue 10, class 4 (returned ledgers): what a returned .xlsx inflates to is checked while it streams — bytes per
// part, characters per cell, parts, shared strings, rows, columns — and each limit passed is one clear error that
// names the part or the sheet!cell, before ExcelDataReader holds anything.
public sealed class ZipBombTests : IDisposable
{
    private static readonly LocalDate AsOf = TestRounds.D(11, 30);

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("zip-bombs-");

    public void Dispose() => _folder.Delete(recursive: true);

    private static ReadResult<ImportedRound> Import(byte[] workbook)
    {
        using var stream = new MemoryStream(workbook, writable: false);
        return LedgerImport.Import(TestRounds.Minimal(), stream, new LedgerImportOptions { ReportedOn = AsOf.PlusDays(5) });
    }

    private static string OnlyError(ReadResult<ImportedRound> read)
    {
        read.Value.Should().BeNull();
        read.Report.Errors.Should().ContainSingle().Which.Code.Should().Be("workbook-limit");
        return read.Report.Errors[0].Message;
    }

    // A package of the parts a reader needs, the worksheet's XML given in pieces that are written one after another.
    private static void Package(Stream output, IEnumerable<string> sheetXml, Action<ZipArchive>? more = null)
    {
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        void Add(string name, string text)
        {
            using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
            writer.Write(text);
        }

        Add("[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>""");
        Add("_rels/.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
        Add("xl/workbook.xml", """<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="整改台账" sheetId="1" r:id="rId1"/></sheets></workbook>""");
        Add("xl/_rels/workbook.xml.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>""");
        using (var writer = new StreamWriter(zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.Optimal).Open(), new UTF8Encoding(false)))
        {
            writer.Write("""<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>问题编号</t></is></c><c r="B1" t="inlineStr"><is><t>整改状态</t></is></c></row>""");
            foreach (var piece in sheetXml)
            {
                writer.Write(piece);
            }

            writer.Write("</sheetData></worksheet>");
        }

        more?.Invoke(zip);
    }

    private static byte[] Package(IEnumerable<string> sheetXml, Action<ZipArchive>? more = null)
    {
        using var output = new MemoryStream();
        Package(output, sheetXml, more);
        return output.ToArray();
    }

    [Fact]
    public void LedgerImport_Import_GeneratedCellLengthsAroundTheLimit_LongerOnesRefusedAtTheirCell()
    {
        Gen.Int[ReturnedPackageScan.MaxCellCharacters - 50, ReturnedPackageScan.MaxCellCharacters + 5_000].Sample(
            length =>
            {
                var book = ReturnedWorkbook.FromLedger(LedgerImportTests.Ledger(TestRounds.Minimal(), AsOf));
                book.Set("f001", "整改进展", new string('进', length));

                var read = Import(book.ToXlsx());

                if (length <= ReturnedPackageScan.MaxCellCharacters)
                {
                    read.Value.Should().NotBeNull();
                }
                else
                {
                    OnlyError(read).Should().Contain(book.CellOf("f001", "整改进展")).And.Contain("20,000 characters");
                }
            },
            iter: 12);
    }

    [Fact]
    public void LedgerImport_Import_LongSharedString_RefusedNamingThePart()
    {
        var book = ReturnedWorkbook.FromLedger(LedgerImportTests.Ledger(TestRounds.Minimal(), AsOf));
        var xlsx = Package([], zip =>
        {
            using var writer = new StreamWriter(zip.CreateEntry("xl/sharedStrings.xml").Open());
            writer.Write("""<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>a</t></si><si><r><t>""");
            writer.Write(new string('x', 15_000));
            writer.Write("</t></r><r><t>");
            writer.Write(new string('y', 15_000));
            writer.Write("</t></r></si></sst>");
        });

        OnlyError(Import(xlsx)).Should().Contain("xl/sharedStrings.xml, shared string 2").And.Contain("20,000");
        book.Rows.Should().NotBeEmpty();
    }

    [Fact]
    public void LedgerImport_Import_TooManySharedStrings_Refused()
    {
        var xlsx = Package([], zip =>
        {
            using var writer = new StreamWriter(zip.CreateEntry("xl/sharedStrings.xml", CompressionLevel.Optimal).Open());
            writer.Write("""<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">""");
            for (var i = 0; i <= ReturnedPackageScan.MaxSharedStrings; i++)
            {
                writer.Write("<si/>");
            }

            writer.Write("</sst>");
        });

        OnlyError(Import(xlsx)).Should().Contain("xl/sharedStrings.xml has more than 4,000,000 shared strings");
    }

    [Fact]
    public void LedgerImport_Import_TooManyParts_Refused()
    {
        var xlsx = Package([], zip =>
        {
            for (var i = 0; i < ReturnedPackageScan.MaxEntries; i++)
            {
                zip.CreateEntry(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"xl/media/p{i}.bin"));
            }
        });

        OnlyError(Import(xlsx)).Should().Contain("at most 10,000");
    }

    [Theory]
    [InlineData("""<row r="1048577"><c r="A1048577"><v>1</v></c></row>""", "row 1,048,577")]
    [InlineData("""<row r="2"><c r="XFE2"><v>1</v></c></row>""", "outside A1:XFD1048576")]
    public void LedgerImport_Import_CellsOutsideAWorksheet_RefusedNamingTheSheet(string row, string expected)
    {
        OnlyError(Import(Package([row]))).Should().Contain("整改台账 (xl/worksheets/sheet1.xml)").And.Contain(expected);
    }

    [Fact]
    public void LedgerImport_Import_PartInflatingPastTheLimit_RefusedNamingThePart()
    {
        var path = Path.Combine(_folder.FullName, "big-part.xlsx");
        using (var file = File.Create(path))
        {
            Package(file, [], zip =>
            {
                using var stream = zip.CreateEntry("xl/media/image1.bin", CompressionLevel.Optimal).Open();
                var zeros = new byte[1 << 20];
                for (var i = 0; i <= ReturnedPackageScan.MaxPartBytes >> 20; i++)
                {
                    stream.Write(zeros);
                }
            });
        }

        using var input = File.OpenRead(path);
        var read = LedgerImport.Import(TestRounds.Minimal(), input, new LedgerImportOptions { ReportedOn = AsOf });

        OnlyError(read).Should().Contain("The part xl/media/image1.bin inflates to more than 1,024 MB");
    }

    [Fact]
    public void Import_Command_OneCellInflatingToABillionCharacters_ExitOneQuicklyInBoundedMemory()
    {
        var round = Path.Combine(_folder.FullName, "round.json");
        File.WriteAllText(round, Supervision.Reporting.RoundJson.Serialize(TestRounds.Minimal()));
        var bomb = Path.Combine(_folder.FullName, "bomb.xlsx");
        using (var file = File.Create(bomb))
        {
            var block = new string('A', 1 << 20);
            Package(file, ["""<row r="2"><c r="A2" t="inlineStr"><is><t>f001</t></is></c><c r="B2" t="inlineStr"><is><t>""", .. Enumerable.Repeat(block, 1000), "</t></is></c></row>"]);
        }

        new FileInfo(bomb).Length.Should().BeLessThan(3 << 20, "the bomb is small on disk");
        var output = Path.Combine(_folder.FullName, "updated.json");

        var result = ChildCli.Run("import", round, bomb, "-o", output, "--as-of", "2022-12-05");

        result.ExitCode.Should().Be(1);
        result.Error.ShouldHaveNoStackTrace();
        result.Error.Should().Contain("整改台账!B2 holds more than 20,000 characters");
        result.PeakWorkingSet.Should().BePositive().And.BeLessThan(300L << 20, "the cell is never held whole");
        HostileInput.FilesIn(_folder).Should().Equal("bomb.xlsx", "round.json");
    }
}
