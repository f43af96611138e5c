using System.IO.Compression;
using System.Xml;

namespace Supervision.Reporting.Rendering.Excel.Import;

// Finds the cells of one worksheet of an .xlsx that hold formulas. ExcelDataReader gives only the value Excel
// cached when it last calculated, and says nothing of the formula, so the sheet's XML is read for <f> elements.
// Nothing is evaluated. (A legacy .xls: LegacyFormulaScanner.)
internal static class FormulaScanner
{
    private const string MainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string RelationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreWhitespace = true,
    };

    // 1-based row and 0-based column of every formula cell of the named sheet.
    public static IReadOnlyList<(int Row, int Column)> Scan(Stream package, string sheetName)
    {
        using var zip = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true);
        var part = SheetPart(zip, sheetName);
        var entry = part is null ? null : zip.GetEntry(part);
        if (entry is null)
        {
            return [];
        }

        var found = new List<(int, int)>();
        using var stream = entry.Open();
        using var xml = XmlReader.Create(stream, Settings);
        var row = 0;
        var column = -1;
        while (xml.Read())
        {
            if (xml.NodeType != XmlNodeType.Element || xml.NamespaceURI != MainNamespace)
            {
                continue;
            }

            switch (xml.LocalName)
            {
                case "row":
                    // r is optional in the schema: without it a row follows the previous one.
                    row = int.TryParse(xml.GetAttribute("r"), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var r) ? r : row + 1;
                    column = -1;
                    break;
                case "c":
                    column = xml.GetAttribute("r") is { } reference && Parse(reference) is { } cell ? cell.Column : column + 1;
                    if (xml.GetAttribute("r") is { } rowReference && Parse(rowReference) is { } at)
                    {
                        row = at.Row;
                    }

                    break;
                case "f":
                    found.Add((row, column));
                    break;
            }
        }

        return found;
    }

    // workbook.xml names the sheet's relationship id; the workbook's relationships give the part.
    private static string? SheetPart(ZipArchive zip, string sheetName)
    {
        string? id = null;
        using (var xml = Open(zip, "xl/workbook.xml"))
        {
            while (xml is not null && xml.Read())
            {
                if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "sheet" && xml.GetAttribute("name") == sheetName)
                {
                    id = xml.GetAttribute("id", RelationshipNamespace);
                    break;
                }
            }
        }

        if (id is null)
        {
            return null;
        }

        using var rels = Open(zip, "xl/_rels/workbook.xml.rels");
        while (rels is not null && rels.Read())
        {
            if (rels.NodeType == XmlNodeType.Element && rels.LocalName == "Relationship" && rels.GetAttribute("Id") == id)
            {
                var target = rels.GetAttribute("Target") ?? string.Empty;
                return target.StartsWith('/') ? target[1..] : "xl/" + target;
            }
        }

        return null;
    }

    private static XmlReader? Open(ZipArchive zip, string name) =>
        zip.GetEntry(name) is { } entry ? XmlReader.Create(entry.Open(), Settings) : null;

    private static (int Row, int Column)? Parse(string reference)
    {
        var column = 0;
        var i = 0;
        while (i < reference.Length && char.IsAsciiLetter(reference[i]))
        {
            column = (column * 26) + (char.ToUpperInvariant(reference[i]) - 'A' + 1);
            i++;
        }

        return i > 0 && int.TryParse(reference.AsSpan(i), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var row)
            ? (row, column - 1)
            : null;
    }
}
