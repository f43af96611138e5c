using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using NodaTime;
using X = DocumentFormat.OpenXml.Spreadsheet;

namespace Supervision.Reporting.Tests.Rendering.Excel.Import;

// A formula cell for ReturnedWorkbook: the formula text and the value Excel would have cached.
internal sealed record TestFormula(string Text, string Cached);

// A returned ledger as a unit's Excel would save it, written with DocumentFormat.OpenXml — a different writer
// from the library's SpreadCheetah — from a grid that tests edit: rows sorted, deleted, added, cells retyped,
// merged, hidden, formulas. Values: string, double, DateTime/LocalDate (a date-formatted number), TestFormula.
internal sealed class ReturnedWorkbook
{
    public ReturnedWorkbook(string sheetName, IEnumerable<object?[]> rows)
    {
        SheetName = sheetName;
        Rows = [.. rows.Select(r => (object?[])r.Clone())];
    }

    public string SheetName { get; set; }

    // Every row from row 1 (title, subtitle, header, data).
    public List<object?[]> Rows { get; }

    public int HeaderIndex { get; set; } = 2;

    // 1-based row numbers to hide.
    public HashSet<int> Hidden { get; } = [];

    public List<string> Merges { get; } = [];

    // A sheet placed before the ledger, so that the importer must find the ledger by its header, not its position.
    public bool NotesSheetFirst { get; set; }

    // Sheets written after the ledger, as read from the library's workbook (e.g. 说明, which a batch import reads
    // for the round id and the scope of a split file).
    public List<(string Name, object?[][] Rows)> SheetsAfter { get; } = [];

    public static ReturnedWorkbook FromLedger(byte[] xlsx)
    {
        var (name, rows) = Supervision.Reporting.Tests.Rendering.Excel.LedgerReader.Read(xlsx)[0];
        return new ReturnedWorkbook(name, rows);
    }

    // Like FromLedger, keeping the 说明 sheet as a unit's Excel keeps it.
    public static ReturnedWorkbook FromLedgerWithNotes(byte[] xlsx)
    {
        var sheets = Supervision.Reporting.Tests.Rendering.Excel.LedgerReader.Read(xlsx);
        var book = new ReturnedWorkbook(sheets[0].Name, sheets[0].Rows);
        var notes = sheets.Single(s => s.Name == "说明");
        book.SheetsAfter.Add((notes.Name, [.. notes.Rows.Select(r => r.Select(v => v is null or string ? v : (object)Convert.ToString(v, CultureInfo.InvariantCulture)!).ToArray())]));
        return book;
    }

    public int Column(string header)
    {
        var row = Rows[HeaderIndex];
        for (var i = 0; i < row.Length; i++)
        {
            if (row[i] is string text && text == header)
            {
                return i;
            }
        }

        throw new ArgumentException($"no column {header}");
    }

    public int RowIndexOf(string id)
    {
        var column = Column("问题编号");
        for (var i = HeaderIndex + 1; i < Rows.Count; i++)
        {
            if (Rows[i].Length > column && Rows[i][column] is string text && text == id)
            {
                return i;
            }
        }

        throw new ArgumentException($"no row {id}");
    }

    // 1-based sheet row number of a finding's row.
    public int RowNumberOf(string id) => RowIndexOf(id) + 1;

    public static string ColumnName(int index) =>
        index < 26 ? ((char)('A' + index)).ToString() : ColumnName((index / 26) - 1) + (char)('A' + (index % 26));

    public string CellOf(string id, string header) => $"{SheetName}!{ColumnName(Column(header))}{RowNumberOf(id)}";

    public ReturnedWorkbook Set(string id, string header, object? value)
    {
        var row = Rows[RowIndexOf(id)];
        row[Column(header)] = value;
        return this;
    }

    public object? Get(string id, string header) => Rows[RowIndexOf(id)][Column(header)];

    public ReturnedWorkbook DeleteRow(string id)
    {
        Rows.RemoveAt(RowIndexOf(id));
        return this;
    }

