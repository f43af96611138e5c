namespace Supervision.Reporting.Domain;

internal sealed record VocabularyTerm<T>(T Value, string Code, string ZhHans, string ZhHant, string English)
    where T : struct, Enum
{
    public string Label(Language language) => language switch
    {
        Language.ZhHant => ZhHant,
        Language.English => English,
        _ => ZhHans,
    };
}
