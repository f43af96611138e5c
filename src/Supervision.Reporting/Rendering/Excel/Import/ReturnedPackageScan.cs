using System.Globalization;
using System.IO.Compression;
using System.Xml;

namespace Supervision.Reporting.Rendering.Excel.Import;

// One streaming pass over a returned .xlsx before anything else reads it (issue 10, class 4): every entry is
// inflated through a counter that stops at MaxPartBytes, whatever the zip headers claim; the worksheets and the
// shared strings are read as XML in chunks, so that no cell text is ever held whole, and are checked for
// characters per cell, shared-string count, rows, columns and cells. A limit passed is an InvalidDataException
// that names the part, and the sheet!cell where there is one; ExcelDataReader then only ever sees a package
// within the limits. The same pass records the formula cells of every worksheet (ExcelDataReader gives only
// the values Excel cached), so that the sheet's XML is read once for both.
internal sealed class ReturnedPackageScan
{
    public const long MaxFileBytes = 256L * 1024 * 1024;
    public const int MaxEntries = 10_000;
    public const long MaxPartBytes = 1L << 30;
    public const int MaxCellCharacters = RoundValidator.MaxTextLength;
    public const int MaxSharedStrings = 4_000_000;
    public const int MaxRows = 1_048_576;
    public const int MaxColumns = 16_384;
    public const long MaxCells = 40_000_000;

