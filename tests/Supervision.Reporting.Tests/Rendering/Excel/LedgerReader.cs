using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using ExcelDataReader;
using NodaTime;
using Supervision.Reporting.Domain;
using Supervision.Reporting.Rendering.Excel;

namespace Supervision.Reporting.Tests.Rendering.Excel;

// Writes ledgers into memory and reads them back with independent readers: OpenXmlValidator for the
// package, ExcelDataReader for the cells, and the raw XML of every part for what neither exposes.
internal static class LedgerReader
{
    static LedgerReader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static LedgerOptions Options(LocalDate asOf) => new() { AsOf = asOf };

    public static (byte[] Bytes, LedgerResult Result) Write(SupervisionRound round, LedgerOptions options)
    {
        using var stream = new MemoryStream();
        var result = RectificationLedger.Write(round, stream, options);
        return (stream.ToArray(), result);
    }

    public static IReadOnlyList<string> ValidationErrors(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        using var document = SpreadsheetDocument.Open(stream, false);
        var validator = new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2010);
        return [.. validator.Validate(document).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")];
    }

    // Every sheet's name and rows of cell values, as ExcelDataReader sees them.
    public static IReadOnlyList<(string Name, IReadOnlyList<object?[]> Rows)> Read(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        using var reader = ExcelReaderFactory.CreateOpenXmlReader(stream);
        var sheets = new List<(string, IReadOnlyList<object?[]>)>();
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

    // The detail rows (after the title, subtitle and header rows) of the first sheet.
    public static IReadOnlyList<object?[]> DetailRows(byte[] bytes) => [.. Read(bytes)[0].Rows.Skip(LedgerWriter.DetailHeaderRow)];

    public static IReadOnlyList<string> Headers(byte[] bytes) =>
        [.. Read(bytes)[0].Rows[LedgerWriter.DetailHeaderRow - 1].Select(Str)];

    // Every XML part of the package as text, keyed by entry name.
    public static IReadOnlyDictionary<string, string> Parts(byte[] bytes)
    {
        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        var parts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in zip.Entries)
        {
            using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
            parts[entry.FullName] = reader.ReadToEnd();
        }

        return parts;
    }

    public static LocalDate? Date(object? value) => value is DateTime d ? LocalDate.FromDateTime(d) : null;

    public static string Str(object? value) => value is null or DBNull ? string.Empty : Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!;

    // The solid fill colour (RRGGBB) of each cell of a 1-based row of the first sheet, or "" when unfilled.
    public static IReadOnlyList<string> RowFills(byte[] bytes, int row)
    {
        using var stream = new MemoryStream(bytes);
        using var document = SpreadsheetDocument.Open(stream, false);
        var workbook = document.WorkbookPart!;
        var stylesheet = workbook.WorkbookStylesPart!.Stylesheet!;
        var formats = stylesheet.CellFormats!.Elements<DocumentFormat.OpenXml.Spreadsheet.CellFormat>().ToList();
        var fills = stylesheet.Fills!.Elements<DocumentFormat.OpenXml.Spreadsheet.Fill>().ToList();
        var sheetId = workbook.Workbook!.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().First().Id!.Value!;
        var sheet = ((WorksheetPart)workbook.GetPartById(sheetId)).Worksheet!;
        var xmlRow = sheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>().First(r => r.RowIndex!.Value == (uint)row);
        return [.. xmlRow.Elements<DocumentFormat.OpenXml.Spreadsheet.Cell>().Select(c =>
        {
            var format = formats[(int)(c.StyleIndex?.Value ?? 0)];
            var fill = fills[(int)(format.FillId?.Value ?? 0)].PatternFill;
            var rgb = fill?.ForegroundColor?.Rgb?.Value;
            return rgb is null ? string.Empty : rgb[^6..];
        })];
    }
}
