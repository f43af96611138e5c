using System.Globalization;
using NodaTime;
using Supervision.Reporting.Analytics;
using Supervision.Reporting.Domain;
using Supervision.Reporting.Privacy;

namespace Supervision.Reporting.Rendering.Pdf.Bulletins.Content;

// A 督办通知 for one unit (docs/notices.md): the bulletin frame the spec resolves to (版头, 发文字号, signature, 版记),
// the unit as 主送, a lead paragraph, the table of its overdue findings, optionally the 提醒 of those due soon, and the
// requirement to report by a date. One content model, so the PDF layout and the Word renderer both lay it out.
internal static class NoticeComposer
{
    internal sealed record Item(Finding Finding, LocalDate Deadline, int WorkingDays);

    public static BulletinContent Compose(
        SupervisionRound round,
        Unit unit,
        IReadOnlyList<Item> overdue,
        IReadOnlyList<Item> dueSoon,
        int assigned,
        string? documentNumber,
        LocalDate replyBy,
        NoticeOptions options)
    {
        var spec = options.Document with
        {
            AsOf = options.AsOf,
            Date = options.Document.Date ?? options.AsOf,
            DocumentNumber = documentNumber,
            Recipients = unit.Name,
        };
        var resolved = ResolvedSpec.Resolve(round, spec);
        var naming = spec.Audience == Audience.Public ? PersonNaming.Public(round, spec.Language) : PersonNaming.Internal(spec.Language);
        var phrases = NoticePhrases.For(spec.Language);
        var body = new List<BodyBlock>
        {
            new BodyParagraph(naming.Redact(phrases.Lead(round.Authority, round.Title, options.AsOf, assigned, overdue.Count))),
        };
        var heading = 0;
        body.Add(new BodyHeading(1, phrases.Heading(++heading, phrases.OverdueHeading)));
        body.Add(Table(phrases.OverdueCaption, phrases.OverdueDaysHeader, overdue, phrases, naming));
        if (dueSoon.Count > 0)
        {
            body.Add(new BodyHeading(1, phrases.Heading(++heading, phrases.DueSoonHeading)));
            body.Add(new BodyParagraph(phrases.DueSoonLead(dueSoon.Count, options.Document.Analytics.DueSoonWorkingDays)));
            body.Add(Table(phrases.DueSoonCaption, phrases.RemainingDaysHeader, dueSoon, phrases, naming));
        }

        body.Add(new BodyHeading(1, phrases.Heading(++heading, phrases.RequirementHeading)));
        if (spec.Requirements.IsEmpty)
        {
            body.Add(new BodyParagraph(phrases.Requirement(replyBy, round.Authority, dueSoon.Count > 0)));
        }
        else
        {
            body.AddRange(spec.Requirements.Select(p => new BodyParagraph(naming.Redact(p))));
        }

        var content = resolved.Document(round, phrases.Title, body, phrases.Subject(round.Title), phrases.Keywords(round.Id));
        return spec.Language switch
        {
            Language.ZhHant when !spec.KeepDataAsEntered => HantContent.Convert(content),
            Language.English => EnglishQuotes.Convert(content),
            _ => content,
        };
    }

    private static BodyTable Table(string caption, string daysHeader, IReadOnlyList<Item> items, NoticePhrases phrases, PersonNaming naming) => new(
        caption,
        [
            new BodyTableColumn(phrases.NumberHeader, BodyColumnKind.Index),
            new BodyTableColumn(phrases.IdHeader, BodyColumnKind.Term),
            new BodyTableColumn(phrases.SummaryHeader, BodyColumnKind.Label),
            new BodyTableColumn(phrases.DeadlineHeader, BodyColumnKind.Term),
            new BodyTableColumn(daysHeader, BodyColumnKind.Number),
        ],
        [.. items.Select((item, i) => (EquatableArray<string>)
        [
            (i + 1).ToString(CultureInfo.InvariantCulture),
            item.Finding.Id,
            naming.Redact(item.Finding.Summary),
            phrases.Date(item.Deadline),
            item.WorkingDays.ToString(CultureInfo.InvariantCulture),
        ])],
        LastRowIsTotal: false);
}
