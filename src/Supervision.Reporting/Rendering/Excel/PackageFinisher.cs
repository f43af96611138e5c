using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Supervision.Reporting.Rendering.Excel;

// Streams the package SpreadCheetah wrote into the final one, once: every entry is copied; the worksheets,
// workbook.xml, styles.xml and the core properties are rewritten on the way to add what SpreadCheetah cannot
// write (print setup, print titles, expression conditional formats and their dxf styles, content-based
// column widths) and to fix the creation time, so that the same input gives the same bytes.
//
// A worksheet is rewritten around its sheetData, not through it: the part before <sheetData> and the part
// after </sheetData> are small and go through an XmlReader → XmlWriter pass that inserts elements in the
// order CT_Worksheet mandates; the rows in between (nearly all of the bytes) are copied verbatim. The literal
// "</sheetData>" cannot occur inside the rows because cell text escapes '<', so the split is exact, and the
// pass costs little more than inflating and deflating the rows.
internal static class PackageFinisher
{
    public const string MainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    // The default level (zlib 6), as SpreadCheetah's Optimal: the scratch package is stored (StoredScratch), so
    // this is the only time a part is compressed, and the file is as small as SpreadCheetah's own.
    public const CompressionLevel Level = CompressionLevel.Optimal;

    private static readonly byte[] SheetDataStart = "<sheetData"u8.ToArray();
    private static readonly byte[] SheetDataEnd = "</sheetData>"u8.ToArray();
    private static readonly byte[] Placeholder = "<sheetData />"u8.ToArray();

    private const string SharedStringsPart = "xl/sharedStrings.xml";

    private static readonly PartInsertion SharedStringsContentType = new("Override", w =>
    {
        w.WriteStartElement("Override", "http://schemas.openxmlformats.org/package/2006/content-types");
        w.WriteAttributeString("PartName", "/" + SharedStringsPart);
        w.WriteAttributeString("ContentType", "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml");
        w.WriteEndElement();
    })
    { Replace = false };

    private static readonly PartInsertion SharedStringsRelationship = new("Relationship", w =>
    {
        w.WriteStartElement("Relationship", "http://schemas.openxmlformats.org/package/2006/relationships");
        w.WriteAttributeString("Id", "rIdSharedStrings");
        w.WriteAttributeString("Type", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings");
        w.WriteAttributeString("Target", "sharedStrings.xml");
        w.WriteEndElement();
    })
    { Replace = false };

    private static readonly XmlReaderSettings ReaderSettings = new() { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, CloseInput = false };

    public static void Finish(Stream package, Stream output, PackageFinish finish)
    {
        using var source = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true);
        var dxfBase = ExistingDxfCount(source);
        var time = finish.Created.Year < 1980 ? new DateTimeOffset(1980, 1, 1, 0, 0, 0, TimeSpan.Zero) : finish.Created;
        var shared = finish.SharedStrings is { Count: > 0 };
        using var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var entry in source.Entries)
        {
            var copy = target.CreateEntry(entry.FullName, Level);
            copy.LastWriteTime = time;
            using var from = entry.Open();
            using var to = copy.Open();
            switch (entry.FullName)
            {
                case "xl/workbook.xml":
                    RewriteSmall(from, to, OpenXmlPartRewriter.WorkbookOrder, WorkbookInsertions(finish));
                    break;
                case "xl/styles.xml":
                    RewriteSmall(from, to, OpenXmlPartRewriter.StylesheetOrder, StyleInsertions(finish, dxfBase));
                    break;
                case "docProps/core.xml":
                    RewriteCore(from, to, finish.Created);
                    break;
                case "[Content_Types].xml" when shared:
                    RewriteSmall(from, to, [], [SharedStringsContentType]);
                    break;
                case "xl/_rels/workbook.xml.rels" when shared:
                    RewriteSmall(from, to, [], [SharedStringsRelationship]);
                    break;
                default:
                    if (SheetIndex(entry.FullName) is { } index && index < finish.Sheets.Count)
                    {
                        var sheet = finish.Sheets[index];
                        var cells = shared && sheet.SharedStringColumns.Contains(true) ? new SharedStringCells(sheet.SharedStringColumns) : null;
                        RewriteWorksheet(from, to, WorksheetInsertions(sheet, dxfBase), cells);
                    }
                    else
                    {
                        from.CopyTo(to);
                    }

                    break;
            }
        }

