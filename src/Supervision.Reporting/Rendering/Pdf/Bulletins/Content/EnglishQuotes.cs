using System.Text;

namespace Supervision.Reporting.Rendering.Pdf.Bulletins.Content;

// A composed English bulletin with typographic quotes: the phrase tables' and the round's straight quotes and
// apostrophes ("Four winds", city's) become “ ” ‘ ’, consistently, in one pass over every text (ContentTexts).
// Only the English edition: a Chinese edition keeps what was entered (its quotes are “” or 「」 already).
internal static class EnglishQuotes
{
    public static BulletinContent Convert(BulletinContent content) => ContentTexts.Map(content, Curl);

    /// <summary>
    /// A quote opens at the start, after a space, an opening bracket or dash or another opening quote, and closes
    /// otherwise; an apostrophe between two letters or figures is ’ (city’s, don’t).
    /// </summary>
    public static string Curl(string text)
    {
        if (text.AsSpan().IndexOfAny('\'', '"') < 0)
        {
            return text;
        }

        var result = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c is not ('\'' or '"'))
            {
                result.Append(c);
                continue;
            }

            char before = result.Length > 0 ? result[^1] : '\0';
            char after = i + 1 < text.Length ? text[i + 1] : '\0';
            bool opening = before == '\0' || char.IsWhiteSpace(before) || "([{“‘—–-/（《「".Contains(before, StringComparison.Ordinal);
            if (c == '\'')
            {
                result.Append(char.IsLetterOrDigit(before) && char.IsLetter(after) ? '’' : opening ? '‘' : '’');
            }
            else
            {
                result.Append(opening ? '“' : '”');
            }
        }

        return result.ToString();
    }
}
