using System.Text;

namespace Supervision.Reporting.Rendering.Pdf.Bulletins.Content;

// Simplified → Traditional Chinese, phrase by phrase: OpenCC's s2t dictionaries (Apache-2.0; Hant/s2t.txt,
// made by tools/phrases/build_hant_dictionary.py) applied by forward maximum matching, as OpenCC does, so
// that a character with several Traditional forms gets the one its word needs (台账 → 台賬, 头发 → 頭髮,
// 干部 → 幹部, 干净 → 乾淨). Quotes become corner brackets (“” → 「」, ‘’ → 『』).
//
// The conversion is repeated until the text no longer changes (at most a few passes): one pass of longest
// matching can cut a word wrongly (无核|查 → 無核查), and the converted text then still holds Simplified-looking
// matches (核查 → 覈查). Converting to the fixed point makes the result stable — converting a zh-Hant document
// again changes nothing, which is what a reader's converter, or our tests, check.
internal static class HantCharacters
{
    private const int MaxPasses = 4;

    private static readonly Lazy<Dictionary<char, Entry[]>> Table = new(Load);

    // A dictionary key (a character or a phrase) and its Traditional form, both in UTF-16.
    private readonly record struct Entry(string Key, string Value);

    public static string Convert(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var table = Table.Value;
        string current = text;
        for (var pass = 0; pass < MaxPasses; pass++)
        {
            string next = ConvertOnce(current, table);
            if (string.Equals(next, current, StringComparison.Ordinal))
            {
                return current;
            }

            current = next;
        }

        return current;
    }

    private static string ConvertOnce(string text, Dictionary<char, Entry[]> table)
    {
        StringBuilder? builder = null;
        var span = text.AsSpan();
        var i = 0;
        while (i < span.Length)
        {
            var match = Longest(span[i..], table);
            if (match is { } entry && !string.Equals(entry.Key, entry.Value, StringComparison.Ordinal))
            {
                builder ??= new StringBuilder(text.Length).Append(span[..i]);
                builder.Append(entry.Value);
                i += entry.Key.Length;
                continue;
            }

            int length = match?.Key.Length ?? 1;
            builder?.Append(span.Slice(i, length));
            i += length;
        }

        return builder?.ToString() ?? text;
    }

    private static Entry? Longest(ReadOnlySpan<char> rest, Dictionary<char, Entry[]> table)
    {
        if (!table.TryGetValue(rest[0], out var entries))
        {
            return null;
        }

        // Entries are sorted longest first: the first that matches is the longest match.
        foreach (var entry in entries)
        {
            if (rest.StartsWith(entry.Key, StringComparison.Ordinal))
            {
                return entry;
            }
        }

        return null;
    }

    private static Dictionary<char, Entry[]> Load()
    {
        const string name = "Supervision.Reporting.Hant.s2t.txt";
        using var stream = typeof(HantCharacters).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded resource '{name}' is missing from the assembly.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                lines.Add(line);
            }
        }

        // First the characters: phrase lines store only where they differ from the character table.
        var characters = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string line in lines)
        {
            int tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab > 0 && IsOneRune(line.AsSpan(0, tab)))
            {
                characters[line[..tab]] = line[(tab + 1)..];
            }
        }

        var byFirst = new Dictionary<char, List<Entry>>();
        foreach (string line in lines)
        {
            int tab = line.IndexOf('\t', StringComparison.Ordinal);
            string key = tab < 0 ? line : line[..tab];
            string value = IsOneRune(key) ? characters[key] : Expand(key, tab < 0 ? null : line[(tab + 1)..], characters);
            if (!byFirst.TryGetValue(key[0], out var list))
            {
                byFirst[key[0]] = list = [];
            }

            list.Add(new Entry(key, value));
        }

        return byFirst.ToDictionary(
            p => p.Key,
            p => p.Value.OrderByDescending(e => e.Key.Length).ThenBy(e => e.Key, StringComparer.Ordinal).ToArray());
    }

    // A phrase's Traditional form from its mask: "." takes the character table's conversion of the key's
    // character at that place, anything else is the phrase's own character (one per character of the key).
    private static string Expand(string key, string? mask, Dictionary<string, string> characters)
    {
        var builder = new StringBuilder(key.Length);
        var keyRunes = key.EnumerateRunes();
        var maskRunes = (mask ?? string.Empty).EnumerateRunes();
        bool hasMask = mask is not null;
        foreach (var rune in keyRunes)
        {
            bool own = false;
            if (hasMask && maskRunes.MoveNext() && maskRunes.Current.Value != '.')
            {
                builder.Append(maskRunes.Current.ToString());
                own = true;
            }

            if (!own)
            {
                string c = rune.ToString();
                builder.Append(characters.TryGetValue(c, out var t) ? t : c);
            }
        }

        return builder.ToString();
    }

    private static bool IsOneRune(ReadOnlySpan<char> s) =>
        s.Length == 1 || (s.Length == 2 && char.IsSurrogatePair(s[0], s[1]));
}