    private const string MainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string RelationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreWhitespace = true,
        CloseInput = true,
    };

    // Formula cells (1-based row, 0-based column) by worksheet part name.
    private readonly Dictionary<string, List<(int Row, int Column)>> formulas = new(StringComparer.Ordinal);

    // Merged ranges (0-based, inclusive, in document order) by worksheet part name: an .xlsx lists them after the
    // rows, and the importer needs them before it reads the first row (issue 15), so the scan that reads the whole
    // sheet anyway keeps them — the ones XlsxRowReader would find, i.e. not inside a <row>.
    private readonly Dictionary<string, List<(int FromRow, int FromColumn, int ToRow, int ToColumn)>> merges = new(StringComparer.Ordinal);

    // Sheet name → worksheet part, from workbook.xml and its relationships.
    private readonly Dictionary<string, string> parts = new(StringComparer.Ordinal);

    // The worksheet parts Utf8SheetXml may read (IsPlain).
    private readonly HashSet<string> plain = new(StringComparer.Ordinal);

    private readonly char[] chunk = new char[4096];

    // Settings with a name table seeded with the names compared against (XlsxRowReader.Names), so that the
    // namespace of every element is compared by reference.
    private readonly XmlReaderSettings settings = Settings.Clone();

    private long cells;

    private ReturnedPackageScan()
    {
        settings.NameTable = XlsxRowReader.Names();
    }

    public static void CheckFileSize(Stream workbook)
    {
        if (workbook.CanSeek && workbook.Length - workbook.Position > MaxFileBytes)
        {
            throw WorkbookLimit.Exception(string.Create(
                CultureInfo.InvariantCulture,
                $"The file is {(workbook.Length - workbook.Position) / (1024 * 1024):N0} MB; a returned ledger may be at most {MaxFileBytes / (1024 * 1024):N0} MB."));
        }
    }

    public static ReturnedPackageScan Run(Stream package)
    {
        CheckFileSize(package);
        var scan = new ReturnedPackageScan();
        var start = package.Position;
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or ArgumentException)
        {
            throw new InvalidDataException("The file is not a readable .xlsx or .xls workbook: " + e.Message, e);
        }

        using (zip)
        {
            if (zip.Entries.Count > MaxEntries)
            {
                throw WorkbookLimit.Exception(string.Create(CultureInfo.InvariantCulture, $"The package has {zip.Entries.Count:N0} parts; a workbook may have at most {MaxEntries:N0}."));
            }

            // Every part is read inside one guard, the workbook and its relationships first: a part that is not
            // well-formed XML or cannot be inflated is one error naming it, whichever part it is.
            var name = "xl/workbook.xml";
            try
            {
                var names = scan.SheetNames(zip, part => name = part);
                foreach (var entry in zip.Entries)
                {
                    name = entry.FullName;
                    using var stream = new BoundedStream(entry.Open(), name);
                    if (name.Equals("xl/sharedStrings.xml", StringComparison.OrdinalIgnoreCase))
                    {
                        scan.SharedStrings(stream, name);
                    }
                    else if ((name.StartsWith("xl/worksheets/", StringComparison.OrdinalIgnoreCase) && name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase))
                        || names.ContainsKey(name))
                    {
                        // Any part the workbook names as a sheet, wherever it lies: XlsxRowReader reads it as one.
                        scan.Worksheet(stream, name, names.GetValueOrDefault(name, name));
                    }
                    else
                    {
                        stream.CopyTo(Stream.Null);
                    }
                }
            }
            catch (XmlException e)
            {
                throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"The part {name} is not well-formed XML (line {e.LineNumber}, position {e.LinePosition})."), e);
            }
            catch (IOException e) when (e is not EndOfStreamException)
            {
                throw new InvalidDataException($"The part {name} cannot be read: {e.Message}", e);
            }
        }

        package.Position = start;
        return scan;
    }

    // The formula cells of the named sheet, as FormulaScanner gave them.
    public IReadOnlyList<(int Row, int Column)> FormulasOf(string sheetName) =>
        parts.TryGetValue(sheetName, out var part) && formulas.TryGetValue(part, out var list) ? list : [];

    // The merged ranges of a worksheet part, as XlsxRowReader.Merges gives them once the sheet's rows are read.
    public IReadOnlyList<(int FromRow, int FromColumn, int ToRow, int ToColumn)> MergesOf(string part) =>
        merges.TryGetValue(part, out var list) ? list : [];

    // Whether XlsxRowReader may read the worksheet part from its bytes (Utf8SheetXml), which handles less than
    // XmlReader: the part is UTF-8, has no CDATA, no element inside a <v>, and every element is in the main
    // namespace exactly when it has no prefix — so that a name compared as bytes means what XmlReader's name and
    // namespace mean. Any other part is read with XmlReader.
    public bool IsPlain(string part) => plain.Contains(part);

    // Worksheet part → sheet name, for messages; fills `parts` the other way round.
    private Dictionary<string, string> SheetNames(ZipArchive zip, Action<string> reading)
    {
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        if (zip.GetEntry("xl/workbook.xml") is { } workbook)
        {
            reading(workbook.FullName);
            using var xml = XmlReader.Create(new BoundedStream(workbook.Open(), workbook.FullName), Settings);
            while (xml.Read())
            {
                if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "sheet" && xml.GetAttribute("name") is { } name && xml.GetAttribute("id", RelationshipNamespace) is { } id)
                {
                    ids.TryAdd(id, name);
                }
            }
        }

        var byPart = new Dictionary<string, string>(StringComparer.Ordinal);
        if (zip.GetEntry("xl/_rels/workbook.xml.rels") is { } rels)
        {
            reading(rels.FullName);
            using var xml = XmlReader.Create(new BoundedStream(rels.Open(), rels.FullName), Settings);
            while (xml.Read())
            {
                if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "Relationship" && xml.GetAttribute("Id") is { } id && ids.TryGetValue(id, out var name))
                {
                    var target = xml.GetAttribute("Target") ?? string.Empty;
                    var part = target.StartsWith('/') ? target[1..] : "xl/" + target;
                    byPart.TryAdd(part, name);
                    parts.TryAdd(name, part);
                }
            }
        }

        return byPart;
    }

    private void SharedStrings(Stream stream, string part)
    {
        using var xml = XmlReader.Create(stream, settings);
        var count = 0;
        var length = 0;
        while (xml.Read())
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "si" && xml.NamespaceURI == MainNamespace)
            {
                if (++count > MaxSharedStrings)
                {
                    throw WorkbookLimit.Exception(string.Create(CultureInfo.InvariantCulture, $"{part} has more than {MaxSharedStrings:N0} shared strings."));
                }

                length = 0;
            }
            else if (xml.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace)
            {
                length += TextLength(xml, MaxCellCharacters - length);
                if (length > MaxCellCharacters)
                {
                    throw WorkbookLimit.Exception(string.Create(CultureInfo.InvariantCulture, $"{part}, shared string {count:N0}, is longer than {MaxCellCharacters:N0} characters; a cell of a returned ledger holds at most that many."));
                }
            }
        }
    }

    private void Worksheet(Stream stream, string part, string sheet)
    {
        using var xml = XmlReader.Create(stream, settings);
        var found = new List<(int Row, int Column)>();
        List<(int, int, int, int)>? merged = null;
        var row = 0;
        var column = -1;
        var length = 0;

        // The depth of the <row> being read, or -1: XlsxRowReader does not see a <mergeCell> inside a row.
        var rowDepth = -1;

        // IsPlain's conditions, and the depth of the <v> being read, or -1.
        var isPlain = true;
        var valueDepth = -1;
        while (xml.Read())
        {
            if (isPlain)
            {
                switch (xml.NodeType)
                {
                    case XmlNodeType.CDATA:
                        isPlain = false;
                        break;
                    case XmlNodeType.XmlDeclaration:
                        isPlain = xml.GetAttribute("encoding") is not { } encoding || encoding.Equals("UTF-8", StringComparison.OrdinalIgnoreCase);
                        break;
                    case XmlNodeType.EndElement when xml.Depth == valueDepth:
                        valueDepth = -1;
                        break;
                    case XmlNodeType.Element:
                        isPlain = valueDepth < 0 && (xml.Prefix.Length == 0) == (xml.NamespaceURI == MainNamespace);
                        if (xml.LocalName == "v" && !xml.IsEmptyElement)
                        {
                            valueDepth = xml.Depth;
                        }

                        break;
                }
            }

            if (xml.NodeType == XmlNodeType.EndElement && xml.Depth == rowDepth)
            {
                rowDepth = -1;
            }
            else if (xml.NodeType == XmlNodeType.Element && xml.NamespaceURI == MainNamespace)
            {
                switch (xml.LocalName)
                {
                    case "mergeCell" when rowDepth < 0:
                        if (xml.GetAttribute("ref") is { } range && XlsxRowReader.Range(range) is { } m)
                        {
                            (merged ??= []).Add(m);
                        }

                        break;
                    case "row":
                        if (rowDepth < 0 && !xml.IsEmptyElement)
                        {
                            rowDepth = xml.Depth;
                        }

                        row = int.TryParse(xml.GetAttribute("r"), NumberStyles.None, CultureInfo.InvariantCulture, out var r) ? r : row + 1;
                        column = -1;
                        if (row is < 1 or > MaxRows)
                        {
                            throw WorkbookLimit.Exception(string.Create(CultureInfo.InvariantCulture, $"{sheet} ({part}) has a row {row:N0}; a worksheet has rows 1 to {MaxRows:N0}."));
                        }

                        break;
                    case "c":
                        if (xml.GetAttribute("r") is { } reference && Parse(reference) is { } cell)
                        {
                            (row, column) = (cell.Row, cell.Column);
                        }
                        else
                        {
                            column++;
                        }

                        if (column >= MaxColumns || row is < 1 or > MaxRows)
                        {
                            throw WorkbookLimit.Exception(string.Create(CultureInfo.InvariantCulture, $"{sheet} ({part}) has a cell outside A1:XFD{MaxRows}; a worksheet has {MaxColumns:N0} columns and {MaxRows:N0} rows."));
                        }

                        if (++cells > MaxCells)
                        {
                            throw WorkbookLimit.Exception(string.Create(CultureInfo.InvariantCulture, $"The workbook has more than {MaxCells:N0} cells; a returned ledger has at most that many."));
                        }

                        length = 0;
                        break;
                    case "f":
                        found.Add((row, column));
                        break;
                }
            }
            else if (xml.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace)
            {
                // A cell's value, inline string (its runs added up) or formula text.
                length += TextLength(xml, MaxCellCharacters - length);
                if (length > MaxCellCharacters)
                {
                    var at = column >= 0 ? CellTextSanitizer.ColumnName(column + 1) + row.ToString(CultureInfo.InvariantCulture) : "?";
                    throw WorkbookLimit.Exception(string.Create(CultureInfo.InvariantCulture, $"{sheet}!{at} holds more than {MaxCellCharacters:N0} characters; a cell of a returned ledger holds at most that many."));
                }
            }
        }

        if (isPlain && stream is BoundedStream { Utf16: false })
        {
            plain.Add(part);
        }

        if (found.Count > 0)
        {
            formulas[part] = found;
        }

        if (merged is not null)
        {
            merges[part] = merged;
        }
    }

    // The length of the current text node, read in chunks and given up past `room`, so that a huge node is never
    // held whole.
    private int TextLength(XmlReader xml, int room)
    {
        var total = 0;
        int read;
        while ((read = xml.ReadValueChunk(chunk, 0, chunk.Length)) > 0)
        {
            total += read;
            if (total > room)
            {
                return total;
            }
        }

        return total;
    }

    private static (int Row, int Column)? Parse(string reference)
    {
        var column = 0;
        var i = 0;
        while (i < reference.Length && char.IsAsciiLetter(reference[i]) && column <= MaxColumns)
        {
            column = (column * 26) + (char.ToUpperInvariant(reference[i]) - 'A' + 1);
            i++;
        }

        return i > 0 && int.TryParse(reference.AsSpan(i), NumberStyles.None, CultureInfo.InvariantCulture, out var row)
            ? (row, column - 1)
            : null;
    }

    // Counts what is inflated and stops at MaxPartBytes: the sizes in the zip headers are the sender's claim.
    private sealed class BoundedStream(Stream inner, string part) : Stream
    {
        private long total;
        private bool started;

        // The part begins with a UTF-16 byte order mark (XmlReader reads it so, declaration or not).
        public bool Utf16 { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => total; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var read = inner.Read(buffer);
            if (!started && read > 0)
            {
                started = true;
                Utf16 = buffer[0] is 0xFE or 0xFF or 0x00 || (read > 1 && buffer[1] == 0x00);
            }

            total += read;
            return total > MaxPartBytes
                ? throw WorkbookLimit.Exception(string.Create(CultureInfo.InvariantCulture, $"The part {part} inflates to more than {MaxPartBytes / (1024 * 1024):N0} MB; a part of a returned ledger may be at most that large."))
                : read;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}

// A returned workbook past one of ReturnedPackageScan's limits: readable, but refused as input (exit 1 in the CLI),
// where a file that is not a workbook at all is an I/O matter (exit 2). InvalidDataException is sealed, so the
// exception carries a mark in its Data.
internal static class WorkbookLimit
{
    private const string Mark = "workbook-limit";

    public static InvalidDataException Exception(string message)
    {
        var e = new InvalidDataException(message);
        e.Data[Mark] = true;
        return e;
    }

    public static bool Is(Exception e) => e.Data.Contains(Mark);
}