        if (shared)
        {
            var part = target.CreateEntry(SharedStringsPart, Level);
            part.LastWriteTime = time;
            using var to = part.Open();
            finish.SharedStrings!.Write(to);
        }
    }

    private static int? SheetIndex(string name)
    {
        const string prefix = "xl/worksheets/sheet";
        return name.StartsWith(prefix, StringComparison.Ordinal) && name.EndsWith(".xml", StringComparison.Ordinal)
            && int.TryParse(name.AsSpan(prefix.Length, name.Length - prefix.Length - 4), NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? n - 1
            : null;
    }

    private static int ExistingDxfCount(ZipArchive source)
    {
        using var stream = source.GetEntry("xl/styles.xml")?.Open();
        if (stream is null)
        {
            return 0;
        }

        using var reader = XmlReader.Create(stream, ReaderSettings);
        var count = 0;
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "dxf" && reader.NamespaceURI == MainNamespace)
            {
                count++;
            }
        }

        return count;
    }

    private static XmlWriter Writer(Stream stream, bool declaration) => XmlWriter.Create(stream, new XmlWriterSettings
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        OmitXmlDeclaration = !declaration,
        CloseOutput = false,
        ConformanceLevel = ConformanceLevel.Document,
    });

    private static void RewriteSmall(Stream from, Stream to, string[] order, IReadOnlyList<PartInsertion> insertions)
    {
        using var reader = XmlReader.Create(from, ReaderSettings);
        using var writer = Writer(to, declaration: true);
        OpenXmlPartRewriter.Rewrite(reader, writer, order, insertions, declaration: true);
    }

    private static void RewriteWorksheet(Stream from, Stream to, IReadOnlyList<PartInsertion> insertions, SharedStringCells? cells)
    {
        var buffer = new byte[64 * 1024];
        var length = 0;
        int start;
        while ((start = buffer.AsSpan(0, length).IndexOf(SheetDataStart)) < 0 || length - start < SheetDataStart.Length + 2)
        {
            length = Fill(from, ref buffer, length, "a worksheet without sheetData");
        }

        // Before the rows: rewrite "head + <sheetData/> + </worksheet>" and keep what precedes the placeholder.
        var head = buffer.AsSpan(0, start).ToArray();
        var rootStart = RootStartTag(head);
        var before = RewriteFragment([.. head, .. "<sheetData/></worksheet>"u8], insertions, declaration: true);
        to.Write(before, 0, PlaceholderAt(before));

        // The rows, verbatim but for the shared-string cells' type.
        void Rows(ReadOnlySpan<byte> rows)
        {
            if (cells is null)
            {
                to.Write(rows);
            }
            else
            {
                cells.Write(rows, to);
            }
        }

        int tailStart;
        if (buffer.AsSpan(start + SheetDataStart.Length).StartsWith("/>"u8))
        {
            tailStart = start + SheetDataStart.Length + 2;
            Rows(buffer.AsSpan(start, tailStart - start));
        }
        else
        {
            while (true)
            {
                var found = buffer.AsSpan(start, length - start).IndexOf(SheetDataEnd);
                if (found >= 0)
                {
                    tailStart = start + found + SheetDataEnd.Length;
                    Rows(buffer.AsSpan(start, tailStart - start));
                    break;
                }

                // Keep the last bytes: "</sheetData>" may straddle two reads.
                var keep = Math.Min(SheetDataEnd.Length - 1, length - start);
                Rows(buffer.AsSpan(start, length - start - keep));
                Buffer.BlockCopy(buffer, length - keep, buffer, 0, keep);
                length = keep;
                start = 0;
                length = Fill(from, ref buffer, length, "a worksheet whose sheetData does not end");
            }
        }

        cells?.Flush(to);

        // After the rows: rewrite "<worksheet …><sheetData/> + tail" and keep what follows the placeholder.
        using var tail = new MemoryStream();
        tail.Write(rootStart);
        tail.Write("<sheetData/>"u8);
        tail.Write(buffer, tailStart, length - tailStart);
        from.CopyTo(tail);
        var after = RewriteFragment(tail.ToArray(), insertions, declaration: false);
        var at = PlaceholderAt(after) + Placeholder.Length;
        to.Write(after, at, after.Length - at);
    }

    private static int Fill(Stream from, ref byte[] buffer, int length, string problem)
    {
        if (length == buffer.Length)
        {
            Array.Resize(ref buffer, buffer.Length * 2);
        }

        var read = from.Read(buffer, length, buffer.Length - length);
        return read > 0 ? length + read : throw new InvalidDataException($"The package has {problem}.");
    }

    private static byte[] RootStartTag(byte[] head)
    {
        var root = head.AsSpan().IndexOf("<worksheet"u8);
        var end = root < 0 ? -1 : head.AsSpan(root).IndexOf((byte)'>');
        return end < 0 ? throw new InvalidDataException("The package has a worksheet without a root element.") : head[root..(root + end + 1)];
    }

    private static byte[] RewriteFragment(byte[] document, IReadOnlyList<PartInsertion> insertions, bool declaration)
    {
        using var input = new MemoryStream(document, writable: false);
        using var output = new MemoryStream();
        using (var reader = XmlReader.Create(input, ReaderSettings))
        using (var writer = Writer(output, declaration))
        {
            OpenXmlPartRewriter.Rewrite(reader, writer, OpenXmlPartRewriter.WorksheetOrder, insertions, declaration);
        }

        return output.ToArray();
    }

    private static int PlaceholderAt(byte[] rewritten)
    {
        var at = rewritten.AsSpan().IndexOf(Placeholder);
        return at >= 0 ? at : throw new InvalidOperationException("The worksheet rewrite lost its sheetData placeholder.");
    }

    private static IReadOnlyList<PartInsertion> WorksheetInsertions(SheetFinish sheet, int dxfBase)
    {
        var list = new List<PartInsertion>
        {
            new("sheetPr", w => { w.WriteStartElement("sheetPr", MainNamespace); FitToPage(w); w.WriteEndElement(); })
            {
                Merge = (r, w) => OpenXmlPartRewriter.CopyAndAppend(r, w, FitToPage, keepChild: c => c.LocalName != "pageSetUpPr"),
            },
        };

        if (sheet.ColumnWidths.Count > 0)
        {
            list.Add(new("cols", w =>
            {
                w.WriteStartElement("cols", MainNamespace);
                for (var i = 0; i < sheet.ColumnWidths.Count; i++)
                {
                    var n = (i + 1).ToString(CultureInfo.InvariantCulture);
                    w.WriteStartElement("col", MainNamespace);
                    w.WriteAttributeString("min", n);
                    w.WriteAttributeString("max", n);
                    w.WriteAttributeString("width", sheet.ColumnWidths[i].ToString("0.##", CultureInfo.InvariantCulture));
                    w.WriteAttributeString("customWidth", "1");
                    w.WriteEndElement();
                }

                w.WriteEndElement();
            }));
        }

        var priority = 1;
        foreach (var rule in sheet.ConditionalRules)
        {
            var p = priority++;
            list.Add(new("conditionalFormatting", w =>
            {
                w.WriteStartElement("conditionalFormatting", MainNamespace);
                w.WriteAttributeString("sqref", rule.Range);
                w.WriteStartElement("cfRule", MainNamespace);
                w.WriteAttributeString("type", "expression");
                w.WriteAttributeString("dxfId", (dxfBase + rule.Dxf).ToString(CultureInfo.InvariantCulture));
                w.WriteAttributeString("priority", p.ToString(CultureInfo.InvariantCulture));
                if (rule.StopIfTrue)
                {
                    w.WriteAttributeString("stopIfTrue", "1");
                }

                w.WriteElementString("formula", MainNamespace, rule.Formula);
                w.WriteEndElement();
                w.WriteEndElement();
            })
            { Replace = false });
        }

        list.Add(new("printOptions", w =>
        {
            w.WriteStartElement("printOptions", MainNamespace);
            w.WriteAttributeString("horizontalCentered", "1");
            w.WriteEndElement();
        }));
        list.Add(new("pageMargins", w =>
        {
            // Inches, as the schema wants: 1.5 cm left/right, 2 cm top, 1.8 cm bottom (room for the footer).
            w.WriteStartElement("pageMargins", MainNamespace);
            w.WriteAttributeString("left", "0.59");
            w.WriteAttributeString("right", "0.59");
            w.WriteAttributeString("top", "0.79");
            w.WriteAttributeString("bottom", "0.71");
            w.WriteAttributeString("header", "0.31");
            w.WriteAttributeString("footer", "0.31");
            w.WriteEndElement();
        }));
        list.Add(new("pageSetup", w =>
        {
            w.WriteStartElement("pageSetup", MainNamespace);
            w.WriteAttributeString("paperSize", sheet.Paper == LedgerPaper.A3 ? "8" : "9");
            w.WriteAttributeString("orientation", sheet.Landscape ? "landscape" : "portrait");
            w.WriteAttributeString("fitToWidth", "1");
            w.WriteAttributeString("fitToHeight", "0");
            w.WriteEndElement();
        }));
        if (sheet.Footer is { } footer)
        {
            list.Add(new("headerFooter", w =>
            {
                w.WriteStartElement("headerFooter", MainNamespace);
                w.WriteElementString("oddFooter", MainNamespace, footer);
                w.WriteEndElement();
            }));
        }

        return list;

        static void FitToPage(XmlWriter w)
        {
            w.WriteStartElement("pageSetUpPr", MainNamespace);
            w.WriteAttributeString("fitToPage", "1");
            w.WriteEndElement();
        }
    }

    private static IReadOnlyList<PartInsertion> WorkbookInsertions(PackageFinish finish)
    {
        var titles = finish.Sheets
            .Select((sheet, index) => (sheet, index))
            .Where(s => s.sheet.PrintTitleRows is not null || s.sheet.FilterRange is not null)
            .ToList();
        if (titles.Count == 0)
        {
            return [];
        }

        return
        [
            new("definedNames", w => { w.WriteStartElement("definedNames", MainNamespace); WriteTitles(w); w.WriteEndElement(); })
            {
                Merge = (r, w) => OpenXmlPartRewriter.CopyAndAppend(r, w, WriteTitles, keepChild: c => c.GetAttribute("name") is not ("_xlnm.Print_Titles" or "_xlnm._FilterDatabase")),
            },
        ];

        void WriteTitles(XmlWriter w)
        {
            foreach (var (sheet, index) in titles)
            {
                var quoted = "'" + sheet.Name.Replace("'", "''", StringComparison.Ordinal) + "'!";
                if (sheet.FilterRange is { } filter)
                {
                    w.WriteStartElement("definedName", MainNamespace);
                    w.WriteAttributeString("name", "_xlnm._FilterDatabase");
                    w.WriteAttributeString("localSheetId", index.ToString(CultureInfo.InvariantCulture));
                    w.WriteAttributeString("hidden", "1");
                    w.WriteString(quoted + filter);
                    w.WriteEndElement();
                }

                if (sheet.PrintTitleRows is var (first, last))
                {
                    w.WriteStartElement("definedName", MainNamespace);
                    w.WriteAttributeString("name", "_xlnm.Print_Titles");
                    w.WriteAttributeString("localSheetId", index.ToString(CultureInfo.InvariantCulture));
                    w.WriteString(quoted + string.Create(CultureInfo.InvariantCulture, $"${first}:${last}"));
                    w.WriteEndElement();
                }
            }
        }
    }

    private static IReadOnlyList<PartInsertion> StyleInsertions(PackageFinish finish, int dxfBase)
    {
        if (finish.DifferentialFills.Count == 0)
        {
            return [];
        }

        var total = (dxfBase + finish.DifferentialFills.Count).ToString(CultureInfo.InvariantCulture);
        return
        [
            new("dxfs", w => { w.WriteStartElement("dxfs", MainNamespace); w.WriteAttributeString("count", total); WriteDxfs(w); w.WriteEndElement(); })
            {
                Merge = (r, w) =>
                {
                    // The count attribute changes, so the start tag is written here rather than copied.
                    w.WriteStartElement("dxfs", MainNamespace);
                    w.WriteAttributeString("count", total);
                    if (!r.IsEmptyElement)
                    {
                        var depth = r.Depth;
                        r.Read();
                        while (!(r.NodeType == XmlNodeType.EndElement && r.Depth == depth))
                        {
                            w.WriteNode(r, defattr: false);
                        }
                    }

                    r.Read();
                    WriteDxfs(w);
                    w.WriteEndElement();
                },
            },
        ];

        void WriteDxfs(XmlWriter w)
        {
            foreach (var rgb in finish.DifferentialFills)
            {
                w.WriteStartElement("dxf", MainNamespace);
                w.WriteStartElement("fill", MainNamespace);
                w.WriteStartElement("patternFill", MainNamespace);
                w.WriteAttributeString("patternType", "solid");
                w.WriteStartElement("fgColor", MainNamespace);
                w.WriteAttributeString("rgb", "FF" + rgb);
                w.WriteEndElement();
                w.WriteStartElement("bgColor", MainNamespace);
                w.WriteAttributeString("rgb", "FF" + rgb);
                w.WriteEndElement();
                w.WriteEndElement();
                w.WriteEndElement();
                w.WriteEndElement();
            }
        }
    }

    private static void RewriteCore(Stream from, Stream to, DateTimeOffset created)
    {
        // A few hundred bytes: a document tree is the plainest way to fix two timestamps.
        XNamespace dcterms = "http://purl.org/dc/terms/";
        XNamespace xsi = "http://www.w3.org/2001/XMLSchema-instance";
        var document = XDocument.Load(from);
        var root = document.Root ?? throw new InvalidDataException("The package has empty core properties.");
        var stamp = created.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        foreach (var name in new[] { "created", "modified" })
        {
            var element = root.Element(dcterms + name);
            if (element is null)
            {
                element = new XElement(dcterms + name, new XAttribute(xsi + "type", "dcterms:W3CDTF"));
                root.Add(element);
            }

            element.Value = stamp;
        }

        using var writer = Writer(to, declaration: true);
        document.Save(writer);
    }
}
