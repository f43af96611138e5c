namespace Supervision.Reporting.Serialization;

// Converts byte offsets in UTF-8 text to 1-based line and character column.
internal readonly ref struct TextPositions(ReadOnlySpan<byte> utf8)
{
    private readonly ReadOnlySpan<byte> _utf8 = utf8;

    // Many offsets in one pass: a report with thousands of problems must not rescan the file per problem.
    public Dictionary<long, (int Line, int Column)> AtAll(IEnumerable<long> offsets)
    {
        var sorted = offsets.Distinct().Order().ToArray();
        var result = new Dictionary<long, (int, int)>(sorted.Length);
        int line = 1, column = 1, next = 0;
        for (var i = 0; next < sorted.Length; i++)
        {
            while (next < sorted.Length && sorted[next] <= i)
            {
                result[sorted[next++]] = (line, column);
            }

            if (i >= _utf8.Length)
            {
                // Offsets past the end sit at the end.
                while (next < sorted.Length)
                {
                    result[sorted[next++]] = (line, column);
                }

                break;
            }

            if (_utf8[i] == (byte)'\n')
            {
                line++;
                column = 1;
            }
            else if ((_utf8[i] & 0xC0) != 0x80)
            {
                column++;
            }
        }

        return result;
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
