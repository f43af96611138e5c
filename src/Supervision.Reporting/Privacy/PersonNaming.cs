using System.Buffers;
using Supervision.Reporting.Domain;

namespace Supervision.Reporting.Privacy;

/// <summary>
/// How people are named in one document (docs/bulletins.md, "Names"): internal documents show full names; public documents
/// show masked people as surname + 某 (刘某, 欧阳某), full-disclosure people by name, and omit hidden people.
/// Free text (descriptions, notes) in public documents gets the same treatment for every known full name.
/// </summary>
/// <remarks>
/// Built once per document from the round's people; lookups are then allocation-free for text that mentions
/// nobody, so the ledger can run every free-text cell of a million rows through <see cref="Redact"/>.
/// </remarks>
internal sealed class PersonNaming
{
    private readonly bool isPublic;
    private readonly Language language;

    // Replacement table for free text, keyed by the first character of a name; longest names first, so that
    // 欧阳某某 is replaced before a shorter name it contains. Every person of the round is in it — those shown in
    // full with a null replacement — so that a longer known name (张娟娟, shown in full or masked on its own terms)
    // is matched whole and a shorter one inside it (a hidden 张娟) is not (issue 10, class 11).
    private readonly Dictionary<char, (string Name, string? Replacement)[]> byFirstChar;
    private readonly SearchValues<char> firstChars;

    private PersonNaming(bool isPublic, Language language, IEnumerable<Person> people)
    {
        this.isPublic = isPublic;
        this.language = language;
        var replacements = isPublic
            ? people
                .Select(p => (Name: Compact(p.Name), Replacement: p.Disclosure switch
                {
                    Disclosure.Full => null,
                    Disclosure.Hidden => Withheld(language),
                    _ => Masked(p),
                }))

                // A one-character "name" would blank that character everywhere; real names have two or more.
                .Where(r => r.Name.Length > 1)

                // A name that is both shown and hidden (two people of one name) is withheld: the stricter wins.
                .GroupBy(r => r.Name, StringComparer.Ordinal)
                .Select(g => g.OrderBy(r => r.Replacement is null ? 2 : string.Equals(r.Replacement, Withheld(language), StringComparison.Ordinal) ? 0 : 1).First())
                .ToList()
            : [];
        byFirstChar = replacements.Exists(r => r.Replacement is not null)
            ? replacements
                .GroupBy(r => r.Name[0])
                .ToDictionary(g => g.Key, g => g.OrderByDescending(r => r.Name.Length).ThenBy(r => r.Name, StringComparer.Ordinal).ToArray())
            : [];
        firstChars = SearchValues.Create([.. byFirstChar.Keys]);
    }

    /// <summary>True when this naming is for a public document.</summary>
    public bool IsPublic => isPublic;

    /// <summary>Full names for everyone (internal documents).</summary>
    public static PersonNaming Internal(Language language = Language.ZhHans) => new(false, language, []);

    /// <summary>The public policy over the people of a round.</summary>
    public static PersonNaming Public(SupervisionRound round, Language language = Language.ZhHans)
    {
        ArgumentNullException.ThrowIfNull(round);
        return new(true, language, round.People);
    }

    /// <summary>The masked form of a person's name: explicit surname, else the known compound or first character, then 某.</summary>
    public static string Masked(Person person)
    {
        ArgumentNullException.ThrowIfNull(person);
        var surname = string.IsNullOrWhiteSpace(person.Surname) ? ChineseSurnames.SurnameOf(person.Name) : person.Surname.Trim();
        return surname + "某";
    }

    /// <summary>The neutral wording that stands for a hidden person (相关人员).</summary>
    public static string Withheld(Language language) => language switch
    {
        Language.ZhHant => "相關人員",
        Language.English => "(person withheld)",
        _ => "相关人员",
    };

    /// <summary>True when the person is to be left out of lists of names (a hidden person in a public document).</summary>
    public bool IsOmitted(Person person) => isPublic && person.Disclosure == Disclosure.Hidden;

    /// <summary>The name to print; for a hidden person in a public document, the neutral wording.</summary>
    public string NameOf(Person person)
    {
        ArgumentNullException.ThrowIfNull(person);
        if (!isPublic)
        {
            return person.Name;
        }

        return person.Disclosure switch
        {
            Disclosure.Full => person.Name,
            Disclosure.Hidden => Withheld(language),
            _ => Masked(person),
        };
    }

    /// <summary>
    /// Text with every name of a masked or hidden person replaced (public documents only); the same instance when
    /// nothing matches. A name matches with whitespace or line breaks between its characters ("张 娟", "欧阳\n娜娜");
    /// at each place the longest known name wins, so a name inside a longer known name is left alone.
    /// </summary>
    public string Redact(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (byFirstChar.Count == 0)
        {
            return text;
        }

        var span = text.AsSpan();
        var next = span.IndexOfAny(firstChars);
        if (next < 0)
        {
            return text;
        }

        System.Text.StringBuilder? builder = null;
        var copied = 0;
        var i = next;
        while (i < text.Length)
        {
            var end = -1;
            string? replacement = null;
            if (byFirstChar.TryGetValue(text[i], out var candidates))
            {
                foreach (var candidate in candidates)
                {
                    end = MatchEnd(text, i, candidate.Name);
                    if (end > 0)
                    {
                        replacement = candidate.Replacement;
                        break;
                    }
                }
            }

            if (end > 0 && replacement is not null)
            {
                builder ??= new System.Text.StringBuilder(text.Length);
                builder.Append(text, copied, i - copied).Append(replacement);
                copied = end;
            }

            i = end > 0 ? end : i + 1;
            var rest = span[i..].IndexOfAny(firstChars);
            if (rest < 0)
            {
                break;
            }

            i += rest;
        }

        return builder is null ? text : builder.Append(text, copied, text.Length - copied).ToString();
    }

    // Where a name written at start ends, with any whitespace between its characters; -1 when it is not there.
    private static int MatchEnd(string text, int start, string name)
    {
        var j = start;
        for (var k = 0; k < name.Length; k++)
        {
            if (k > 0)
            {
                while (j < text.Length && char.IsWhiteSpace(text[j]))
                {
                    j++;
                }
            }

            if (j >= text.Length || text[j] != name[k])
            {
                return -1;
            }

            j++;
        }

        return j;
    }

    // A name without the whitespace someone typed inside it (欧阳 娜娜 is 欧阳娜娜).
    private static string Compact(string name) =>
        name.AsSpan().IndexOfAny(WhiteSpace) < 0 ? name : string.Concat(name.Where(c => !char.IsWhiteSpace(c)));

    private static readonly SearchValues<char> WhiteSpace = SearchValues.Create(" \t\r\n\u00A0\u3000");
}
