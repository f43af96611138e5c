namespace Supervision.Reporting.Domain;

/// <summary>
/// A problem category (问题类别). The library has built-in categories (<see cref="BuiltIn"/>); a round
/// may add its own or relabel a built-in one by listing it with the same code.
/// </summary>
public sealed record FindingCategory
{
    /// <summary>The kebab-case code (e.g. <c>formalism</c>).</summary>
    public required string Code { get; init; }

    /// <summary>The title in the round's language (zh-Hans for built-in categories).</summary>
    public required string Title { get; init; }

    /// <summary>The built-in categories, in documented order.</summary>
    public static IReadOnlyList<FindingCategory> BuiltIn { get; } =
        [.. BuiltInCategories.All.Select(c => new FindingCategory { Code = c.Code, Title = c.ZhHans })];

    /// <summary>The label of a built-in category in a language, or null when <paramref name="code"/> is not built in.</summary>
    /// <param name="code">The category code.</param>
    /// <param name="language">The language.</param>
    internal static string? BuiltInLabel(string code, Language language)
        => BuiltInCategories.Find(code)?.Label(language);
}
