namespace Supervision.Reporting.Domain;

// A vocabulary's terms and the lookups of Vocabulary. Built for every vocabulary the first time any is used, so
// it is kept cheap: each instantiation over a vocabulary enum is JIT-compiled even in the ReadyToRun tool
// (generic code of the framework over our value types cannot be precompiled into our image), and the frozen
// dictionaries this used to build cost about 0.15 s of CPU at the start of every command (docs/performance.md,
// "Start-up"). Lookups by value scan the terms (at most a few dozen, in documented order); the code-or-label
// dictionary, which only ledger import reads, is built on its first use.
internal sealed class VocabularyTerms<T>
    where T : struct, Enum
{
    private readonly VocabularyTerm<T>[] _terms;
    private Dictionary<string, T>? _byCodeOrLabel;
    private string? _codes;

    public VocabularyTerms(VocabularyTerm<T>[] terms)
    {
        _terms = terms;
        Terms = terms;
    }

    public IReadOnlyList<VocabularyTerm<T>> Terms { get; }

    /// <summary>The codes, comma separated, for error messages.</summary>
    public string Codes => _codes ??= string.Join(", ", _terms.Select(t => t.Code));

    // The term of a value, or null when the value is not defined.
    public VocabularyTerm<T>? Find(T value)
    {
        foreach (var term in _terms)
        {
            if (EqualityComparer<T>.Default.Equals(term.Value, value))
            {
                return term;
            }
        }

        return null;
    }

    public bool TryParseCode(string code, out T value)
    {
        foreach (var term in _terms)
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

    public bool TryParseCodeOrLabel(string text, out T value) =>
        (_byCodeOrLabel ?? LazyInitializer.EnsureInitialized(ref _byCodeOrLabel, ByCodeOrLabel)).TryGetValue(text.Trim(), out value);

    private Dictionary<string, T> ByCodeOrLabel()
    {
        var byText = new Dictionary<string, T>(StringComparer.OrdinalIgnoreCase);
        foreach (var term in _terms)
        {
            byText[term.Code] = term.Value;
        }

        // Labels come after codes so that a code always means its own value.
        foreach (var term in _terms)
        {
            byText.TryAdd(term.ZhHans, term.Value);
            byText.TryAdd(term.ZhHant, term.Value);
            byText.TryAdd(term.English, term.Value);
        }

        return byText;
    }
}
