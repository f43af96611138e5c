using System.Globalization;

namespace Supervision.Reporting.Rendering.Excel.Import;

// The rows of a plain worksheet part (ReturnedPackageScan.IsPlain) read from its bytes: the same walk as the
// XmlReader one above — a <row> anywhere, its <c> at any depth, a cell's <v> and <is> among its children and
// those of any foreign (prefixed) child, a <mergeCell> outside rows — giving the same values, without building a
// string for a name, an attribute or a number.
internal sealed partial class XlsxRowReader
{
    private bool ReadRowBytes()
    {
        var reader = bytes!;
        while (true)
        {
            switch (reader.Next(collect: false))
            {
                case Utf8SheetXml.Node.End:
                    bytes = null;
                    reader.Dispose();
                    return false;
                case Utf8SheetXml.Node.StartTag when reader.Name.SequenceEqual("row"u8):
                    pendingNumber = reader.Attribute("r"u8, out var r) && int.TryParse(r, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : nextRow;
                    if (pendingNumber < nextRow)
                    {
                        pendingNumber = nextRow;
                    }

                    pending = ReadRowBytes(reader);
                    return true;
                case Utf8SheetXml.Node.StartTag when reader.Name.SequenceEqual("mergeCell"u8):
                    if (reader.Attribute("ref"u8, out var reference) && Range(reference) is { } range)
                    {
                        Merges.Add(range);
                    }

                    break;
            }
        }
    }

    private object?[] ReadRowBytes(Utf8SheetXml reader)
    {
        var values = rowValues;
        values.Clear();
        if (reader.IsEmpty)
        {
            return [];
        }

        var depth = reader.Depth;
        var column = -1;
        while (reader.Depth >= depth)
        {
            var node = reader.Next(collect: false);
            if (node == Utf8SheetXml.Node.End)
            {
                break;
            }

            if (node != Utf8SheetXml.Node.StartTag || !reader.Name.SequenceEqual("c"u8))
            {
                continue;
            }

            column = reader.Attribute("r"u8, out var reference) && Cell(reference) is { } at ? at.Column : column + 1;
            // As a constant: the attribute's chars are overwritten by the next one read.
            var type = reader.Attribute("t"u8, out var t) ? TypeName(t) : null;
            var style = reader.Attribute("s"u8, out var s) && int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : 0;
            Put(values, column, reader.IsEmpty ? null : ReadCellBytes(reader, type, style));
        }

        return Finished(values);
    }

    // The reader is on a non-empty <c>; leaves it past </c>. The <v> text is Text[..vLength]; an <is> is collected
    // after it and made a string at once.
    private object? ReadCellBytes(Utf8SheetXml reader, string? type, int style)
    {
        var depth = reader.Depth;
        var hasV = false;
        string? inline = null;
        reader.TextLength = 0;
        var vLength = 0;
        while (reader.Depth >= depth)
        {
            var node = reader.Next(collect: false);
            if (node == Utf8SheetXml.Node.End)
            {
                break;
            }

            if (node != Utf8SheetXml.Node.StartTag || reader.Name.Contains((byte)':'))
            {
                // An end tag, or a foreign element, whose children are read as the cell's.
                continue;
            }

            if (reader.Name.SequenceEqual("v"u8))
            {
                hasV = true;
                reader.TextLength = 0;
                if (!reader.IsEmpty)
                {
                    var v = reader.Depth;
                    while (reader.Depth >= v && reader.Next(collect: true) != Utf8SheetXml.Node.End)
                    {
                    }
                }

                vLength = reader.TextLength;
            }
            else if (reader.Name.SequenceEqual("is"u8))
            {
                inline = RichTextBytes(reader, vLength);
                reader.TextLength = vLength;
            }
            else
            {
                // <f> and <extLst>: a formula's text is not a value.
                reader.SkipElement();
            }
        }

        return Convert(type, style, reader.Text[..vLength], hasV, null, inline);
    }

    // The texts of the current <is> (its runs', phonetic runs left out), collected after Text[..from].
    private static string RichTextBytes(Utf8SheetXml reader, int from)
    {
        reader.TextLength = from;
        if (reader.IsEmpty)
        {
            return string.Empty;
        }

        var depth = reader.Depth;
        var node = reader.Next(collect: true);
        while (reader.Depth >= depth && node != Utf8SheetXml.Node.End)
        {
            if (node == Utf8SheetXml.Node.StartTag && LocalName(reader.Name) is var local && (local.SequenceEqual("rPh"u8) || local.SequenceEqual("phoneticPr"u8)))
            {
                reader.SkipElement();
            }

            node = reader.Next(collect: true);
        }

        return new string(reader.Text[from..]);
    }

    private static ReadOnlySpan<byte> LocalName(ReadOnlySpan<byte> name) => name[(name.IndexOf((byte)':') + 1)..];

    // The cell types Value tells apart, any other as none.
    private static string TypeName(ReadOnlySpan<char> type) => type switch
    {
        "inlineStr" => "inlineStr",
        "s" => "s",
        "str" => "str",
        "b" => "b",
        "e" => "e",
        "d" => "d",
        _ => string.Empty,
    };
}