    public ReturnedWorkbook AddRow(params (string Header, object? Value)[] cells)
    {
        var row = new object?[Rows[HeaderIndex].Length];
        foreach (var (header, value) in cells)
        {
            row[Column(header)] = value;
        }

        Rows.Add(row);
        return this;
    }

    public ReturnedWorkbook SortDataRows<TKey>(Func<object?[], TKey> key, bool descending)
    {
        var data = Rows.Skip(HeaderIndex + 1).ToList();
        Rows.RemoveRange(HeaderIndex + 1, data.Count);
        Rows.AddRange(descending ? data.OrderByDescending(key) : data.OrderBy(key));
        return this;
    }

    public byte[] ToXlsx()
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var styles = workbook.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = new Stylesheet(
                new Fonts(new Font()) { Count = 1 },
                new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
                new Borders(new Border()) { Count = 1 },
                new CellStyleFormats(new CellFormat()) { Count = 1 },
                new CellFormats(new CellFormat(), new CellFormat { NumberFormatId = 14, ApplyNumberFormat = true }) { Count = 2 });
            var sheets = workbook.Workbook.AppendChild(new Sheets());
            uint sheetId = 1;
            if (NotesSheetFirst)
            {
                AddSheet(workbook, sheets, sheetId++, "填报说明", [["请在整改状态、整改进展、完成日期列填报"]], new HashSet<int>(), []);
            }

            AddSheet(workbook, sheets, sheetId++, SheetName, Rows, Hidden, Merges);
            foreach (var (name, rows) in SheetsAfter)
            {
                AddSheet(workbook, sheets, sheetId++, name, rows, new HashSet<int>(), []);
            }
            workbook.Workbook.Save();
        }

        return stream.ToArray();
    }

    public string SaveXlsx(string directory, string name)
    {
        var path = Path.Combine(directory, name);
        File.WriteAllBytes(path, ToXlsx());
        return path;
    }

    private static void AddSheet(WorkbookPart workbook, Sheets sheets, uint id, string name, IReadOnlyList<object?[]> rows, IReadOnlySet<int> hidden, IReadOnlyList<string> merges)
    {
        var part = workbook.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        for (var r = 0; r < rows.Count; r++)
        {
            var number = (uint)(r + 1);
            var row = new Row { RowIndex = number };
            if (hidden.Contains(r + 1))
            {
                row.Hidden = true;
            }

            for (var c = 0; c < rows[r].Length; c++)
            {
                if (Cell(rows[r][c], $"{ColumnName(c)}{number}") is { } cell)
                {
                    row.AppendChild(cell);
                }
            }

            // Excel leaves rows with no cells out of the file; so does this writer, so that readers see the gaps.
            if (row.HasChildren || row.Hidden is not null)
            {
                data.AppendChild(row);
            }
        }

        var worksheet = new Worksheet(data);
        if (merges.Count > 0)
        {
            worksheet.AppendChild(new MergeCells(merges.Select(m => new MergeCell { Reference = m })) { Count = (uint)merges.Count });
        }

        part.Worksheet = worksheet;
        sheets.AppendChild(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id, Name = name });
    }

    private static X.Cell? Cell(object? value, string reference) => value switch
    {
        null => null,
        string text => new X.Cell(new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve })) { CellReference = reference, DataType = X.CellValues.InlineString },
        double number => new X.Cell(new CellValue(number)) { CellReference = reference },
        int number => new X.Cell(new CellValue(number)) { CellReference = reference },
        DateTime date => new X.Cell(new CellValue(date.ToOADate())) { CellReference = reference, StyleIndex = 1 },
        LocalDate date => new X.Cell(new CellValue(date.ToDateTimeUnspecified().ToOADate())) { CellReference = reference, StyleIndex = 1 },
        TestFormula formula => new X.Cell(new CellFormula(formula.Text), new CellValue(formula.Cached)) { CellReference = reference, DataType = X.CellValues.String },
        _ => throw new ArgumentException($"cannot write {value.GetType()}"),
    };

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{SheetName}: {Rows.Count} rows");
}
