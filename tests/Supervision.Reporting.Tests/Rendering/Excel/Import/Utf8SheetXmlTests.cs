using System.Globalization;
using System.IO.Compression;
using System.Text;
using CsCheck;
using Supervision.Reporting.Rendering.Excel.Import;

namespace Supervision.Reporting.Tests.Rendering.Excel.Import;

// XlsxRowReader reads a worksheet the package scan finds plain from its bytes (Utf8SheetXml), any other with
// XmlReader; both give the same rows, values and merges, for whatever XML the scan accepts.
public sealed class Utf8SheetXmlTests
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string SheetPart = "xl/worksheets/sheet1.xml";

    // Pieces of text, each as it is written in the XML (literal, or as references) — whitespace of every kind
    // alone and mixed, references to whitespace, CR LF and lone CRs, CJK, a surrogate pair, characters XML allows
    // that are controls elsewhere.
    private static readonly string[] Pieces =
    [
        "a", "Z9", " ", "  ", "\t", "\n", "\r\n", "\r", " \n", "\t ", "&#32;", "&#10;", "&#13;", "&#9;", "&#x20;", "&#13;&#10;",
        "&amp;", "&lt;", "&gt;", "&quot;", "&apos;", "\"", "'", ">", "&#x4E2D;", "&#20013;", "中文", "整改", "😀", "&#x1F600;", "&#128512;",
        "\u0085", "\u2028", "\u00A0", "&#xA0;", "1", "2.5", "-3e2", "45000", "TRUE", "1 ", " 1",
    ];

    private static readonly Gen<string> Text = Of(Pieces).Array[0, 6].Select(p => string.Concat(p));

    // Markup that XmlReader (comments, PIs ignored) passes over between nodes.
    private static readonly Gen<string> Between = Of("", "", "", " ", "\r\n  ", "<!-- a > b -->", "<?pi x?>", "<!--\r\n-->");

    private static readonly Gen<string> Value = Gen.Frequency(
        (6, Text.Select(t => $"<v>{t}</v>")),
        (2, Gen.Select(Text, Between, Text).Select((a, b, c) => $"<v>{a}{b}{c}</v>")),
        (1, Gen.Const("<v/>")),
        (1, Text.Select(t => $"<v xml:space=\"preserve\">{t}</v>")),
        (3, Gen.Select(Text, Text, Text, Between).Select((a, b, c, m) =>
            $"<is><r><rPr><b/><sz val=\"11\"/></rPr><t>{a}</t></r>{m}<r><t xml:space=\"preserve\">{b}</t></r><rPh sb=\"0\" eb=\"1\"><t>{c}</t></rPh><phoneticPr fontId=\"1\"/></is>")),
        (3, Text.Select(t => $"<is><t>{t}</t></is>")),
        (1, Gen.Select(Text, Text).Select((a, b) => $"<is>{a}<t>{b}</t></is>")),
        (1, Gen.Const("<is/>")),
        (1, Text.Select(t => $"<f>SUM(A1:A2)</f><v>{t}</v>")),
        (1, Text.Select(t => $"<q:ext xmlns:q=\"urn:q\"><v>{t}</v></q:ext>")),
        (1, Gen.Select(Text, Text).Select((a, b) => $"<v>{a}</v><extLst><ext uri=\"x\"><v>{b}</v></ext></extLst>")));

    private static readonly Gen<string> CellType = Of("", "", "", " t=\"s\"", " t=\"inlineStr\"", " t=\"str\"", " t=\"b\"", " t=\"e\"", " t=\"d\"", " t=\" s\"", " t=\"n\"");

    private static readonly Gen<string> Cell = Gen.Select(
            Gen.Int[0, 30], Gen.Bool, CellType, Of("", " s=\"1\"", " s=\"0\"", " s=\"9\"", " s=\"&#49;\""), Gen.Frequency((4, Value), (1, Gen.Const(string.Empty))), Between)
        .Select((column, referenced, type, style, value, between) =>
        {
            var r = referenced ? $" r=\"{ReturnedWorkbook.ColumnName(column + 1)}{{ROW}}\"" : string.Empty;
            return value.Length == 0 ? $"<c{r}{type}{style}/>{between}" : $"<c{r}{type}{style}>{value}</c>{between}";
        });

    private static readonly Gen<string> Sheet = Gen.Select(
            Gen.Select(Gen.Int[1, 4], Gen.Bool, Cell.Array[0, 8], Gen.Bool).Array[0, 25],
            Gen.Bool,
            Gen.Bool)
        .Select((rows, preserve, merges) =>
        {
            var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n");
            xml.Append(CultureInfo.InvariantCulture, $"<worksheet xmlns=\"{Main}\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" xmlns:x14ac=\"urn:x14ac\"{(preserve ? " xml:space=\"preserve\"" : string.Empty)}><sheetData>");
            var number = 0;
            foreach (var (gap, numbered, cells, empty) in rows)
            {
                number += gap;
                var r = numbered ? $" r=\"{number}\"" : string.Empty;
                var body = string.Concat(cells).Replace("{ROW}", number.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
                xml.Append(empty && cells.Length == 0 ? $"<row{r} x14ac:dyDescent=\"0.25\"/>" : $"<row{r} spans=\"1:3\">{body}</row>\n");
            }

            xml.Append("</sheetData>");
            if (merges)
            {
                xml.Append("<mergeCells count=\"2\"><mergeCell ref=\"A1:B2\"/><!-- x --><mergeCell ref='C3'/></mergeCells>");
            }

            return xml.Append("</worksheet>").ToString();
        });

    private static Gen<string> Of(params string[] choices) => Gen.Int[0, choices.Length - 1].Select(i => choices[i]);

    [Fact]
    public void XlsxRowReader_PlainSheets_BytesGiveWhatXmlReaderGives() =>
        Sheet.Sample(
            sheet =>
            {
                var package = Package(sheet);
                IsPlain(package).Should().BeTrue();
                Read(package, bytes: true).Should().BeEquivalentTo(Read(package, bytes: false), o => o.WithStrictOrdering().RespectingRuntimeTypes());
            },
            iter: 2000);

    [Fact]
    public void XlsxRowReader_LongSheet_ReadAcrossBufferRefills()
    {
        // Texts and tags that straddle the 64 KB buffer at every offset: CJK (3 bytes), a surrogate pair (4),
        // references and CR LF.
        var rows = new StringBuilder();
        for (var i = 1; i <= 3000; i++)
        {
            var text = new string('中', i % 7) + "😀&amp;\r\n&#x1F600;" + new string('x', i % 13);
            rows.Append(CultureInfo.InvariantCulture, $"<row r=\"{i}\"><c r=\"A{i}\" t=\"inlineStr\"><is><t>{text}</t></is></c><c r=\"B{i}\"><v>{i}.5</v></c><c r=\"C{i}\" t=\"str\"><v>{new string('長', 5000 + (i % 3))}</v></c></row>");
        }

        var package = Package($"<worksheet xmlns=\"{Main}\"><sheetData>{rows}</sheetData></worksheet>");
        IsPlain(package).Should().BeTrue();
        var read = Read(package, bytes: true);
        read.Should().BeEquivalentTo(Read(package, bytes: false), o => o.WithStrictOrdering().RespectingRuntimeTypes());
        read.Rows.Should().HaveCount(3000);
        read.Rows[2999][0].Should().Be(new string('中', 3000 % 7) + "😀&\n😀" + new string('x', 3000 % 13));
    }

    [Theory]
    [InlineData($"<x:worksheet xmlns:x=\"{Main}\"><x:sheetData><x:row r=\"1\"><x:c r=\"A1\"><x:v>1</x:v></x:c></x:row></x:sheetData></x:worksheet>")]
    [InlineData($"<worksheet xmlns=\"{Main}\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"str\"><v><![CDATA[a<b]]></v></c></row></sheetData></worksheet>")]
    [InlineData($"<worksheet xmlns=\"{Main}\"><sheetData><row r=\"1\"><c r=\"A1\" xmlns=\"urn:other\"><v>1</v></c><c r=\"B1\"><v>2</v></c></row></sheetData></worksheet>")]
    [InlineData("<worksheet><sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c></row></sheetData></worksheet>")]
    [InlineData($"<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><worksheet xmlns=\"{Main}\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"str\"><v>caf\u00e9</v></c></row></sheetData></worksheet>")]
    public void XlsxRowReader_SheetsNotPlain_ReadWithXmlReader(string sheet)
    {
        var package = Package(sheet, sheet.Contains("ISO-8859-1", StringComparison.Ordinal) ? Encoding.Latin1 : new UTF8Encoding(false));
        IsPlain(package).Should().BeFalse();
        Read(package, bytes: true).Should().BeEquivalentTo(Read(package, bytes: false), o => o.WithStrictOrdering().RespectingRuntimeTypes());
    }

    [Fact]
    public void XlsxRowReader_Utf16Sheet_NotPlain()
    {
        var package = Package($"<?xml version=\"1.0\" encoding=\"UTF-16\"?><worksheet xmlns=\"{Main}\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"str\"><v>中</v></c></row></sheetData></worksheet>", new UnicodeEncoding(false, true));
        IsPlain(package).Should().BeFalse();
        Read(package, bytes: true).Rows.Should().ContainSingle().Which.Should().Equal("中");
    }

    [Fact]
    public void XlsxRowReader_ElementInsideValue_NotPlain()
    {
        var package = Package($"<worksheet xmlns=\"{Main}\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"str\"><v>a<b/></v></c></row></sheetData></worksheet>");
        IsPlain(package).Should().BeFalse();
    }

    [Fact]
    public void XlsxRowReader_LongWhitespaceBeforeText_SameValues()
    {
        // A long run of spaces or line ends before a text, wherever it falls in XmlReader's buffer, is one text
        // node to both readers (not a whitespace node and a text), and is read the same both ways.
        for (var padding = 0; padding < 9000; padding += 331)
        {
            var package = Package($"<worksheet xmlns=\"{Main}\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"str\"><v>{new string('p', padding)}</v></c><c r=\"B1\" t=\"str\"><v>{new string(' ', 10_000)}x</v></c><c r=\"C1\" t=\"str\"><v>{new string('\n', 5_000)}y</v></c></row></sheetData></worksheet>");
            IsPlain(package).Should().BeTrue();
            Read(package, bytes: true).Should().BeEquivalentTo(Read(package, bytes: false), o => o.WithStrictOrdering().RespectingRuntimeTypes());
        }
    }

    private static bool IsPlain(byte[] package)
    {
        using var stream = new MemoryStream(package, writable: false);
        return ReturnedPackageScan.Run(stream).IsPlain(SheetPart);
    }

    private static (List<object?[]> Rows, List<(int, int, int, int)> Merges) Read(byte[] package, bool bytes)
    {
        using var stream = new MemoryStream(package, writable: false);
        var scan = ReturnedPackageScan.Run(stream);
        using var reader = new XlsxRowReader(stream, bytes ? scan.IsPlain : null);
        reader.NextSheet().Should().BeTrue();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            rows.Add(reader.Values);
        }

        return (rows, [.. reader.Merges]);
    }

    private static byte[] Package(string sheet, Encoding? encoding = null)
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "xl/workbook.xml", $"<workbook xmlns=\"{Main}\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"S\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            Add(zip, "xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
            Add(zip, "xl/sharedStrings.xml", $"<sst xmlns=\"{Main}\"><si><t>zero</t></si><si><r><t>o</t></r><r><t>ne</t></r></si><si><t>中文 &amp; 😀</t></si></sst>");
            Add(zip, "xl/styles.xml", $"<styleSheet xmlns=\"{Main}\"><cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/></cellXfs></styleSheet>");
            Add(zip, SheetPart, sheet, encoding);
        }

        return memory.ToArray();
    }

    private static void Add(ZipArchive zip, string name, string xml, Encoding? encoding = null)
    {
        using var stream = zip.CreateEntry(name).Open();
        var bytes = (encoding ?? new UTF8Encoding(false)).GetPreamble().Concat((encoding ?? new UTF8Encoding(false)).GetBytes(xml)).ToArray();
        stream.Write(bytes);
    }
}
