using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using CsCheck;
using Supervision.Reporting.Rendering.Excel;
using Supervision.Reporting.Tests.Support;
using static Supervision.Reporting.Tests.Rendering.Excel.LedgerReader;

namespace Supervision.Reporting.Tests.Rendering.Excel;

// The detail sheet's texts go into xl/sharedStrings.xml: SharedStringTable gives the indexes, SharedStringCells
// types the cells as the finishing pass copies the rows, and ExcelDataReader reads the same values back.
public sealed partial class SharedStringTests
{
    private const string Rows =
        "<sheetData><row r=\"4\" ht=\"22\" customHeight=\"1\"><c s=\"9\"><v>1</v></c><c t=\"inlineStr\" s=\"9\"><is><t>f0</t></is></c>"
        + "<c s=\"7\"><v>0</v></c><c s=\"11\"><v>45219</v></c><c t=\"inlineStr\" s=\"7\"><is><t>a &lt;c s=\"7\"&gt;&lt;v&gt;</t></is></c>"
        + "<c s=\"7\"/><c s=\"7\"><v>12</v></c></row><row r=\"5\"><c s=\"9\"><v>2</v></c><c t=\"inlineStr\" s=\"9\"><is><t>f1</t></is></c>"
        + "<c s=\"7\"><v>3</v></c></row></sheetData>";

    // Columns: 序号 (number), 问题编号 (inline), a text, a date, a text, a text, a text.
    private static readonly bool[] Shared = [false, false, true, false, true, true, true];

    private static string Marked(IEnumerable<string> chunks)
    {
        var cells = new SharedStringCells(Shared);
        using var output = new MemoryStream();
        foreach (var chunk in chunks)
        {
            cells.Write(Encoding.UTF8.GetBytes(chunk), output);
        }

        cells.Flush(output);
        return Encoding.UTF8.GetString(output.ToArray());
    }

    [Fact]
    public void SharedStringCells_Write_TypesOnlyTheNumberCellsOfSharedColumns()
    {
        var marked = Marked([Rows]);

        marked.Should().Be(Rows
            .Replace("<c s=\"7\"><v>0</v></c>", "<c s=\"7\" t=\"s\"><v>0</v></c>", StringComparison.Ordinal)
            .Replace("<c s=\"7\"><v>12</v></c>", "<c s=\"7\" t=\"s\"><v>12</v></c>", StringComparison.Ordinal)
            .Replace("<c s=\"7\"><v>3</v></c>", "<c s=\"7\" t=\"s\"><v>3</v></c>", StringComparison.Ordinal));
        marked.Should().Contain("<c s=\"9\"><v>1</v></c>", "序号 is a number column")
            .And.Contain("<c s=\"11\"><v>45219</v></c>", "a date column is not shared")
            .And.Contain("<c s=\"7\"/>", "an empty cell stays empty")
            .And.Contain("&lt;c s=\"7\"&gt;&lt;v&gt;", "escaped text is not a tag");
    }

    [Fact]
    public void SharedStringCells_Write_AnySplitIntoChunks_SameBytesAsOneChunk()
    {
        var whole = Marked([Rows]);
        var bytes = Encoding.UTF8.GetBytes(Rows);
        Gen.Int[1, bytes.Length].Array[1, 12].Sample(cuts =>
        {
            var points = cuts.Append(0).Append(bytes.Length).Distinct().Order().ToArray();
            var chunks = points.Zip(points.Skip(1), (from, to) => bytes[from..to]).ToList();
            var cells = new SharedStringCells(Shared);
            using var output = new MemoryStream();
            foreach (var chunk in chunks)
            {
                cells.Write(chunk, output);
            }

            cells.Flush(output);
            return Encoding.UTF8.GetString(output.ToArray()) == whole;
        });
    }

    [Fact]
    public void SharedStringTable_TryIndex_OneIndexPerText_InOrderOfFirstUse_BoundedByEntriesAndCharacters()
    {
        var table = new SharedStringTable(maxEntries: 3, maxCharacters: 10);

        table.TryIndex("桂林", out var a).Should().BeTrue();
        table.TryIndex("阳朔县", out var b).Should().BeTrue();
        table.TryIndex("桂林", out var again).Should().BeTrue();
        (a, b, again).Should().Be((0, 1, 0));

        table.TryIndex("一二三四五六", out _).Should().BeFalse("2 + 3 + 6 characters are over the 10 allowed");
        table.TryIndex("临桂", out var c).Should().BeTrue();
        c.Should().Be(2);
        table.TryIndex("灵川", out var full).Should().BeFalse("the table holds its 3 entries");
        full.Should().Be(-1);
        table.TryIndex("阳朔县", out var kept).Should().BeTrue("a text already shared goes on being shared");
        kept.Should().Be(1);
        table.Count.Should().Be(3);
    }

    [Fact]
    public void SharedStringTable_Write_TextsReadBackAsWritten()
    {
        var texts = new[] { "整改台账", "a & b < c > d \"e\"", "第一行\n第二行", "𠀀𪚥 (outside the BMP)", " leading and trailing " };
        var table = new SharedStringTable();
        foreach (var text in texts)
        {
            table.TryIndex(text, out _);
        }

        table.TryIndex("整改台账", out _);
        using var part = new MemoryStream();
        table.Write(part);

        part.Position = 0;
        using var reader = XmlReader.Create(part);
        var read = new List<string>();
        reader.MoveToContent();
        reader.GetAttribute("count").Should().Be("6");
        reader.GetAttribute("uniqueCount").Should().Be("5");
        while (reader.ReadToFollowing("t", PackageFinisher.MainNamespace))
        {
            read.Add(reader.ReadElementContentAsString());
        }

        read.Should().Equal(texts);
    }

    [Fact]
    public void RectificationLedger_Write_Guilin_DetailTextsSharedOnce_FindingIdsInline_ValuesUnchanged()
    {
        var (bytes, _) = Write(Example.Guilin, Options(new(2022, 11, 30)));

        var parts = Parts(bytes);
        var sheet = parts["xl/worksheets/sheet1.xml"];
        var strings = parts["xl/sharedStrings.xml"];
        parts["[Content_Types].xml"].Should().Contain("<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\" />");
        parts["xl/_rels/workbook.xml.rels"].Should().Contain("Target=\"sharedStrings.xml\"");
        ValidationErrors(bytes).Should().BeEmpty();

        // Every text of the detail rows but 问题编号 is an index; each distinct text is stored once.
        var rows = sheet[sheet.IndexOf("<row r=\"4\"", StringComparison.Ordinal)..];
        var detail = DetailRows(bytes);
        var headers = Headers(bytes).ToList();
        var ids = detail.Select(r => (string)r[headers.IndexOf("问题编号")]!).ToList();
        InlineText().Matches(rows).Select(m => m.Groups[1].Value).Should().Equal(ids, "问题编号 alone is written inline");
        var stored = SharedText().Matches(strings).Select(m => m.Groups[1].Value).ToList();
        stored.Should().OnlyHaveUniqueItems().And.Contain("已销号");
        rows.Should().Contain(" t=\"s\"><v>");

        // The cells read back as texts, as they did inline.
        var status = headers.IndexOf("整改状态");
        detail.Select(r => r[status]).Should().OnlyContain(v => v is string).And.Contain("已销号");
    }

    [GeneratedRegex("t=\"inlineStr\"[^>]*><is><t>([^<]*)</t>")]
    private static partial Regex InlineText();

    [GeneratedRegex("<si><t>([^<]*)</t></si>")]
    private static partial Regex SharedText();
}
