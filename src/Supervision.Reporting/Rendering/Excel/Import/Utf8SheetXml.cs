using System.Buffers;
using System.Text;

namespace Supervision.Reporting.Rendering.Excel.Import;

// The markup of a worksheet part read straight from its inflated UTF-8 bytes, for XlsxRowReader (issue 15): start
// and end tags with their attributes as spans, the text a caller asks for decoded once from UTF-8 into one pooled
// char buffer, everything else (comments, processing instructions, text no one asks for) passed over as bytes. It
// checks nothing: it only reads parts ReturnedPackageScan has parsed with XmlReader and found well-formed, in UTF-8,
// without CDATA, and with the main namespace the default one and no other prefix bound to it (IsPlain), so that a
// name compared as bytes is the name XmlReader compares by namespace. Its texts follow XmlReader's rules as
// XlsxRowReader's settings have them: entity and character references expanded, line ends normalised, and a text
// node that XmlReader reports as insignificant whitespace dropped.
internal sealed class Utf8SheetXml : IDisposable
{
    private const int InitialBuffer = 64 * 1024;

    private readonly Stream stream;
    private byte[] buffer = ArrayPool<byte>.Shared.Rent(InitialBuffer);
    private int pos;
    private int end;
    private bool exhausted;

    // The collected text: Text[..TextLength].
    private char[] text = ArrayPool<char>.Shared.Rent(4096);

    // An attribute's value, decoded.
    private char[] attribute = new char[256];

    // xml:space="preserve" in scope, by depth (index 0: outside the root element).
    private bool[] preserve = new bool[32];

    // The current start tag: buffer[tagStart..tagEnd] from '<' to its '>' exclusive; nameEnd ends its name.
    private int tagStart;
    private int nameEnd;
    private int tagEnd;

    public Utf8SheetXml(Stream stream)
    {
        this.stream = stream;
    }

    public enum Node
    {
        End,
        StartTag,
        EndTag,
    }

    // The number of open elements (the current start tag counted, unless it is empty).
    public int Depth { get; private set; }

    // The current start tag is an empty element (<c/>).
    public bool IsEmpty { get; private set; }

    public int TextLength { get; set; }

    public ReadOnlySpan<char> Text => text.AsSpan(0, TextLength);

    // The current start tag's name, prefix and all.
    public ReadOnlySpan<byte> Name => buffer.AsSpan(tagStart + 1, nameEnd - tagStart - 1);

    public void Dispose()
    {
        stream.Dispose();
        ArrayPool<byte>.Shared.Return(buffer);
        ArrayPool<char>.Shared.Return(text);
        buffer = [];
        text = [];
    }

    // Moves to the next start or end tag. The text before it is appended to Text when `collect` is set (each text
    // node as XmlReader reports it, or not at all where it would be insignificant whitespace), and passed over
    // otherwise.
    public Node Next(bool collect)
    {
        while (true)
        {
            if (!Available(1))
            {
                return Node.End;
            }

            if (buffer[pos] != (byte)'<')
            {
                if (collect)
                {
                    CollectText();
                }
                else
                {
                    SkipText();
                }

                continue;
            }

            if (!Available(2))
            {
                return Node.End;
            }

            switch (buffer[pos + 1])
            {
                case (byte)'/':
                    SkipPast(">"u8);
                    Depth--;
                    return Node.EndTag;
                case (byte)'?':
                    SkipPast("?>"u8);
                    continue;
                case (byte)'!':
                    // A comment (ReturnedPackageScan keeps CDATA and DTDs from this reader).
                    SkipPast("-->"u8);
                    continue;
            }

            ReadStartTag();
            return Node.StartTag;
        }
    }

    // Passes over the rest of the current element (nothing, for an empty one), its texts uncollected.
    public void SkipElement()
    {
        if (IsEmpty)
        {
            return;
        }

        var depth = Depth;
        while (Depth >= depth && Next(collect: false) != Node.End)
        {
        }
    }

    // The value of the current start tag's attribute of that (qualified) name, normalised as XmlReader gives it.
    public bool Attribute(ReadOnlySpan<byte> name, out ReadOnlySpan<char> value)
    {
        var tag = buffer.AsSpan(nameEnd, tagEnd - nameEnd);
        var i = 0;
        while (true)
        {
            while (i < tag.Length && IsSpace(tag[i]))
            {
                i++;
            }

            if (i >= tag.Length || tag[i] == (byte)'/')
            {
                value = default;
                return false;
            }

            var nameStart = i;
            while (tag[i] != (byte)'=' && !IsSpace(tag[i]))
            {
                i++;
            }

            var found = tag[nameStart..i].SequenceEqual(name);
            while (tag[i] != (byte)'\'' && tag[i] != (byte)'"')
            {
                i++;
            }

            var quote = tag[i];
            var valueStart = ++i;
            i += tag[i..].IndexOf(quote);
            if (found)
            {
                value = DecodeAttribute(tag[valueStart..i]);
                return true;
            }

            i++;
        }
    }

