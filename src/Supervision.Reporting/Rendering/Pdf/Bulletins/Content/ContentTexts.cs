namespace Supervision.Reporting.Rendering.Pdf.Bulletins.Content;

// Every text of a composed bulletin, mapped by one function: the round's own text (unit names, summaries,
// narratives, titles, labels), the spec's (preamble, recipients, copyTo), the library's wording and the document
// properties (title, subject, keywords, author). zh-Hant conversion and public redaction both go through here,
// so that no text that reaches the page or the file's metadata can be missed by either.
internal static class ContentTexts
{
    public static BulletinContent Map(BulletinContent content, Func<string, string> map) => content with
    {
        AuthorityMark = [.. content.AuthorityMark.Select(map)],
        MarkSuffix = Optional(content.MarkSuffix, map),
        Masthead = content.Masthead is { } m ? new Masthead(map(m.Name), map(m.Issue), map(m.Office), map(m.Date)) : null,
        NumberLine = Optional(content.NumberLine, map),
        Title = map(content.Title),
        Recipients = Optional(content.Recipients, map),
        Body = [.. content.Body.Select(b => Block(b, map))],
        Attachment = [.. content.Attachment.Select(b => Block(b, map))],
        Signatory = [.. content.Signatory.Select(map)],
        CopyTo = Optional(content.CopyTo, map),
        PrintedBy = map(content.PrintedBy),
        Subject = map(content.Subject),
        Keywords = map(content.Keywords),
        Author = map(content.Author),
    };

    private static BodyBlock Block(BodyBlock block, Func<string, string> map) => block switch
    {
        BodyParagraph p => p with { Text = map(p.Text) },
        BodyHeading h => h with { Text = map(h.Text), RunIn = Optional(h.RunIn, map) },
        BodyTable t => t with
        {
            Caption = map(t.Caption),
            Columns = [.. t.Columns.Select(c => c with { Header = map(c.Header) })],
            Rows = [.. t.Rows.Select(r => (EquatableArray<string>)[.. r.Select(map)])],
        },
        BodyChart c => c with
        {
            Caption = map(c.Caption),
            Labels = [.. c.Labels.Select(map)],
            Series = [.. c.Series.Select(s => s with { Name = map(s.Name) })],
            TotalLabel = map(c.TotalLabel),
        },

        // A new kind of block must say here which of its texts are mapped; failing loudly keeps a zh-Hant
        // bulletin from printing Simplified text, or a public one a name, unnoticed.
        _ => throw new InvalidOperationException($"{block.GetType().Name} does not say which of its texts are mapped (ContentTexts.Block)."),
    };

    private static string? Optional(string? text, Func<string, string> map) => text is null ? null : map(text);
}
