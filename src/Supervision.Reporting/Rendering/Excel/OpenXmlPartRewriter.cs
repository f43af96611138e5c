using System.Xml;

namespace Supervision.Reporting.Rendering.Excel;

// Copies an Open XML part from a reader to a writer in one pass, putting elements in where the part's
// schema wants them. Open XML sequences are strict (CT_Worksheet: … sheetData, …, mergeCells, phoneticPr,
// conditionalFormatting, dataValidations, hyperlinks, printOptions, pageMargins, pageSetup, headerFooter …):
// Excel refuses a file whose children are out of order, so each insertion is written just before the first
// existing child that must follow it.
internal static class OpenXmlPartRewriter
{
    // ECMA-376 Part 1, CT_Worksheet (§18.3.1.99).
    public static readonly string[] WorksheetOrder =
    [
        "sheetPr", "dimension", "sheetViews", "sheetFormatPr", "cols", "sheetData", "sheetCalcPr", "sheetProtection",
        "protectedRanges", "scenarios", "autoFilter", "sortState", "dataConsolidate", "customSheetViews", "mergeCells",
        "phoneticPr", "conditionalFormatting", "dataValidations", "hyperlinks", "printOptions", "pageMargins", "pageSetup",
        "headerFooter", "rowBreaks", "colBreaks", "customProperties", "cellWatches", "ignoredErrors", "smartTags", "drawing",
        "legacyDrawing", "legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts",
        "extLst",
    ];

    // CT_Workbook (§18.2.27).
    public static readonly string[] WorkbookOrder =
    [
        "fileVersion", "fileSharing", "workbookPr", "workbookProtection", "bookViews", "sheets", "functionGroups",
        "externalReferences", "definedNames", "calcPr", "oleSize", "customWorkbookViews", "pivotCaches", "smartTagPr",
        "smartTagTypes", "webPublishing", "fileRecoveryPr", "webPublishObjects", "extLst",
    ];

    // CT_Stylesheet (§18.8.39).
    public static readonly string[] StylesheetOrder =
    [
        "numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs", "tableStyles", "colors", "extLst",
    ];

    public static void Rewrite(XmlReader reader, XmlWriter writer, IReadOnlyList<string> order, IReadOnlyList<PartInsertion> insertions, bool declaration)
    {
        var pending = insertions.Select(i => (Rank: Rank(order, i.Name), Insertion: i)).OrderBy(p => p.Rank).ToList();
        reader.MoveToContent();
        if (declaration)
        {
            writer.WriteStartDocument(standalone: true);
        }

        writer.WriteStartElement(reader.Prefix, reader.LocalName, reader.NamespaceURI);
        writer.WriteAttributes(reader, defattr: false);
        if (reader.IsEmptyElement)
        {
            Flush(pending, writer, int.MaxValue);
            writer.WriteEndElement();
            writer.Flush();
            return;
        }

        reader.Read();
        while (!reader.EOF && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == 0))
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                if (reader.NodeType is XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace)
                {
                    reader.Read();
                }
                else
                {
                    writer.WriteNode(reader, defattr: false);
                }

                continue;
            }

            var rank = Rank(order, reader.LocalName);
            if (rank >= 0)
            {
                Flush(pending, writer, rank);
            }

            var same = pending.FindIndex(p => string.Equals(p.Insertion.Name, reader.LocalName, StringComparison.Ordinal));
            if (same >= 0 && (pending[same].Insertion.Merge is not null || pending[same].Insertion.Replace))
            {
                var insertion = pending[same].Insertion;
                pending.RemoveAt(same);
                if (insertion.Merge is { } merge)
                {
                    merge(reader, writer);
                }
                else
                {
                    reader.Skip();
                    insertion.WriteNew(writer);
                }

                continue;
            }

            writer.WriteNode(reader, defattr: false);
        }

        Flush(pending, writer, int.MaxValue);
        writer.WriteEndElement();
        writer.Flush();
    }

    // Copies the current element's start tag and children, then lets `append` add children before its end tag;
    // leaves the reader after the element.
    public static void CopyAndAppend(XmlReader reader, XmlWriter writer, Action<XmlWriter> append, Func<XmlReader, bool>? keepChild = null)
    {
        writer.WriteStartElement(reader.Prefix, reader.LocalName, reader.NamespaceURI);
        writer.WriteAttributes(reader, defattr: false);
        if (reader.IsEmptyElement)
        {
            reader.Read();
        }
        else
        {
            var depth = reader.Depth;
            reader.Read();
            while (!(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
            {
                if (reader.NodeType == XmlNodeType.Element && keepChild is not null && !keepChild(reader))
                {
                    reader.Skip();
                    continue;
                }

                writer.WriteNode(reader, defattr: false);
            }

            reader.Read();
        }

        append(writer);
        writer.WriteEndElement();
    }

    private static void Flush(List<(int Rank, PartInsertion Insertion)> pending, XmlWriter writer, int beforeRank)
    {
        while (pending.Count > 0 && pending[0].Rank < beforeRank)
        {
            pending[0].Insertion.WriteNew(writer);
            pending.RemoveAt(0);
        }
    }

    private static int Rank(IReadOnlyList<string> order, string name)
    {
        for (var i = 0; i < order.Count; i++)
        {
            if (string.Equals(order[i], name, StringComparison.Ordinal))
            {
                return string.Equals(name, "extLst", StringComparison.Ordinal) ? int.MaxValue - 2 : i;
            }
        }

        return -1;
    }
}
