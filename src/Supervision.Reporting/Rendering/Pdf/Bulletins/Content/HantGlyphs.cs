using System.Collections.Frozen;

namespace Supervision.Reporting.Rendering.Pdf.Bulletins.Content;

// Traditional characters of the legal terms that the bundled fonts do not have (they carry the Traditional
// characters of tools/fonts/extra-chars.txt only): 領導責任, 書面檢查, 批評教育幫助. Until the fonts are rebuilt
// with them, the Simplified form is printed in their place, so that a zh-Hant bulletin rendered with the bundled
// fonts shows the whole term rather than 〓. Remove an entry once extra-chars.txt has the character.
internal static class HantGlyphs
{
    private static readonly FrozenDictionary<char, char> Fallback = new Dictionary<char, char>
    {
        ['領'] = '领',
        ['書'] = '书',
        ['幫'] = '帮',
    }.ToFrozenDictionary();

    public static string Printable(string text)
    {
        if (text.AsSpan().IndexOfAny("領書幫") < 0)
        {
            return text;
        }

        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = Fallback.TryGetValue(source[i], out var simplified) ? simplified : source[i];
            }
        });
    }
}