    private static bool IsSpace(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n';

    // Reads the start tag at pos whole into the buffer, then moves past it.
    private void ReadStartTag()
    {
        // Up to its '>', which may come in a quoted attribute value.
        var scanned = 1;
        byte quote = 0;
        while (true)
        {
            if (!Available(scanned + 1))
            {
                throw new InvalidDataException("A worksheet ends inside a start tag.");
            }

            var b = buffer[pos + scanned];
            if (quote != 0)
            {
                if (b == quote)
                {
                    quote = 0;
                }
            }
            else if (b is (byte)'"' or (byte)'\'')
            {
                quote = b;
            }
            else if (b == (byte)'>')
            {
                break;
            }

            scanned++;
        }

        tagStart = pos;
        tagEnd = pos + scanned;
        IsEmpty = buffer[tagEnd - 1] == (byte)'/';
        if (IsEmpty)
        {
            tagEnd--;
        }

        nameEnd = tagStart + 1;
        while (nameEnd < tagEnd && !IsSpace(buffer[nameEnd]))
        {
            nameEnd++;
        }

        pos += scanned + 1;
        if (!IsEmpty)
        {
            Depth++;
            if (Depth >= preserve.Length)
            {
                Array.Resize(ref preserve, preserve.Length * 2);
            }

            preserve[Depth] = Attribute("xml:space"u8, out var space) ? space.SequenceEqual("preserve") : preserve[Depth - 1];
        }
    }

    // Whether pos + count bytes are in the buffer, refilling it (and growing it for a tag or text longer than it).
    private bool Available(int count)
    {
        while (end - pos < count)
        {
            if (exhausted)
            {
                return false;
            }

            if (pos > 0)
            {
                Buffer.BlockCopy(buffer, pos, buffer, 0, end - pos);
                end -= pos;
                tagStart -= pos;
                tagEnd -= pos;
                nameEnd -= pos;
                pos = 0;
            }

            if (end == buffer.Length)
            {
                var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                Buffer.BlockCopy(buffer, 0, larger, 0, end);
                ArrayPool<byte>.Shared.Return(buffer);
                buffer = larger;
            }

            var read = stream.Read(buffer, end, buffer.Length - end);
            if (read == 0)
            {
                exhausted = true;
            }

            end += read;
        }

        return true;
    }

    // Moves past the next occurrence of the marker, keeping no more than the marker's length of what it passes.
    private void SkipPast(ReadOnlySpan<byte> marker)
    {
        while (true)
        {
            var at = buffer.AsSpan(pos, end - pos).IndexOf(marker);
            if (at >= 0)
            {
                pos += at + marker.Length;
                return;
            }

            pos = Math.Max(pos, end - marker.Length + 1);
            if (!Available(end - pos + 1))
            {
                pos = end;
                return;
            }
        }
    }

    private void SkipText()
    {
        while (true)
        {
            var at = buffer.AsSpan(pos, end - pos).IndexOf((byte)'<');
            if (at >= 0)
            {
                pos += at;
                return;
            }

            pos = end;
            if (!Available(1))
            {
                return;
            }
        }
    }

    // Appends the text node at pos, up to the next '<', unless XmlReader would drop it as whitespace: a node of
    // spaces, tabs and line ends only (a character reference counting as what it stands for, an entity reference
    // as text) outside xml:space="preserve". "or" is 0xFF once the node has anything else.
    private void CollectText()
    {
        var start = TextLength;
        var or = 0;
        var dropped = false;
        while (true)
        {
            var span = buffer.AsSpan(pos, end - pos);
            var at = span.IndexOf((byte)'<');
            var length = at >= 0 ? at : span.Length;

            // Without references or CRs the bytes are the text.
            var special = span[..length].IndexOfAny((byte)'&', (byte)'\r');
            if (special >= 0)
            {
                or |= Append(span[..special]);
                pos += special;
                Available(12);
                or |= Reference();
                continue;
            }

            if (at < 0 && !exhausted)
            {
                // The node goes on past the buffer: take what ends on a whole UTF-8 sequence.
                length = WholeSequences(span[..length]);
            }

            or |= Append(span[..length]);
            pos += length;
            if (or <= 0x20 && !preserve[Depth] && TextLength - start > ReturnedPackageScan.MaxCellCharacters)
            {
                // Whitespace XmlReader will drop, however long: not held. (Were text to follow, the node would be
                // longer than a cell may be, and the scan would have refused the part.)
                TextLength = start;
                dropped = true;
            }

            if (at >= 0 || !Available(end - pos + 1) || buffer[pos] == (byte)'<')
            {
                break;
            }
        }

        if (or <= 0x20 && !preserve[Depth])
        {
            TextLength = start;
        }
        else if (dropped)
        {
            throw new InvalidDataException("A worksheet has a text node longer than the package scan allows.");
        }
    }

    // Decodes the reference or CR at pos (12 bytes at hand, or the rest of the part) and moves past it; 0xFF
    // unless what it stands for is whitespace.
    private int Reference()
    {
        if (buffer[pos] == (byte)'\r')
        {
            // CR LF and a lone CR are both one LF.
            pos += end - pos > 1 && buffer[pos + 1] == (byte)'\n' ? 2 : 1;
            return AppendChar('\n');
        }

        var semicolon = buffer.AsSpan(pos, end - pos).IndexOf((byte)';');
        Room(2);
        var written = Decode(buffer.AsSpan(pos + 1, semicolon - 1), text.AsSpan(TextLength), out var or);
        TextLength += written;
        pos += semicolon + 1;
        return or;
    }

    // The character(s) an entity or character reference (its name, between '&' and ';') stands for, and 0xFF
    // unless it makes a whitespace node (a character reference to a space, tab or line end).
    private static int Decode(ReadOnlySpan<byte> name, Span<char> into, out int or)
    {
        if (name[0] == (byte)'#')
        {
            var code = 0;
            if (name[1] == (byte)'x')
            {
                foreach (var b in name[2..])
                {
                    code = (code * 16) + (b <= '9' ? b - '0' : (b | 0x20) - 'a' + 10);
                }
            }
            else
            {
                foreach (var b in name[1..])
                {
                    code = (code * 10) + (b - '0');
                }
            }

            if (code > 0xFFFF)
            {
                into[0] = (char)(0xD800 + ((code - 0x10000) >> 10));
                into[1] = (char)(0xDC00 + ((code - 0x10000) & 0x3FF));
                or = 0xFF;
                return 2;
            }

            into[0] = (char)code;
            or = code is ' ' or '\t' or '\n' or '\r' ? 0 : 0xFF;
            return 1;
        }

        into[0] = name switch
        {
            _ when name.SequenceEqual("lt"u8) => '<',
            _ when name.SequenceEqual("gt"u8) => '>',
            _ when name.SequenceEqual("amp"u8) => '&',
            _ when name.SequenceEqual("quot"u8) => '"',
            _ => '\'',
        };
        or = 0xFF;
        return 1;
    }

    // The length of the prefix of `bytes` that ends on a whole UTF-8 sequence.
    private static int WholeSequences(ReadOnlySpan<byte> bytes)
    {
        var i = bytes.Length;
        var back = 0;
        while (i > 0 && back < 4 && (bytes[i - 1] & 0xC0) == 0x80)
        {
            i--;
            back++;
        }

        if (i == 0 || bytes[i - 1] < 0x80)
        {
            return bytes.Length;
        }

        var lead = bytes[i - 1];
        var needed = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
        return back + 1 == needed ? bytes.Length : i - 1;
    }

    private int Append(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            return 0;
        }

        Room(bytes.Length);
        var written = Encoding.UTF8.GetChars(bytes, text.AsSpan(TextLength));
        var or = text.AsSpan(TextLength, written).IndexOfAnyExcept(" \t\n\r") >= 0 ? 0xFF : 0;
        TextLength += written;
        return or;
    }

