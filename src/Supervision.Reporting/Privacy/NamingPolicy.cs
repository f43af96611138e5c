using Supervision.Reporting.Domain;

namespace Supervision.Reporting.Privacy;

/// <summary>
/// How people are named in a document (DESIGN §9). Internal documents show full names. Public documents
/// follow each person's disclosure: full names for <see cref="Disclosure.Full"/>, surname + 某 for
/// <see cref="Disclosure.Masked"/> (刘某; compound surnames such as 欧阳 and an explicit surname are kept
/// whole), nothing for <see cref="Disclosure.Hidden"/>. Free text is cleaned too: the full names of masked
/// and hidden people are replaced wherever they occur.
/// </summary>
public sealed class NamingPolicy
{
    private readonly Audience _audience;
    private readonly (string Name, string Replacement)[] _replacements;

    /// <summary>Creates the policy for a round's people and an audience.</summary>
    /// <param name="round">The round whose people are named.</param>
    /// <param name="audience">Who the document is for.</param>
    /// <exception cref="ArgumentNullException"><paramref name="round"/> is null.</exception>
    public NamingPolicy(SupervisionRound round, Audience audience)
    {
        ArgumentNullException.ThrowIfNull(round);
        _audience = audience;
        _replacements = audience == Audience.Internal
            ? []
            : [.. round.People
                .Where(p => p.Disclosure != Disclosure.Full && p.Name.Length > 0)
                .Select(p => (p.Name, p.Disclosure == Disclosure.Hidden ? HiddenPlaceholder : Mask(p)))
                .DistinctBy(r => r.Name)
                .OrderByDescending(r => r.Name.Length)];
    }

    /// <summary>What stands for a hidden person's name inside free text: 相关人员.</summary>
    public const string HiddenPlaceholder = "相关人员";

    /// <summary>The audience the policy names for.</summary>
    public Audience Audience => _audience;

    /// <summary>The name to print for <paramref name="person"/>, or null when the person must not be named.</summary>
    /// <param name="person">The person.</param>
    /// <exception cref="ArgumentNullException"><paramref name="person"/> is null.</exception>
    public string? NameOf(Person person)
    {
        ArgumentNullException.ThrowIfNull(person);
        if (_audience == Audience.Internal)
        {
            return person.Name;
        }

        return person.Disclosure switch
        {
            Disclosure.Full => person.Name,
            Disclosure.Hidden => null,
            _ => Mask(person),
        };
    }

    /// <summary>Free text with the full names of masked and hidden people replaced (public audience only).</summary>
    /// <param name="text">The text, e.g. a finding's description.</param>
    /// <returns>The text safe for the audience.</returns>
    public string CleanText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var (name, replacement) in _replacements)
        {
            if (text.Contains(name, StringComparison.Ordinal))
            {
                text = text.Replace(name, replacement, StringComparison.Ordinal);
            }
        }

        return text;
    }

    /// <summary>Surname + 某 (刘某, 欧阳某), using the explicit surname when the person has one.</summary>
    /// <param name="person">The person.</param>
    /// <exception cref="ArgumentNullException"><paramref name="person"/> is null.</exception>
    public static string Mask(Person person)
    {
        ArgumentNullException.ThrowIfNull(person);
        return ChineseSurnames.SurnameOf(person.Name, person.Surname) + "某";
    }
}
