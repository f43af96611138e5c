using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Supervision.Reporting.Domain;
using Supervision.Reporting.Privacy;
using Supervision.Reporting.Rendering.Pdf.Bulletins.Content;
using Supervision.Reporting.Tests.Rendering.Bulletins;
using Supervision.Reporting.Tests.Support;

namespace Supervision.Reporting.Tests.Rendering.Word;

public sealed partial class WordRendererTests
{
    [Theory]
    [MemberData(nameof(Names))]
    public void Render_GuilinBulletin_ValidatesWithoutErrors(string name)
    {
        using var docx = new WordReadBack(WordCases.Docx(WordCases.ByName(name)));

        var errors = docx.Errors();

        errors.Select(e => e.Path?.XPath + " " + e.Description).Should().BeEmpty();
        docx.Paragraphs.Should().HaveCountGreaterThan(5);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Render_GuilinBulletin_TextEqualsThePdfTextOfTheSameContent(string name)
    {
        // Charts are drawn text in the PDF and chart parts in Word (tested apart), so both sides leave them out.
        var composed = WordCases.Content(WordCases.ByName(name));
        var content = composed with { Body = [.. composed.Body.Where(b => b is not BodyChart)], Attachment = [.. composed.Attachment.Where(b => b is not BodyChart)] };
        var pdf = new PdfReadBack(WordCases.Pdf(content));
        using var docx = new WordReadBack(WordCases.Docx(content));

        var expected = PdfTextWithoutRepeatedHeaders(pdf, content);
        var actual = WordReadBack.WithoutWhitespace(docx.Text);

        if (!content.Body.Concat(content.Attachment).OfType<BodyTable>().Any(t => Wraps(pdf, t)))
        {
            actual.Should().Be(expected);
        }
        else
        {
            // A table row whose cells wrap reads back from the PDF by baselines, cells interleaved: the same
            // characters, in another order. Outside the tables the order must still be the same.
            string.Concat(actual.Order()).Should().Be(string.Concat(expected.Order()));
            var withoutTables = content with { Body = [.. content.Body.Where(b => b is not BodyTable)], Attachment = [.. content.Attachment.Where(b => b is not BodyTable)] };
            using var plain = new WordReadBack(WordCases.Docx(withoutTables));
            WordReadBack.WithoutWhitespace(plain.Text).Should().Be(PdfTextWithoutRepeatedHeaders(new PdfReadBack(WordCases.Pdf(withoutTables)), withoutTables));
        }

        actual.Should().NotBeEmpty();
    }

    [Theory]
    [InlineData("Statistics-ZhHans-Public")]
    [InlineData("Statistics-English-Internal")]
    [InlineData("Daily-ZhHant-Public")]
    public void Render_Tables_AreWordTablesWithTheContentsRowsAndARepeatingHeader(string name)
    {
        var content = WordCases.Content(WordCases.ByName(name));
        using var docx = new WordReadBack(WordCases.Docx(content));
        var tables = content.Body.Concat(content.Attachment).OfType<BodyTable>().ToList();

        // The 版记 is a table too (its rules are the table's borders); the body tables come first.
        var words = docx.Body.Elements<Table>().Where(t => t.Descendants<TableHeader>().Any()).ToList();

        tables.Should().NotBeEmpty();
        words.Should().HaveCount(tables.Count);
        for (var i = 0; i < tables.Count; i++)
        {
            var rows = words[i].Elements<TableRow>().ToList();
            rows[0].TableRowProperties!.GetFirstChild<TableHeader>().Should().NotBeNull();
            rows.Skip(1).Should().NotContain(r => r.Descendants<TableHeader>().Any());
            Cells(rows[0]).Should().Equal(tables[i].Columns.Select(c => c.Header));
            rows.Skip(1).Select(Cells).Should().BeEquivalentTo(tables[i].Rows.Select(r => r.ToList()), o => o.WithStrictOrdering());
            var grid = words[i].GetFirstChild<TableGrid>()!.Elements<GridColumn>().Select(g => int.Parse(g.Width!.Value!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
            grid.Should().HaveCount(tables[i].Columns.Count);
            grid.Sum().Should().BeLessThanOrEqualTo(8845, "the table fits the 156 mm text area");
            grid.Should().OnlyContain(w => w > 300);
        }
    }

    [Fact]
    public void ColumnWidths_LongLabels_NumberColumnsKeepTheirWidth_TheLabelWraps()
    {
        // The English table 2 (by category): "Lax enforcement of control measures" is wider than what the seven
        // other columns leave, so the label must wrap; the number columns were squeezed instead ("Foun|d").
        static BodyTable Table(string label) => new(
            "Table 2: Rectification by category",
            [new("No.", BodyColumnKind.Index), new("Category", BodyColumnKind.Label), new("Found", BodyColumnKind.Number), new("Share", BodyColumnKind.Number),
             new("Rectified", BodyColumnKind.Number), new("Rate", BodyColumnKind.Number), new("Closed", BodyColumnKind.Number), new("Overdue", BodyColumnKind.Number)],
            [["1", label, "13", "19.1%", "11", "84.6%", "6", "1"], ["2", "Formalism", "68", "100.0%", "56", "82.4%", "36", "5"]],
            LastRowIsTotal: true);

        var shortLabel = Supervision.Reporting.Rendering.Word.WordBody.ColumnWidths(Table("Formalism"));
        var longLabel = Supervision.Reporting.Rendering.Word.WordBody.ColumnWidths(Table("Lax enforcement of control measures, and a good deal more besides"));

        longLabel.Where((_, c) => c != 1).Should().Equal(shortLabel.Where((_, c) => c != 1), "a number column is as wide as its widest cell, however long the labels");
        longLabel.Sum().Should().Be(8845, "the label takes the rest of the 156 mm text area");
        shortLabel.Sum().Should().Be(8845);
    }

    private static List<string> Cells(TableRow row) => [.. row.Elements<TableCell>().Select(c => string.Concat(c.Descendants<Text>().Select(t => t.Text)))];

    // Whether any cell of the table wraps in the PDF: then its header or a row is not one baseline there.
    private static bool Wraps(PdfReadBack pdf, BodyTable table)
    {
        var lines = pdf.Pages.SelectMany(p => p).Select(l => WordReadBack.WithoutWhitespace(l.Text)).ToHashSet();
        return table.Rows.Select(r => WordReadBack.WithoutWhitespace(string.Concat(r))).Prepend(WordReadBack.WithoutWhitespace(string.Concat(table.Columns.Select(c => c.Header))))
            .Any(r => !lines.Contains(r));
    }

    [Fact]
    public void Render_SameContentTwice_GivesTheSameBytes()
    {
        var content = WordCases.Content(WordCases.Statistics);

        var first = WordCases.Docx(content);
        var second = WordCases.Docx(WordCases.Content(WordCases.Statistics));

        content.Body.Concat(content.Attachment).OfType<BodyChart>().Should().NotBeEmpty();
        second.Should().Equal(first);
    }

    [Fact]
    public void Render_Package_HasNoGeneratedNamesAndTheDocumentsDateOnEveryEntry()
    {
        var content = WordCases.Content(WordCases.Statistics);
        using var zip = new ZipArchive(new MemoryStream(WordCases.Docx(content)), ZipArchiveMode.Read);

        zip.Entries[0].FullName.Should().Be("[Content_Types].xml");
        zip.Entries.Select(e => e.LastWriteTime.Date).Distinct().Should().Equal(new DateTime(2022, 11, 30));
        zip.Entries.Select(e => e.FullName).Should().NotContain(n => n.EndsWith(".psmdcp", StringComparison.Ordinal));
        foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".rels", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(entry.Open());
            reader.ReadToEnd().Should().NotMatchRegex("Id=\"R[0-9a-f]{8,}\"", entry.FullName);
        }
    }

    [Theory]
    [InlineData("TypicalCases-ZhHans-Public")]
    [InlineData("TypicalCases-ZhHans-Internal")]
    [InlineData("Statistics-English-Internal")]
    public void Render_Metadata_ComesFromTheContentAndNamesNoPerson(string name)
    {
        var content = WordCases.Content(WordCases.ByName(name));
        var bytes = WordCases.Docx(content);
        using var docx = new WordReadBack(bytes);
        var core = docx.Document.PackageProperties;

        core.Title.Should().Be(content.Title);
        core.Subject.Should().Be(content.Subject);
        core.Creator.Should().Be(content.Author);
        core.Keywords.Should().Be(content.Keywords);
        core.Created.Should().Be(new DateTime(2022, content.Date.Month, content.Date.Day, 0, 0, 0).AddHours(-8));
        core.Modified.Should().Be(core.Created);
        var properties = Entries(bytes).Where(e => e.Key.StartsWith("docProps/", StringComparison.Ordinal)).Select(e => e.Value).ToList();
        properties.Should().HaveCount(2);
        foreach (var person in Example.Guilin.People)
        {
            properties.Should().NotContain(p => p.Contains(person.Name, StringComparison.Ordinal), "no name in metadata");
        }
    }

    [Fact]
    public void Render_PublicEdition_NoFullNameAnywhereInThePackage()
    {
        var bytes = WordCases.Docx(WordCases.TypicalCases);
        var internalText = new WordReadBack(WordCases.Docx(WordCases.TypicalCases with { Audience = Audience.Internal })).Text;
        var all = string.Concat(Entries(bytes).Values);

        var masked = Example.Guilin.People.Where(p => p.Disclosure != Disclosure.Full).ToList();
        masked.Should().Contain(p => internalText.Contains(p.Name, StringComparison.Ordinal), "the internal edition names them, so the check can fail");
        foreach (var person in masked)
        {
            all.Should().NotContain(person.Name);
        }
    }

    public static TheoryData<string> Names() => WordCases.Names();

    // The PDF repeats a split table's header row at the top of the next page as drawn text, under its 续表N line;
    // Word repeats the row by w:tblHeader, outside the document's text, and has no 续表 line. So a page that opens
    // with 续表N and a header row loses both here.
    private static string PdfTextWithoutRepeatedHeaders(PdfReadBack pdf, BulletinContent content)
    {
        var headers = content.Body.Concat(content.Attachment).OfType<BodyTable>().Select(t => WordReadBack.WithoutWhitespace(string.Concat(t.Columns.Select(c => c.Header)))).Distinct().ToList();
        var text = new StringBuilder();
        for (var p = 0; p < pdf.Pages.Count; p++)
        {
            var page = WordReadBack.WithoutWhitespace(string.Concat(pdf.Pages[p].Where(l => !IsPageNumber(l.Text)).Select(l => l.Text)));
            if (p > 0 && System.Text.RegularExpressions.Regex.Match(page, @"^(续表\d+|續表\d+|Table\d+\(continued\))") is { Success: true } continued)
            {
                page = page[continued.Length..];
            }

            if (p > 0 && headers.FirstOrDefault(h => page.StartsWith(h, StringComparison.Ordinal)) is { } repeated)
            {
                page = page[repeated.Length..];
            }

            text.Append(page);
        }

        return text.ToString();
    }

    private static bool IsPageNumber(string text) => text.Length > 2 && text[0] == '—' && text[^1] == '—' && text[1..^1].Trim().All(char.IsAsciiDigit);

    private static Dictionary<string, string> Entries(byte[] bytes)
    {
        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.Ordinal) || e.FullName.EndsWith(".rels", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
            result[entry.FullName] = reader.ReadToEnd();
        }

        return result;
    }
}
