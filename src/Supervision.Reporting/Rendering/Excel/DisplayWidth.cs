namespace Supervision.Reporting.Rendering.Excel;

// How wide text is in Excel column units (the width of a digit): a CJK character or other wide glyph takes
// two, everything else one. That is what Excel and WPS show for 宋体/等线 at the default size, and it is what
// column widths and row heights are computed from.
internal static class DisplayWidth
{
    // The widest line of the text, in units.
    public static int Of(string text)
    {
        var widest = 0;
        var current = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                widest = Math.Max(widest, current);
                current = 0;
                continue;
            }

            if (char.IsHighSurrogate(c))
            {
                // Supplementary planes: CJK extensions (𠮷) and emoji, all wide.
                current += 2;
                i++;
                continue;
            }

            current += IsWide(c) ? 2 : 1;
        }

        return Math.Max(widest, current);
    }

    // Lines the text takes when wrapped in a column whose usable width is `usable` units.
    public static int Lines(string text, int usable)
    {
        usable = Math.Max(usable, 2);
        var lines = 0;
        var current = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                lines += Math.Max(1, (current + usable - 1) / usable);
                current = 0;
                continue;
            }

            if (char.IsHighSurrogate(c))
            {
                current += 2;
                i++;
                continue;
            }

            current += IsWide(c) ? 2 : 1;
        }

        return lines + Math.Max(1, (current + usable - 1) / usable);
    }

    private static bool IsWide(char c) =>
        c >= '\u1100' && (c <= '\u115F'
            || (c >= '\u2E80' && c <= '\uA4CF')
            || (c >= '\uAC00' && c <= '\uD7A3')
            || (c >= '\uF900' && c <= '\uFAFF')
            || (c >= '\uFE30' && c <= '\uFE4F')
            || (c >= '\uFF00' && c <= '\uFF60')
            || (c >= '\uFFE0' && c <= '\uFFE6'));
}
