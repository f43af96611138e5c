namespace Supervision.Reporting.Domain;

internal static class BuiltInCategories
{
    internal static readonly IReadOnlyList<BuiltInCategory> All =
    [
        new("inaction", "不担当不作为", "不擔當不作為", "Inaction"),
        new("discount", "打折扣搞变通", "打折扣搞變通", "Half-hearted implementation"),
        new("over-enforcement", "层层加码", "層層加碼", "Over-enforcement"),
        new("one-size-fits-all", "一刀切", "一刀切", "One-size-fits-all"),
        new("formalism", "形式主义", "形式主義", "Formalism"),
        new("bureaucratism", "官僚主义", "官僚主義", "Bureaucratism"),
        new("buck-passing", "推诿扯皮", "推諉扯皮", "Buck-passing"),
        new("perfunctory", "敷衍塞责", "敷衍塞責", "Perfunctory work"),
        new("lax-enforcement", "防控措施落实不严", "防控措施落實不嚴", "Lax enforcement of control measures"),
        new("unreported", "应报未报", "應報未報", "Failure to report"),
        new("four-winds", "“四风”问题", "「四風」問題", "\"Four winds\" problems"),
        new("other", "其他", "其他", "Other"),
    ];

    internal static BuiltInCategory? Find(string code)
    {
        foreach (var category in All)
        {
            if (string.Equals(category.Code, code, StringComparison.Ordinal))
            {
                return category;
            }
        }

        return null;
    }

    internal sealed record BuiltInCategory(string Code, string ZhHans, string ZhHant, string English)
    {
        public string Label(Language language) => language switch
        {
            Language.ZhHant => ZhHant,
            Language.English => English,
            _ => ZhHans,
        };
    }
}
