namespace Supervision.Reporting.Domain;

/// <summary>
/// The codes and labels of every vocabulary of the data format (docs/data-format.md): unit kinds, group
/// compositions, inspection methods, finding sources, kinds and severities, rectification modes and
/// statuses, accountability measure forms, the four forms and responsibility, disclosure and event kinds.
/// </summary>
/// <remarks>Codes are the kebab-case strings of the JSON format; labels exist in zh-Hans, zh-Hant and English.</remarks>
public static class Vocabulary
{
    /// <summary>The kebab-case code of a value, as written in JSON (e.g. <c>reminder-talk</c>).</summary>
    /// <typeparam name="T">A vocabulary enum of this library.</typeparam>
    /// <param name="value">The value.</param>
    /// <exception cref="ArgumentException"><typeparamref name="T"/> is not a vocabulary of this library, or the value is undefined.</exception>
    public static string Code<T>(T value)
        where T : struct, Enum => Term(value).Code;

    /// <summary>The label of a value in a language (e.g. 提醒谈话, 提醒談話, Reminder talk).</summary>
    /// <typeparam name="T">A vocabulary enum of this library.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="language">The language of the label.</param>
    /// <exception cref="ArgumentException"><typeparamref name="T"/> is not a vocabulary of this library, or the value is undefined.</exception>
    public static string Label<T>(T value, Language language = Language.ZhHans)
        where T : struct, Enum => Term(value).Label(language);

    /// <summary>Reads a value from its code (exact, as in JSON).</summary>
    /// <typeparam name="T">A vocabulary enum of this library.</typeparam>
    /// <param name="code">The kebab-case code.</param>
    /// <param name="value">The value, when found.</param>
    /// <returns>True when <paramref name="code"/> is a code of <typeparamref name="T"/>.</returns>
    public static bool TryParseCode<T>(string code, out T value)
        where T : struct, Enum => Terms<T>().TryParseCode(code, out value);

    /// <summary>Reads a value from its code or from its label in any of the three languages (ignoring case and surrounding white space), as typed by people into returned ledgers.</summary>
    /// <typeparam name="T">A vocabulary enum of this library.</typeparam>
    /// <param name="text">A code or a label.</param>
    /// <param name="value">The value, when found.</param>
    /// <returns>True when <paramref name="text"/> names a value of <typeparamref name="T"/>.</returns>
    public static bool TryParse<T>(string text, out T value)
        where T : struct, Enum => Terms<T>().TryParseCodeOrLabel(text, out value);

    /// <summary>The values of a vocabulary in their documented order.</summary>
    /// <typeparam name="T">A vocabulary enum of this library.</typeparam>
    public static IReadOnlyList<T> Values<T>()
        where T : struct, Enum => [.. Terms<T>().Terms.Select(t => t.Value)];

    /// <summary>The terms of a vocabulary in their documented order (no copy, no LINQ: see VocabularyTerms).</summary>
    internal static IReadOnlyList<VocabularyTerm<T>> TermList<T>()
        where T : struct, Enum => Terms<T>().Terms;

    /// <summary>The codes of a vocabulary, comma separated, for messages.</summary>
    internal static string CodeList<T>()
        where T : struct, Enum => Terms<T>().Codes;

    /// <summary>The place of a measure form in the four forms (四种形态).</summary>
    /// <param name="form">The measure form.</param>
    public static FourForms FourFormsOf(MeasureForm form) => form switch
    {
        MeasureForm.ReminderTalk or MeasureForm.CriticismEducation or MeasureForm.OrderedSelfExamination
            or MeasureForm.Admonishment or MeasureForm.CirculatedCriticism => FourForms.First,
        MeasureForm.PartyWarning or MeasureForm.PartySeriousWarning or MeasureForm.GovWarning or MeasureForm.GovDemerit
            or MeasureForm.GovMajorDemerit or MeasureForm.GovDowngrade or MeasureForm.SuspensionForInspection
            or MeasureForm.PositionAdjustment or MeasureForm.OrderedResignation or MeasureForm.RemovalFromPost
            or MeasureForm.Demotion => FourForms.Second,
        MeasureForm.RemovalFromPartyPosts or MeasureForm.PartyProbation or MeasureForm.ExpulsionFromParty
            or MeasureForm.GovRemoval or MeasureForm.GovDismissal => FourForms.Third,
        MeasureForm.TransferToJudiciary => FourForms.Fourth,
        _ => throw new ArgumentOutOfRangeException(nameof(form), form, "Not a defined measure form."),
    };

