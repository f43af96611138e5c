using System.Collections.Frozen;

namespace Supervision.Reporting.Domain;

internal sealed class VocabularyTerms<T>
    where T : struct, Enum
{
    private readonly FrozenDictionary<T, VocabularyTerm<T>> _byValue;
    private readonly FrozenDictionary<string, T> _byCodeOrLabel;

    public VocabularyTerms(VocabularyTerm<T>[] terms)
    {
        Terms = terms;
        _byValue = terms.ToFrozenDictionary(t => t.Value);
        var byText = new Dictionary<string, T>(StringComparer.OrdinalIgnoreCase);
        foreach (var term in terms)
        {
            byText[term.Code] = term.Value;
        }

        // Labels come after codes so that a code always means its own value.
        foreach (var term in terms)
        {
            byText.TryAdd(term.ZhHans, term.Value);
            byText.TryAdd(term.ZhHant, term.Value);
            byText.TryAdd(term.English, term.Value);
        }

        _byCodeOrLabel = byText.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        Codes = string.Join(", ", terms.Select(t => t.Code));
    }

    public IReadOnlyList<VocabularyTerm<T>> Terms { get; }

    /// <summary>The codes, comma separated, for error messages.</summary>
    public string Codes { get; }

    public VocabularyTerm<T> this[T value] => _byValue[value];

    public bool TryParseCode(string code, out T value)
    {
        foreach (var term in Terms)
        {
            if (string.Equals(term.Code, code, StringComparison.Ordinal))
            {
                value = term.Value;
                return true;
            }
        }

        value = default;
        return false;
    }

    public bool TryParseCodeOrLabel(string text, out T value) => _byCodeOrLabel.TryGetValue(text.Trim(), out value);
}
