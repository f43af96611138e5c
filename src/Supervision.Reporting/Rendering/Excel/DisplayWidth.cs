using System.Text;

namespace Supervision.Reporting.Rendering.Excel;

// How wide text is in Excel column units (the width of a digit): a CJK character or other wide glyph takes
// two, an ASCII character one. That is what Excel and WPS show for SimSun/DengXian at the default size, and
// it is what column widths and row heights are computed from.
//
// Measured per line from the UTF-8 length, which .NET counts with vector instructions: ASCII is one byte and
// one unit; CJK, full-width punctuation and the supplementary planes (𠮷, emoji) are three or four bytes and
// two units, so units = chars + (bytes - chars) / 2. Two-byte letters (é, Cyrillic) come out at 1.5, which
// errs towards a wider column. A per-character table would be exact and several times slower on the hot path.
internal static class DisplayWidth
{
    // The widest line, and the lines the text takes wrapped at `usable` units, in one pass.
    public static int Measure(string text, int usable, out int lines)
    {
        usable = Math.Max(usable, 2);
        var span = text.AsSpan();
        var widest = 0;
        lines = 0;
        while (true)
        {
            var end = span.IndexOf('\n');
            var width = Line(end < 0 ? span : span[..end]);
            widest = Math.Max(widest, width);
            lines += Math.Max(1, (width + usable - 1) / usable);
            if (end < 0)
            {
                return widest;
            }

            span = span[(end + 1)..];
        }
    }

    private static int Line(ReadOnlySpan<char> line) => line.Length + ((Encoding.UTF8.GetByteCount(line) - line.Length) / 2);
}
