using System.Globalization;
using System.Text;

namespace Supervision.Reporting.Rendering.Excel;

// File names of split workbooks: "01-全州县卫生健康局.xlsx". The number keeps names unique (two units may share a
// name) and sorts the folder in the round's order; the rest must be legal on Windows and Linux alike, because the
// folder is mailed to units on both.
internal static class SplitFileNames
{
    // Linux allows 255 bytes per name and a CJK character takes 3 in UTF-8: 60 characters leave room for the prefix
    // and extension even when every character is CJK.
    private const int MaxNameCharacters = 60;

    private static readonly HashSet<string> Reserved = new(
        ["CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9"],
        StringComparer.OrdinalIgnoreCase);

    public static string For(int number, int count, string name) => For(number, count, name, ".xlsx");

    // The same name with another extension: a unit's 督办通知 (05-全州县卫生健康局.pdf) beside its list.
    public static string For(int number, int count, string name, string extension)
    {
        var digits = Math.Max(2, count.ToString(CultureInfo.InvariantCulture).Length);
        return number.ToString("D" + digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) + "-" + Safe(name) + extension;
    }

    public static string Safe(string name)
    {
        var text = new StringBuilder(Math.Min(name.Length, MaxNameCharacters));
        var runes = 0;
        foreach (var rune in name.EnumerateRunes())
        {
            if (runes == MaxNameCharacters)
            {
                break;
            }

            // Windows forbids <>:"/\|?* and control characters; whitespace of any kind becomes one plain space.
            var c = rune.Value;
            if (c < 0x20 || c == 0x7F || (c < 0x80 && "<>:\"/\\|?*".Contains((char)c, StringComparison.Ordinal))
                || Rune.GetUnicodeCategory(rune) is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned)
            {
                text.Append('_');
            }
            else if (Rune.IsWhiteSpace(rune))
            {
                text.Append(' ');
            }
            else
            {
                text.Append(rune.ToString());
            }

            runes++;
        }

        // Windows drops trailing dots and spaces; a reserved device name is not a file whatever the extension.
        var safe = text.ToString().Trim().TrimEnd('.');
        if (safe.Length == 0)
        {
            return "_";
        }

        var stem = safe.Split('.')[0];
        return Reserved.Contains(stem) ? "_" + safe : safe;
    }
}
