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
}