    /// <summary>The BCP 47 tag of a language: <c>zh-Hans</c>, <c>zh-Hant</c> or <c>en</c>.</summary>
    /// <param name="language">The language.</param>
    internal static string LanguageTag(Language language) => language switch
    {
        Language.ZhHant => "zh-Hant",
        Language.English => "en",
        _ => "zh-Hans",
    };

    /// <summary>Reads a language tag: <c>zh-Hans</c> (also zh-CN, zh), <c>zh-Hant</c> (also zh-TW, zh-HK) or <c>en</c>.</summary>
    /// <param name="tag">The tag, case-insensitive.</param>
    /// <param name="language">The language, when recognised.</param>
    /// <returns>True when the tag is recognised.</returns>
    public static bool TryParseLanguage(string tag, out Language language)
    {
        switch (tag?.Trim().ToUpperInvariant())
        {
            case "ZH-HANS" or "ZH-CN" or "ZH" or "ZH-SG":
                language = Language.ZhHans;
                return true;
            case "ZH-HANT" or "ZH-TW" or "ZH-HK" or "ZH-MO":
                language = Language.ZhHant;
                return true;
            case "EN" or "EN-US" or "EN-GB":
                language = Language.English;
                return true;
            default:
                language = Language.ZhHans;
                return false;
        }
    }

    private static VocabularyTerm<T> Term<T>(T value)
        where T : struct, Enum
    {
        // Every defined value has its term (VocabularyTests), so a value without one is not defined.
        return Terms<T>().Find(value) ?? throw new ArgumentException($"{value} is not a defined value of {typeof(T).Name}.", nameof(value));
    }

    private static VocabularyTerms<T> Terms<T>()
        where T : struct, Enum =>
        TermsOf<T>.Value ?? throw new ArgumentException($"{typeof(T).Name} is not a vocabulary of Supervision.Reporting.", nameof(T));

    private static class TermsOf<T>
        where T : struct, Enum
    {
        internal static readonly VocabularyTerms<T>? Value = (VocabularyTerms<T>?)Find(typeof(T));

        private static object? Find(Type type) =>
            type == typeof(UnitKind) ? VocabularyTable.UnitKindTerms
            : type == typeof(GroupComposition) ? VocabularyTable.GroupCompositionTerms
            : type == typeof(InspectionMethod) ? VocabularyTable.InspectionMethodTerms
            : type == typeof(FindingSource) ? VocabularyTable.FindingSourceTerms
            : type == typeof(FindingKind) ? VocabularyTable.FindingKindTerms
            : type == typeof(Severity) ? VocabularyTable.SeverityTerms
            : type == typeof(RectificationMode) ? VocabularyTable.RectificationModeTerms
            : type == typeof(RectificationStatus) ? VocabularyTable.RectificationStatusTerms
            : type == typeof(MeasureForm) ? VocabularyTable.MeasureFormTerms
            : type == typeof(FourForms) ? VocabularyTable.FourFormsTerms
            : type == typeof(Responsibility) ? VocabularyTable.ResponsibilityTerms
            : type == typeof(Disclosure) ? VocabularyTable.DisclosureTerms
            : type == typeof(RoundEventKind) ? VocabularyTable.RoundEventKindTerms
            : null;
    }
}
