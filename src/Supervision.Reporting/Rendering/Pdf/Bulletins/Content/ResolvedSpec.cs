using NodaTime;
using Supervision.Reporting.Domain;

namespace Supervision.Reporting.Rendering.Pdf.Bulletins.Content;

// A spec with every default filled in from the round: what the composers work from.
internal sealed record ResolvedSpec(
    BulletinSpec Spec,
    EquatableArray<string> AuthorityMark,
    string Recipients,
    EquatableArray<string> Signatory,
    LocalDate AsOf,
    LocalDate Date,
    string PrintedBy,
    LocalDate PrintedOn,
    string Topic,
    bool IsCityLevelRound)
{
    public static ResolvedSpec Resolve(SupervisionRound round, BulletinSpec spec)
    {
        var asOf = spec.AsOf ?? round.Period.End;
        var date = spec.Date ?? asOf;
        var mark = spec.AuthorityMark.IsEmpty ? MarkFor(round.Authority, spec.Language) : spec.AuthorityMark;
        return new ResolvedSpec(
            spec,
            mark,
            spec.Recipients ?? CasePhrases.For(spec.Language).Recipients(IsCityLevel(round)),
            // A joint mark (中共…纪律检查委员会 / …监察委员会) is signed by every organ it names, one line each.
            spec.Signatory.IsEmpty ? mark.Count > 1 ? [.. mark] : [round.Authority] : spec.Signatory,
            asOf,
            date,
            spec.PrintedBy ?? CasePhrases.For(spec.Language).PrintingOffice(round.Authority),
            spec.PrintedOn ?? date,
            TopicOf(round.Title),
            IsCityLevel(round));
    }

    // A document with the 版头, 主送, signature and 版记 this spec resolves to: what every kind but the daily report shares.
    public BulletinContent Document(SupervisionRound round, string title, IEnumerable<BodyBlock> body, string subject, string keywords) => new()
    {
        AuthorityMark = AuthorityMark,
        MarkSuffix = Spec.MarkSuffix,
        NumberLine = Spec.DocumentNumber,
        Title = Spec.Title ?? title,
        Recipients = Recipients,
        Body = [.. body],
        Signatory = Signatory,
        Date = Date,
        // 抄送 the superior by default; an explicit empty copyTo prints none.
        CopyTo = Spec.CopyTo ?? Spec.Superior,
        PrintedBy = PrintedBy,
        PrintedOn = PrintedOn,
        Author = round.Authority,
        Language = Spec.Language,
        Subject = subject,
        Keywords = keywords,
    };

    // 桂林市纪委监委 → 中共桂林市纪律检查委员会 / 桂林市监察委员会: the full names GB/T 9704 prefers in the mark.
    internal static EquatableArray<string> MarkFor(string authority, Language language)
    {
        if (language == Language.English)
        {
            return [authority];
        }

        if (authority.EndsWith("纪委监委", StringComparison.Ordinal) && authority.Length > 4)
        {
            var place = authority[..^4];
            return language == Language.ZhHant
                ? [$"中共{place}紀律檢查委員會", $"{place}監察委員會"]
                : [$"中共{place}纪律检查委员会", $"{place}监察委员会"];
        }

        if (authority.EndsWith("纪委", StringComparison.Ordinal) && authority.Length > 2)
        {
            return language == Language.ZhHant ? [$"中共{authority[..^2]}紀律檢查委員會"] : [$"中共{authority[..^2]}纪律检查委员会"];
        }

        return [authority];
    }

    // 疫情防控专项监督 → 疫情防控: the subject matter, for titles and prose.
    internal static string TopicOf(string title)
    {
        foreach (var suffix in new[] { "专项监督检查", "专项监督", "专项检查", "监督检查", "专项整治", "专项治理" })
        {
            if (title.EndsWith(suffix, StringComparison.Ordinal) && title.Length > suffix.Length)
            {
                return title[..^suffix.Length];
            }
        }

        return title;
    }

    private static bool IsCityLevel(SupervisionRound round)
    {
        var roots = round.Units.Where(u => u.ParentId is null).ToList();
        return roots.Count == 1 && roots[0].Kind == UnitKind.City;
    }
}
