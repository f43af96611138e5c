using System.Buffers;
using System.Globalization;
using System.Text;

namespace Supervision.Reporting.Rendering.Excel;

// Makes any string writable into a cell, and says so when it had to change it: a worksheet cannot hold
// control characters (XML 1.0 forbids most of them) or unpaired surrogates, and Excel refuses cells longer
// than 32,767 characters. Line breaks and tabs stay; CR LF becomes LF, which is how Excel stores breaks.
internal sealed class CellTextSanitizer
{
    public const int MaxCellLength = 32_767;

    // Everything below U+0020 except TAB and LF; CR is normalised separately. U+FFFE/U+FFFF are not XML characters.
    private static readonly SearchValues<char> Suspicious = SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000C\u000D\u000E\u000F" +
        "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\uFFFE\uFFFF");

    private readonly List<Diagnostic> warnings = [];

    public int WarningCount { get; private set; }

    public IReadOnlyList<Diagnostic> Warnings => warnings;

    public string Clean(string text, string sheet, int column, int row)
    {
        var span = text.AsSpan();
        var fast = span.IndexOfAny(Suspicious) < 0
            && span.IndexOfAnyInRange('\uD800', '\uDFFF') < 0
            && text.Length <= MaxCellLength;
        return fast ? text : CleanSlow(text, sheet, column, row);
    }

    private string CleanSlow(string text, string sheet, int column, int row)
    {
        var builder = new StringBuilder(Math.Min(text.Length, MaxCellLength));
        var removed = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                // CR LF and a lone CR are line breaks: keep one LF.
                if (i + 1 >= text.Length || text[i + 1] != '\n')
                {
                    builder.Append('\n');
                }

                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[i + 1]);
                i++;
                continue;
            }

            if (char.IsSurrogate(c) || Suspicious.Contains(c))
            {
                removed = true;
                continue;
            }

            builder.Append(c);
        }

        var where = DiagnosticLocation.SheetCell(sheet, CellName(column, row));
        if (removed)
        {
            Add(Diagnostic.Warning("control-characters-removed", "control characters removed (a worksheet cell cannot hold them)", where));
        }

        if (builder.Length > MaxCellLength)
        {
            // Never cut a surrogate pair in two.
            var keep = char.IsHighSurrogate(builder[MaxCellLength - 1]) ? MaxCellLength - 1 : MaxCellLength;
            Add(Diagnostic.Warning(
                "text-truncated",
                string.Create(CultureInfo.InvariantCulture, $"text of {builder.Length} characters truncated to {keep} (the Excel cell limit is {MaxCellLength})"),
                where));
            builder.Length = keep;
        }

        return builder.ToString();
    }

    private void Add(Diagnostic warning)
    {
        WarningCount++;
        if (warnings.Count < LedgerResult.MaxListedWarnings)
        {
            warnings.Add(warning);
        }
    }

    public static string CellName(int column, int row) =>
        string.Create(CultureInfo.InvariantCulture, $"{ColumnName(column)}{row}");

    public static string Reference(string sheet, int column, int row) =>
        string.Create(CultureInfo.InvariantCulture, $"{sheet}!{ColumnName(column)}{row}");

    // 1-based column number to letters (1 → A, 27 → AA).
    public static string ColumnName(int column)
    {
        var name = string.Empty;
        while (column > 0)
        {
            var rem = (column - 1) % 26;
            name = (char)('A' + rem) + name;
            column = (column - 1) / 26;
        }

        return name;
    }
}
