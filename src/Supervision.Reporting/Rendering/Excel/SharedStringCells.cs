namespace Supervision.Reporting.Rendering.Excel;

// Marks the shared-string cells of a worksheet's rows as the finishing pass copies them. SpreadCheetah has no
// shared-string cell, so the detail writer writes a shared text as its index in a number cell — <c s="7"><v>12</v>
// — and this gives each such cell t="s". Which cells: those of the columns the writer shares, where a number
// can only be an index, since those columns hold only texts; a cell is found by counting the <c> elements of
// its row (SpreadCheetah writes every cell of a row, empty ones as <c …/>), and only a cell with no t attribute
// and a <v> value is changed, so inline and empty cells pass as they are.
//
// The rows come in chunks: a tag cut at the end of one is kept and read with the next. Cell text escapes '<', so
// every '<' in the rows starts a tag. What is written goes out in 64 KB blocks: the deflater behind the stream
// costs about a microsecond a call, and a write per typed cell made the pass seconds slower at 100k rows.
internal sealed class SharedStringCells(IReadOnlyList<bool> sharedColumns)
{
    private static readonly byte[] Type = " t=\"s\""u8.ToArray();

    // The bytes not yet written: a tag cut at the end of the last chunk, then the chunk being read.
    private byte[] pending = new byte[64 * 1024];
    private int held;
    private int column = -1;

    // The bytes ready to go to the stream.
    private readonly byte[] output = new byte[64 * 1024];
    private int ready;

    public void Write(ReadOnlySpan<byte> chunk, Stream to)
    {
        if (held + chunk.Length > pending.Length)
        {
            Array.Resize(ref pending, Math.Max(pending.Length * 2, held + chunk.Length));
        }

        chunk.CopyTo(pending.AsSpan(held));
        var data = pending.AsSpan(0, held + chunk.Length);
        var done = Scan(data, to, final: false);
        data[done..].CopyTo(pending);
        held = data.Length - done;
    }

    public void Flush(Stream to)
    {
        Scan(pending.AsSpan(0, held), to, final: true);
        held = 0;
        to.Write(output, 0, ready);
        ready = 0;
    }

    private void Emit(ReadOnlySpan<byte> bytes, Stream to)
    {
        if (ready + bytes.Length > output.Length)
        {
            to.Write(output, 0, ready);
            ready = 0;
            if (bytes.Length > output.Length)
            {
                to.Write(bytes);
                return;
            }
        }

        bytes.CopyTo(output.AsSpan(ready));
        ready += bytes.Length;
    }

    // Writes the bytes of `data` up to the start of a tag it cannot yet judge and returns how many were written
    // (all of them when `final`).
    private int Scan(ReadOnlySpan<byte> data, Stream to, bool final)
    {
        var written = 0;
        var at = 0;
        while (true)
        {
            var lt = data[at..].IndexOf((byte)'<');
            if (lt < 0)
            {
                Emit(data[written..], to);
                return data.Length;
            }

            lt += at;

            // Only <row …> and <c …> matter: any other tag (<v>, <is>, <t>, an end tag) is passed at its first byte.
            if (lt + 1 < data.Length && data[lt + 1] is not ((byte)'r' or (byte)'c'))
            {
                at = lt + 1;
                continue;
            }

            var gt = lt + 1 < data.Length ? data[lt..].IndexOf((byte)'>') : -1;

            // A cell's start tag is judged with the three bytes after it ("<v>").
            if (gt < 0 || (!final && lt + gt + 4 > data.Length && IsCell(data[lt..])))
            {
                if (final)
                {
                    Emit(data[written..], to);
                    return data.Length;
                }

                Emit(data[written..lt], to);
                return lt;
            }

            var tag = data.Slice(lt, gt + 1);
            var end = lt + gt + 1;
            at = end;
            if (IsName(tag, "row"u8))
            {
                column = -1;
            }
            else if (IsCell(tag))
            {
                column++;
                if (tag[^2] == '/')
                {
                    continue;
                }

                if (column < sharedColumns.Count && sharedColumns[column] && !HasType(tag) && data[end..].StartsWith("<v>"u8))
                {
                    Emit(data[written..(end - 1)], to);
                    Emit(Type, to);
                    written = end - 1;
                }

                // A cell's content holds no <c> or <row>: go straight past its end tag when it is in view.
                var close = data[end..].IndexOf("</c>"u8);
                if (close >= 0)
                {
                    at = end + close + 4;
                }
            }
        }
    }

    private static bool IsCell(ReadOnlySpan<byte> tag) => IsName(tag, "c"u8);

    // `<name` followed by a space, '>' or '/' (or the end of what has been read so far).
    private static bool IsName(ReadOnlySpan<byte> tag, ReadOnlySpan<byte> name) =>
        tag.Length > name.Length && tag[1..].StartsWith(name)
        && (tag.Length == name.Length + 1 || tag[name.Length + 1] is (byte)' ' or (byte)'>' or (byte)'/');

    private static bool HasType(ReadOnlySpan<byte> tag) => tag.IndexOf(" t=\""u8) >= 0;
}
