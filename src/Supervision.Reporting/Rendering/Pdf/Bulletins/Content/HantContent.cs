namespace Supervision.Reporting.Rendering.Pdf.Bulletins.Content;

// A composed zh-Hant bulletin with every text in Traditional characters: the round's own text (unit names,
// summaries, narratives, titles, labels) and the spec's, besides the library's own wording, which the
// phrase classes already convert. Done once on the composed content rather than in every phrase, so that no
// text that reaches the page can be missed; the conversion is stable, so the wording converted twice is unchanged.
internal static class HantContent
{
    public static BulletinContent Convert(BulletinContent content) => content with
    {
        AuthorityMark = [.. content.AuthorityMark.Select(T)],
        MarkSuffix = TN(content.MarkSuffix),
        Masthead = content.Masthead is { } m ? new Masthead(T(m.Name), T(m.Issue), T(m.Office), T(m.Date)) : null,
        NumberLine = TN(content.NumberLine),
        Title = T(content.Title),
        Recipients = TN(content.Recipients),
        Body = [.. content.Body.Select(Block)],
        Attachment = [.. content.Attachment.Select(Block)],
        Signatory = [.. content.Signatory.Select(T)],
        CopyTo = TN(content.CopyTo),
        PrintedBy = T(content.PrintedBy),
        Subject = T(content.Subject),
        Keywords = T(content.Keywords),
        Author = T(content.Author),
    };

    private static BodyBlock Block(BodyBlock block) => block switch
    {
        BodyParagraph p => p with { Text = T(p.Text) },
        BodyHeading h => h with { Text = T(h.Text), RunIn = TN(h.RunIn) },
        BodyTable t => t with
        {
            Caption = T(t.Caption),
            Columns = [.. t.Columns.Select(c => c with { Header = T(c.Header) })],
            Rows = [.. t.Rows.Select(r => (EquatableArray<string>)[.. r.Select(T)])],
        },
        BodyChart c => c with
        {
            Caption = T(c.Caption),
            Labels = [.. c.Labels.Select(T)],
            Series = [.. c.Series.Select(s => s with { Name = T(s.Name) })],
            TotalLabel = T(c.TotalLabel),
        },

        // A new kind of block must say here which of its texts are converted; failing loudly keeps a zh-Hant
        // bulletin from printing Simplified text unnoticed.
        _ => throw new InvalidOperationException($"{block.GetType().Name} has no zh-Hant conversion (HantContent.Block)."),
    };

    private static string T(string text) => HantCharacters.Convert(text);

    private static string? TN(string? text) => text is null ? null : HantCharacters.Convert(text);
}
