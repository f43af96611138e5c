using NodaTime;
using Supervision.Reporting.Rendering.Pdf.Bulletins.Content;
using Supervision.Reporting.Rendering.Pdf.Layout;
using Supervision.Reporting.Rendering.Pdf.Official;
using Supervision.Reporting.Rendering.Pdf.Text;

namespace Supervision.Reporting.Rendering.Pdf.Bulletins;

// Lays composed content out as a GB/T 9704 document: 版头, title, 主送, body, signature and date, 版记.
internal static class BulletinLayout
{
    public static LayoutDocument Document(BulletinContent content, EquatableArray<byte> sealPng)
    {
        var blocks = new List<Block>
        {
            new VersionHead([.. content.AuthorityMark], content.MarkSuffix ?? string.Empty, content.NumberLine ?? string.Empty),
            OfficialBlocks.Title(content.Title),
        };
        if (content.Recipients is { Length: > 0 } recipients)
        {
            blocks.Add(OfficialBlocks.Addressee(recipients));
        }

        foreach (var block in content.Body)
        {
            blocks.Add(block switch
            {
                BodyParagraph p => OfficialBlocks.Body(p.Text),
                BodyHeading { Level: 1, RunIn: null } h => OfficialBlocks.Heading1(h.Text),
                BodyHeading { Level: 1 } h => OfficialBlocks.Body([new TextRun(h.Text, TextStyle.Of(PdfFontRole.Heading1, GbT9704.Size3)), new TextRun(h.RunIn!, GbT9704Templates.Body)]),
                BodyHeading { RunIn: null } h => OfficialBlocks.Heading2(h.Text),
                BodyHeading h => OfficialBlocks.Body([new TextRun(h.Text, TextStyle.Of(PdfFontRole.Heading2, GbT9704.Size3)), new TextRun(h.RunIn!, GbT9704Templates.Body)]),
                _ => throw new InvalidOperationException($"No layout for {block.GetType().Name}."),
            });
        }

        var date = OfficialBlocks.Date(content.Date.Year, content.Date.Month, content.Date.Day);
        blocks.Add(new SignatureBlock(string.Join("\n", content.Signatory), date) { SealPng = sealPng.IsEmpty ? null : [.. sealPng] });
        blocks.Add(new Imprint(content.CopyTo, content.PrintedBy, OfficialBlocks.Date(content.PrintedOn.Year, content.PrintedOn.Month, content.PrintedOn.Day)));

        var metadata = new DocumentMetadata(
            content.Title,
            content.Author,
            content.Subject,
            content.Keywords,
            "Supervision.Reporting",
            new DateTimeOffset(content.Date.AtMidnight().ToDateTimeUnspecified(), TimeSpan.FromHours(8)));
        return new LayoutDocument(GbT9704Templates.Page with { Decorations = [new PageNumberDecoration()] }, blocks, metadata);
    }
}
