using System.Buffers;
using System.Runtime.Intrinsics;
using System.Text.Json;

namespace Supervision.Reporting.Serialization;

// A line and a character column, both 1-based: where a token of the source text starts.
internal readonly record struct TextPosition(int Line, int Column);

// A value the streaming reader refuses to read: the input is larger than JsonTokenStream.MaxInputBytes, or one
// token is longer than MaxTokenBytes. Caught by the reader and turned into one problem.
internal sealed class JsonInputLimitException(string message) : Exception(message);

// One forward pass of Utf8JsonReader over a stream read in pooled chunks, with the line and column of the
// tokens tracked as it goes (no second pass over the text to place a problem). The reader is a ref struct, so it
// lives in the caller's frame and is passed by ref; Read refills the buffer when the reader runs out of bytes.
// Offsets are counted from the first byte after a byte order mark, like the positions of the old two-pass reader.
internal sealed class JsonTokenStream : IDisposable
{
    // An input larger than this is refused while it is read (docs/security.md): 2,000 MiB holds a round of a
    // million findings with the texts a real ledger carries as this library writes it (indented: 1.26 GB; 1 GiB
    // refused the round `import` had just written), stays under what a MemoryStream can buffer for a pipe
    // (Array.MaxLength), and bounds what a file that never ends (/dev/zero, a pipe) or a huge upload can make the
    // reader do.
    public const long MaxInputBytes = 2000L << 20;

    // The longest single token (a string, a number, a run of whitespace is not one): the longest text field is
    // 20,000 characters (at most 60 kB as escaped UTF-8); 16 MiB bounds the buffer however the file is made.
    public const int MaxTokenBytes = 16 << 20;

    private const int ChunkBytes = 64 * 1024;

    public static readonly JsonReaderOptions Options = new() { MaxDepth = 64 };

    private readonly Stream _stream;
    private readonly long _limit;
    private byte[] _buffer;
    private int _start;   // _buffer[_start.._end] is what the current reader was given
    private int _end;
    private long _origin; // offset in the text of _buffer[0]
    private bool _final;
    private long _read;

    // The position of offset _cursor: line, character column, and bytes since the line's start.
    private long _cursor;
    private int _line;
    private int _column;
    private long _lineBytes;

    // `stream` is read from its current position; `at` is the position of its first byte (1, 1 for a file;
    // the position of an item when a part of the file is read again). A byte order mark is skipped when `skipBom`.
    public JsonTokenStream(Stream stream, TextPosition at, bool skipBom, long limit = MaxInputBytes)
    {
        _stream = stream;
        _limit = limit;
        _buffer = ArrayPool<byte>.Shared.Rent(ChunkBytes);
        _line = at.Line;
        _column = at.Column;
        Fill();
        if (skipBom && _buffer.AsSpan(0, _end).StartsWith("\uFEFF"u8))
        {
            _start = 3;
            _origin = -3;
            HasBom = true;
        }
    }

    public bool HasBom { get; }

    public long BytesRead => _read;

    public Utf8JsonReader Begin() => new(_buffer.AsSpan(_start, _end - _start), _final, new JsonReaderState(Options));

    // The next token, refilling the buffer as needed; false at the end of the input.
    public bool Read(ref Utf8JsonReader reader)
    {
        while (!reader.Read())
        {
            if (_final)
            {
                return false;
            }

            Refill(ref reader);
        }

        return true;
    }

    // Skips the value the reader is on (all of an object or array).
    public void Skip(ref Utf8JsonReader reader)
    {
        if (reader.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray))
        {
            return;
        }

