using System.Globalization;
using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Text;
using System.Xml;

namespace Supervision.Reporting.Rendering.Excel.Import;

// Reads the rows of an .xlsx package's worksheets, in workbook order, straight from each worksheet's XML as it
// inflates: one row at a time, never the sheet, with the values ExcelDataReader would give (string, double,
// DateTime for a date-formatted number, bool). Runs after ReturnedPackageScan has checked the package's limits.
// Rows come numbered 1, 2, 3 …, a row missing from the XML as an empty row, so that a row's index is its number
// less one, as with ExcelDataReader; the merged ranges of a sheet are known once its rows have all been read.
internal sealed partial class XlsxRowReader : ISheetRows
{
    private const string MainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string RelationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreWhitespace = true,
        IgnoreProcessingInstructions = true,
    };

    // The worksheets are read with names atomised in a table seeded with the constants compared against (so that
    // each comparison is one of references), and without checking characters: ReturnedPackageScan has parsed
    // every part the workbook names as a sheet, checking them, before this reader opens one.
    private readonly XmlReaderSettings sheetSettings;

    private readonly ZipArchive zip;
    private readonly List<(string Name, string Part)> sheets = [];
    private readonly string[] sharedStrings;
    private readonly bool[] dateStyles;
    private readonly StringBuilder text = new();

    private readonly List<object?> rowValues = [];
    private int sheetIndex = -1;
    private XmlReader? xml;
    private Utf8SheetXml? bytes;
    private int nextRow;          // the number the next row given out will have
    private int pendingNumber;    // the number of the row element read ahead, or 0
    private object?[]? pending;   // its values

    // The worksheet parts ReturnedPackageScan found plain enough to be read from their bytes (Utf8SheetXml); the
    // others, and every part when there is no scan, are read with XmlReader.
    private readonly Func<string, bool> plain;

    public XlsxRowReader(Stream package, Func<string, bool>? plain = null)
    {
        this.plain = plain ?? (_ => false);
        zip = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true);
        sheetSettings = Settings.Clone();
        sheetSettings.CheckCharacters = false;
        sheetSettings.NameTable = Names();
        ReadSheets();
        sharedStrings = ReadSharedStrings();
        dateStyles = ReadDateStyles();
    }

    public string Name => sheets[sheetIndex].Name;

    // The package part of the current sheet (xl/worksheets/sheet1.xml), by which ReturnedPackageScan keeps its merges.
    public string Part => sheets[sheetIndex].Part;

    // The merged ranges of the current sheet (0-based, inclusive); complete once Read has returned false.
    public List<(int FromRow, int FromColumn, int ToRow, int ToColumn)> Merges { get; } = [];

    IReadOnlyList<(int FromRow, int FromColumn, int ToRow, int ToColumn)> ISheetRows.Merges => Merges;

    // The current row's values by 0-based column (shorter than the sheet is wide where its last cells are empty).
    public object?[] Values { get; private set; } = [];

    public bool NextSheet()
    {
        xml?.Dispose();
        xml = null;
        bytes?.Dispose();
        bytes = null;
        Merges.Clear();
        pending = null;
        pendingNumber = 0;
        nextRow = 1;
        while (++sheetIndex < sheets.Count)
        {
            if (zip.GetEntry(sheets[sheetIndex].Part) is { } entry)
            {
                if (plain(entry.FullName))
                {
                    bytes = new Utf8SheetXml(entry.Open());
                }
                else
                {
                    xml = XmlReader.Create(entry.Open(), sheetSettings);
                }

                return true;
            }
        }

        return false;
    }

    // The next row (consecutive numbers from 1), or false past the last one.
    public bool Read()
    {
        if (pending is null && !ReadRowElement())
        {
            return false;
        }

        if (pendingNumber > nextRow)
        {
            // A row the XML leaves out: empty.
            Values = [];
            nextRow++;
            return true;
        }

        Values = pending!;
        pending = null;
        nextRow++;
        return true;
    }

    public void Dispose()
    {
        xml?.Dispose();
        bytes?.Dispose();
        zip.Dispose();
    }

    // Reads up to and through the next <row>, into pending; false at the end of the sheet (merges read).
    private bool ReadRowElement()
    {
        if (bytes is not null)
        {
            return ReadRowBytes();
        }

        if (xml is null)
        {
            return false;
        }

        while (xml.Read())
        {
            if (xml.NodeType != XmlNodeType.Element || xml.NamespaceURI != MainNamespace)
            {
                continue;
            }

            switch (xml.LocalName)
            {
                case "row":
                    pendingNumber = int.TryParse(xml.GetAttribute("r"), NumberStyles.None, CultureInfo.InvariantCulture, out var r) ? r : nextRow;
                    if (pendingNumber < nextRow)
                    {
                        // Out of order (not written by Excel): read where it stands.
                        pendingNumber = nextRow;
                    }

                    pending = ReadRow();
                    return true;
                case "mergeCell":
                    if (xml.GetAttribute("ref") is { } reference && Range(reference) is { } range)
                    {
                        Merges.Add(range);
                    }

                    break;
            }
        }

        xml.Dispose();
        xml = null;
        return false;
    }

    private object?[] ReadRow()
    {
        var values = rowValues;
        values.Clear();
        if (xml!.IsEmptyElement)
        {
            return [];
        }

        var depth = xml.Depth;
        var column = -1;
        while (xml.Read() && !(xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth))
        {
            if (xml.NodeType != XmlNodeType.Element || xml.LocalName != "c" || xml.NamespaceURI != MainNamespace)
            {
                continue;
            }

            column = xml.GetAttribute("r") is { } reference && Cell(reference) is { } at ? at.Column : column + 1;
            var type = xml.GetAttribute("t");
            var style = int.TryParse(xml.GetAttribute("s"), NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : 0;
            Put(values, column, ReadCell(type, style));
        }

        return Finished(values);
    }

    // A cell's value at its column, the row widened with empty cells up to it.
    private static void Put(List<object?> values, int column, object? value)
    {
        while (values.Count <= column)
        {
            values.Add(null);
        }

        values[column] = value;
    }

    // The row's values: trailing empty cells do not widen it.
    private static object?[] Finished(List<object?> values)
    {
        var length = values.Count;
        while (length > 0 && values[length - 1] is null)
        {
            length--;
        }

        return length == 0 ? [] : CollectionsMarshal.AsSpan(values)[..length].ToArray();
    }

    // The reader is on <c>; leaves it on </c> (or on the empty <c/>).
    private object? ReadCell(string? type, int style)
    {
        if (xml!.IsEmptyElement)
        {
            return null;
        }

        var depth = xml.Depth;
        string? v = null;
        string? inline = null;
        xml.Read();
        while (!xml.EOF && !(xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth))
        {
            if (xml.NodeType == XmlNodeType.Element && xml.NamespaceURI == MainNamespace)
            {
                switch (xml.LocalName)
                {
                    case "v":
                        // Leaves the reader on the node after </v>.
                        v = xml.ReadElementContentAsString();
                        continue;
                    case "is":
                        inline = RichText();
                        break;
                    default:
                        // <f> and <extLst>: a formula's text is not a value.
                        xml.Skip();
                        continue;
                }
            }

            xml.Read();
        }

        return Convert(type, style, v, v is not null, v, inline);
    }

    // The value of a cell, for both sources of rows; an empty text is no value, as ExcelDataReader has it.
    // (Equal values were once handed out as one object each, while the importer held the rows; it reads them as
    // they come now, so each value is its own.)
    private object? Convert(ReadOnlySpan<char> type, int style, ReadOnlySpan<char> v, bool hasV, string? vText, string? inline)
    {
        var value = Value(type, style, v, hasV, vText, inline);
        return value is string { Length: 0 } ? null : value;
    }

    // The value of a cell of type `type` (t="…"), style `style`, with <v> text `v` (`hasV`: the cell has one; the
    // same text as a string, when the caller has it) and inline string `inline` — for both sources of rows.
    private object? Value(ReadOnlySpan<char> type, int style, ReadOnlySpan<char> v, bool hasV, string? vText, string? inline)
    {
        switch (type)
        {
            case "inlineStr":
                return inline ?? Text(v, hasV, vText);
            case "s":
                return hasV && int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < sharedStrings.Length ? sharedStrings[index] : null;
            case "str":
                return Text(v, hasV, vText);
            case "b":
                return hasV ? v.Trim() is "1" : null;
            case "e":
                return null;
            case "d":
                return hasV && DateTime.TryParse(v, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : Text(v, hasV, vText);
        }

        if (!hasV)
        {
            return inline;
        }

        if (!double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return Text(v, hasV, vText);
        }

        // Excel's serial dates, as ExcelDataReader gives them for a date-formatted cell.
        return style < dateStyles.Length && dateStyles[style] && number is > -657435.0 and < 2958466.0
            ? DateTime.FromOADate(number)
            : number;
    }

    // The text of the current <is> or <si>: its <t>, or its runs' <t> added up (phonetic runs left out). Leaves the
    // reader on the element's end.
    private string RichText()
    {
        text.Clear();
        if (xml!.IsEmptyElement)
        {
            return string.Empty;
        }

        var depth = xml.Depth;
        xml.Read();
        string? single = null;
        while (!xml.EOF && !(xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth))
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName is "rPh" or "phoneticPr")
            {
                xml.Skip();
                continue;
            }

            if (xml.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace)
            {
                // One text node (nearly every cell) is returned as the reader gave it, not copied once more.
                if (single is null && text.Length == 0)
                {
                    single = xml.Value;
                }
                else
                {
                    if (single is not null)
                    {
                        text.Append(single);
                        single = null;
                    }

                    text.Append(xml.Value);
                }
            }

            xml.Read();
        }

        return single ?? text.ToString();
    }

    private void ReadSheets()
    {
        var ids = new List<(string Name, string Id)>();
        using (var workbook = Open("xl/workbook.xml"))
        {
            while (workbook is not null && workbook.Read())
            {
                if (workbook.NodeType == XmlNodeType.Element && workbook.LocalName == "sheet" && workbook.GetAttribute("name") is { } name && workbook.GetAttribute("id", RelationshipNamespace) is { } id)
                {
                    ids.Add((name, id));
                }
            }
        }

        var targets = new Dictionary<string, string>(StringComparer.Ordinal);
        using (var rels = Open("xl/_rels/workbook.xml.rels"))
        {
            while (rels is not null && rels.Read())
            {
                if (rels.NodeType == XmlNodeType.Element && rels.LocalName == "Relationship" && rels.GetAttribute("Id") is { } id)
                {
                    var target = rels.GetAttribute("Target") ?? string.Empty;
                    targets.TryAdd(id, target.StartsWith('/') ? target[1..] : "xl/" + target);
                }
            }
        }

        foreach (var (name, id) in ids)
        {
            if (targets.TryGetValue(id, out var part))
            {
                sheets.Add((name, part));
            }
        }

        if (ids.Count == 0)
        {
            throw new InvalidDataException("The file is not a readable .xlsx workbook: it has no xl/workbook.xml naming its sheets.");
        }
    }

    private string[] ReadSharedStrings()
    {
        using var reader = Open("xl/sharedStrings.xml");
        if (reader is null)
        {
            return [];
        }

        xml = reader;
        var strings = new List<string>();
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "si" && reader.NamespaceURI == MainNamespace)
            {
                strings.Add(RichText());
            }
        }

        xml = null;
        return [.. strings];
    }

    // For each cell format (cellXfs) whether its number format shows a date.
    private bool[] ReadDateStyles()
    {
        using var reader = Open("xl/styles.xml");
        if (reader is null)
        {
            return [];
        }

        var custom = new Dictionary<int, string>();
        var styles = new List<bool>();
        var inCellXfs = false;
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.EndElement && reader.LocalName == "cellXfs")
            {
                inCellXfs = false;
                continue;
            }

            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            switch (reader.LocalName)
            {
                case "numFmt" when int.TryParse(reader.GetAttribute("numFmtId"), NumberStyles.None, CultureInfo.InvariantCulture, out var id):
                    custom[id] = reader.GetAttribute("formatCode") ?? string.Empty;
                    break;
                case "cellXfs":
                    inCellXfs = !reader.IsEmptyElement;
                    break;
                case "xf" when inCellXfs:
                    var format = int.TryParse(reader.GetAttribute("numFmtId"), NumberStyles.None, CultureInfo.InvariantCulture, out var f) ? f : 0;
                    styles.Add(custom.TryGetValue(format, out var code) ? IsDateFormat(code) : IsBuiltInDate(format));
                    break;
            }
        }

        return [.. styles];
    }

    // The built-in date and time formats (ECMA-376 §18.8.30, with the CJK ones Excel and WPS use).
    private static bool IsBuiltInDate(int id) => id is (>= 14 and <= 22) or (>= 27 and <= 36) or (>= 45 and <= 47) or (>= 50 and <= 58);

    // A format code shows a date or time when, outside quoted text, escapes and [colour]/[locale] brackets, it has
    // a y, m, d, h or s.
    internal static bool IsDateFormat(string code)
    {
        var quoted = false;
        var bracket = false;
        for (var i = 0; i < code.Length; i++)
        {
            var c = code[i];
            if (quoted)
            {
                quoted = c != '"';
                continue;
            }

            if (bracket)
            {
                bracket = c != ']';
                continue;
            }

            switch (c)
            {
                case '"':
                    quoted = true;
                    break;
                case '[':
                    // [h], [mm], [ss]: elapsed time, a date-time too.
                    if (i + 1 < code.Length && code[i + 1] is 'h' or 'H' or 'm' or 'M' or 's' or 'S')
                    {
                        return true;
                    }

                    bracket = true;
                    break;
                case '\\' or '_' or '*':
                    i++;
                    break;
                case ';':
                    // Only the first section decides.
                    return false;
                case 'y' or 'Y' or 'm' or 'M' or 'd' or 'D' or 'h' or 'H' or 's' or 'S':
                    return true;
            }
        }

        return false;
    }

    internal static NameTable Names()
    {
        var names = new NameTable();
        foreach (var name in (ReadOnlySpan<string>)[MainNamespace, "row", "c", "v", "is", "t", "r", "s", "f", "si", "mergeCell", "mergeCells", "sheetData"])
        {
            names.Add(name);
        }

        return names;
    }

    // The <v> text as a string: the caller's when it has one, else made from the chars; null without a <v>.
    private static string? Text(ReadOnlySpan<char> v, bool hasV, string? vText) => hasV ? vText ?? new string(v) : null;

    private XmlReader? Open(string name) =>
        zip.GetEntry(name) is { } entry ? XmlReader.Create(entry.Open(), Settings) : null;

    private static (int Row, int Column)? Cell(ReadOnlySpan<char> reference)
    {
        var column = 0;
        var i = 0;
        while (i < reference.Length && char.IsAsciiLetter(reference[i]) && column <= ReturnedPackageScan.MaxColumns)
        {
            column = (column * 26) + (char.ToUpperInvariant(reference[i]) - 'A' + 1);
            i++;
        }

        return i > 0 && int.TryParse(reference[i..], NumberStyles.None, CultureInfo.InvariantCulture, out var row) && row >= 1
            ? (row - 1, column - 1)
            : null;
    }

    internal static (int, int, int, int)? Range(ReadOnlySpan<char> reference)
    {
        var colon = reference.IndexOf(':');
        var from = Cell(colon < 0 ? reference : reference[..colon]);
        var to = colon < 0 ? from : Cell(reference[(colon + 1)..]);
        return from is { } a && to is { } b ? (a.Row, a.Column, b.Row, b.Column) : null;
    }
}
