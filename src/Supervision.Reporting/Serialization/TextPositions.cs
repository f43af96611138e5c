namespace Supervision.Reporting.Serialization;

// Converts byte offsets in UTF-8 text to 1-based line and character column.
internal readonly ref struct TextPositions(ReadOnlySpan<byte> utf8)
{
    private readonly ReadOnlySpan<byte> _utf8 = utf8;

    public (int Line, int Column) At(long offset)
    {
        var end = (int)Math.Min(offset, _utf8.Length);
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < end; i++)
        {
            if (_utf8[i] == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, Column(lineStart, end));
    }

    public (int Line, int Column) AtLine(int zeroBasedLine, long bytePositionInLine)
    {
        var line = 0;
        var lineStart = 0;
        for (var i = 0; i < _utf8.Length && line < zeroBasedLine; i++)
        {
            if (_utf8[i] == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        var end = (int)Math.Min(lineStart + bytePositionInLine, _utf8.Length);
        return (zeroBasedLine + 1, Column(lineStart, end));
    }

    // Characters, not bytes: a column of Chinese text counts each character once.
    private int Column(int lineStart, int end)
    {
        var column = 1;
        for (var i = lineStart; i < end; i++)
        {
            if ((_utf8[i] & 0xC0) != 0x80)
            {
                column++;
            }
        }

        return column;
    }
}