        var depth = reader.CurrentDepth;
        while (Read(ref reader) && !(reader.CurrentDepth == depth && reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray))
        {
        }
    }

    // Offset in the text of the current token's first byte.
    public long Offset(in Utf8JsonReader reader) => _origin + _start + reader.TokenStartIndex;

    // Line and column of the current token. Tokens are asked for in order, so the cursor only moves forward.
    public TextPosition Position(in Utf8JsonReader reader)
    {
        AdvanceTo(Offset(reader));
        return new TextPosition(_line, _column);
    }

    // The position of a syntax error, which Utf8JsonReader gives as a zero-based line and a byte in that line.
    public TextPosition? ErrorPosition(JsonException e)
    {
        if (e.LineNumber is not { } zeroBasedLine)
        {
            return null;
        }

        var line = (int)zeroBasedLine + 1;
        var bytesInLine = e.BytePositionInLine ?? 0;
        var buffer = _buffer.AsSpan(0, _end);
        while (_cursor - _origin < buffer.Length && (_line < line || (_line == line && _lineBytes < bytesInLine)))
        {
            Step(buffer[(int)(_cursor - _origin)]);
            _cursor++;
        }

        return new TextPosition(line, _column);
    }

    // The position reached so far (for a problem that belongs to no token, such as the input being too large).
    public TextPosition Here => new(_line, _column);

    public void Dispose()
    {
        if (_buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = [];
        }
    }

    private void Refill(ref Utf8JsonReader reader)
    {
        _start += (int)reader.BytesConsumed;
        AdvanceTo(_origin + _start);
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _origin += _start;
            _end -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            // One token fills the buffer: grow it, within bounds.
            if (_buffer.Length >= MaxTokenBytes)
            {
                throw new JsonInputLimitException($"a single value is longer than {MaxTokenBytes / (1 << 20)} MiB; no value of the format is anywhere near that long");
            }

            var larger = ArrayPool<byte>.Shared.Rent(_buffer.Length * 2);
            Buffer.BlockCopy(_buffer, 0, larger, 0, _end);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = larger;
        }

        Fill();
        reader = new Utf8JsonReader(_buffer.AsSpan(_start, _end - _start), _final, reader.CurrentState);
    }

    private void Fill()
    {
        var count = _stream.Read(_buffer, _end, _buffer.Length - _end);
        if (count == 0)
        {
            _final = true;
            return;
        }

        _end += count;
        _read += count;
        if (_read > _limit)
        {
            throw new JsonInputLimitException($"the input is larger than {_limit / (1 << 20):N0} MiB, the most a round or spec may be (docs/security.md)");
        }
    }

    private void AdvanceTo(long offset)
    {
        if (offset <= _cursor)
        {
            return;
        }

        var span = _buffer.AsSpan((int)(_cursor - _origin), (int)(offset - _cursor));
        _cursor = offset;
        var newline = span.LastIndexOf((byte)'\n');
        if (newline >= 0)
        {
            _line += span[..(newline + 1)].Count((byte)'\n');
            _column = 1;
            _lineBytes = 0;
            span = span[(newline + 1)..];
        }

        _column += span.Length - Continuations(span);
        _lineBytes += span.Length;
    }

    private void Step(byte b)
    {
        if (b == (byte)'\n')
        {
            _line++;
            _column = 1;
            _lineBytes = 0;
            return;
        }

        _lineBytes++;
        if ((b & 0xC0) != 0x80)
        {
            _column++;
        }
    }

    // UTF-8 continuation bytes (10xxxxxx): a column counts characters, not bytes.
    private static int Continuations(ReadOnlySpan<byte> span)
    {
        var count = 0;
        var i = 0;
        if (Vector256.IsHardwareAccelerated && span.Length >= Vector256<sbyte>.Count)
        {
            var threshold = Vector256.Create((sbyte)-64);
            for (; i <= span.Length - Vector256<sbyte>.Count; i += Vector256<sbyte>.Count)
            {
                var v = Vector256.LoadUnsafe(ref System.Runtime.InteropServices.MemoryMarshal.GetReference(span), (nuint)i).AsSByte();
                count += System.Numerics.BitOperations.PopCount(Vector256.LessThan(v, threshold).ExtractMostSignificantBits());
            }
        }
        else if (Vector128.IsHardwareAccelerated && span.Length >= Vector128<sbyte>.Count)
        {
            var threshold = Vector128.Create((sbyte)-64);
            for (; i <= span.Length - Vector128<sbyte>.Count; i += Vector128<sbyte>.Count)
            {
                var v = Vector128.LoadUnsafe(ref System.Runtime.InteropServices.MemoryMarshal.GetReference(span), (nuint)i).AsSByte();
                count += System.Numerics.BitOperations.PopCount(Vector128.LessThan(v, threshold).ExtractMostSignificantBits());
            }
        }

        for (; i < span.Length; i++)
        {
            if ((span[i] & 0xC0) == 0x80)
            {
                count++;
            }
        }

        return count;
    }
}