    private int AppendChar(char c)
    {
        Room(1);
        text[TextLength++] = c;
        return 0;
    }

    private void Room(int count)
    {
        if (TextLength + count > text.Length)
        {
            var larger = ArrayPool<char>.Shared.Rent(Math.Max(text.Length * 2, TextLength + count));
            text.AsSpan(0, TextLength).CopyTo(larger);
            ArrayPool<char>.Shared.Return(text);
            text = larger;
        }
    }

    // An attribute value as XmlReader gives it: references expanded, each literal tab, LF, CR or CR LF one space.
    private ReadOnlySpan<char> DecodeAttribute(ReadOnlySpan<byte> raw)
    {
        if (attribute.Length < raw.Length)
        {
            attribute = new char[raw.Length];
        }

        var length = 0;
        var i = 0;
        while (i < raw.Length)
        {
            var run = raw[i..].IndexOfAny("&\r\t\n"u8);
            run = run < 0 ? raw.Length - i : run;
            length += Encoding.UTF8.GetChars(raw.Slice(i, run), attribute.AsSpan(length));
            i += run;
            if (i == raw.Length)
            {
                break;
            }

            switch (raw[i])
            {
                case (byte)'&':
                    var semicolon = raw[i..].IndexOf((byte)';');
                    length += Decode(raw.Slice(i + 1, semicolon - 1), attribute.AsSpan(length), out _);
                    i += semicolon + 1;
                    break;
                case (byte)'\r':
                    attribute[length++] = ' ';
                    i += i + 1 < raw.Length && raw[i + 1] == (byte)'\n' ? 2 : 1;
                    break;
                default:
                    attribute[length++] = ' ';
                    i++;
                    break;
            }
        }

        return attribute.AsSpan(0, length);
    }
}
