using NodaTime;
using Supervision.Reporting.Domain;

namespace Supervision.Reporting.Rendering.Pdf.Bulletins.Content;

// A composed bulletin: every part of a GB/T 9704 document, as text.
internal sealed record BulletinContent
{
    public required EquatableArray<string> AuthorityMark { get; init; }

    public string? MarkSuffix { get; init; }

    // A daily report's 报头 in place of the 版头 (the authority mark then only goes into the metadata).
    public Masthead? Masthead { get; init; }

    // The document number (桂纪通〔2022〕12号) or a daily report's 第N期 line.
    public string? NumberLine { get; init; }

    public required string Title { get; init; }

    // Whether the title is printed; a daily report's masthead already names it, and the title then only goes into the metadata.
    public bool ShowTitle { get; init; } = true;

    public string? Recipients { get; init; }

    public required EquatableArray<BodyBlock> Body { get; init; }

    // The 附件 (GB/T 9704 §7.3.6): after the signature and date, from a new page, before the 版记; the body cites it
    // with its 附件说明 line.
    public EquatableArray<BodyBlock> Attachment { get; init; } = [];

    // Empty for a daily report: the editing office in its head stands for the signature.
    public required EquatableArray<string> Signatory { get; init; }

    public required LocalDate Date { get; init; }

    public string? CopyTo { get; init; }

    // Whether the 版记 is printed. A daily report without 抄送 leaves it out: its masthead already names the
    // office and the date, and the 印发 line alone would only repeat them (and cost its second page).
    public bool ShowImprint { get; init; } = true;

    public required string PrintedBy { get; init; }

    public required LocalDate PrintedOn { get; init; }

    public required string Subject { get; init; }

    public required string Keywords { get; init; }

    public required string Author { get; init; }

    // The language of the document, for the words of the frame the layout writes around the data (the 主送
    // colon, the 成文日期, 抄送 and 印发).
    public Language Language { get; init; } = Language.ZhHans;
}
