namespace Supervision.Reporting.Rendering.Pdf.Bulletins.Content;

// A composed zh-Hant bulletin with every text in Traditional characters: the round's own text (unit names,
// summaries, narratives, titles, labels) and the spec's, besides the library's own wording, which the
// phrase classes already convert. Done once on the composed content (ContentTexts) rather than in every phrase,
// so that no text that reaches the page can be missed; the conversion is stable, so the wording converted twice
// is unchanged.
internal static class HantContent
{
    public static BulletinContent Convert(BulletinContent content) => ContentTexts.Map(content, HantCharacters.Convert);
}
