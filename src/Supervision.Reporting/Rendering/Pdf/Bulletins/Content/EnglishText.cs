using System.Collections.Frozen;
using System.Globalization;
using Supervision.Reporting.Formatting;

namespace Supervision.Reporting.Rendering.Pdf.Bulletins.Content;

// Small pieces of English prose shared by the English phrase classes.
internal static class EnglishText
{
    // "1 inspection", "12 inspections": the counts in English prose name what they count, which CountUnit's
    // generic nouns ("items") cannot.
    public static string Plural(int n, string noun) =>
        n.ToString(CultureInfo.InvariantCulture) + " " + (n == 1 ? noun : noun + "s");

    // "A", "A and B", "A, B and C".
    public static string List(IEnumerable<string> parts)
    {
        var items = parts.ToList();
        return items.Count <= 1 ? string.Concat(items) : string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1];
    }

    // Ends a sentence with a full stop unless it already ends with one (or with Chinese closing punctuation from data).
    public static string Sentence(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            return trimmed;
        }

        return trimmed[^1] is '.' or '!' or '?' or '。' or '！' or '？' ? trimmed : trimmed.TrimEnd(',', ';', ':', '，', '；', '：', '、') + ".";
    }

    // Articles, short prepositions and conjunctions stay lower case inside a headline (Chicago 8.159).
    private static readonly FrozenSet<string> MinorWords = FrozenSet.ToFrozenSet(
        ["a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "nor", "of", "on", "or", "per", "the", "to", "via", "vs", "with"],
        StringComparer.Ordinal);

    // Headline style for an English title: "Notice on 5 Typical Cases of Lax Enforcement of Control Measures".
    // Every word but a minor one inside the title is capitalised, the parts of a hyphenated compound too
    // ("One-Size-Fits-All"); the first word and the word after a colon always. Words already capitalised
    // (Party, COVID) and text without Latin letters (the round's Chinese data) are left as they are.
    public static string Headline(string title)
    {
        var words = title.Split(' ');
        var first = true;
        for (var i = 0; i < words.Length; i++)
        {
            var last = i == words.Length - 1;
            var parts = words[i].Split('-');
            for (var j = 0; j < parts.Length; j++)
            {
                var minor = !first && !(last && j == parts.Length - 1) && MinorWords.Contains(Letters(parts[j]));
                parts[j] = minor ? parts[j] : Capitalise(parts[j]);
                first = false;
            }

            words[i] = string.Join('-', parts);
            first = words[i].EndsWith(':');
        }

        return string.Join(' ', words);
    }

    // A label from the vocabulary ("Lax enforcement of control measures", "Intra-Party warning", "“Four winds”
    // problems") inside a sentence: its first letter lower case, unless the first word is an acronym (PPE) —
    // the capitals the label has for proper nouns (Party) stay.
    public static string InSentence(string label)
    {
        var i = FirstLetter(label);
        if (i < 0 || !char.IsUpper(label[i]) || (i + 1 < label.Length && char.IsUpper(label[i + 1])))
        {
            return label;
        }

        return string.Concat(label.AsSpan(0, i), char.ToLowerInvariant(label[i]).ToString(), label.AsSpan(i + 1));
    }

    private static string Capitalise(string word)
    {
        var i = FirstLetter(word);
        return i < 0 || !char.IsLower(word[i]) || word[i] > '\u024F'
            ? word
            : string.Concat(word.AsSpan(0, i), char.ToUpperInvariant(word[i]).ToString(), word.AsSpan(i + 1));
    }

    // The word without the quotes or brackets around it, for the minor-word check.
    private static string Letters(string word) => word.Trim('“', '”', '‘', '’', '"', '\'', '(', ')', ',', ':', ';');

    private static int FirstLetter(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsLetter(text[i]))
            {
                return i;
            }

            if (!char.IsPunctuation(text[i]))
            {
                return -1;
            }
        }

        return -1;
    }
}
