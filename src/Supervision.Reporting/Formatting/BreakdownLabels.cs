using Supervision.Reporting.Analytics;
using Supervision.Reporting.Domain;

namespace Supervision.Reporting.Formatting;

/// <summary>Human-readable labels of breakdown dimensions and keys, in zh-Hans, zh-Hant or English.</summary>
public static class BreakdownLabels
{
    /// <summary>The name of a dimension (e.g. 问题类别, 問題類別, Category).</summary>
    /// <param name="dimension">The dimension.</param>
    /// <param name="language">The language.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="dimension"/> is not defined.</exception>
    public static string Of(BreakdownDimension dimension, Language language) => (dimension, language) switch
    {
        (BreakdownDimension.Category, Language.English) => "Category",
        (BreakdownDimension.Category, Language.ZhHant) => "問題類別",
        (BreakdownDimension.Category, _) => "问题类别",
        (BreakdownDimension.FocusArea, Language.English) => "Focus area",
        (BreakdownDimension.FocusArea, Language.ZhHant) => "監督重點",
        (BreakdownDimension.FocusArea, _) => "监督重点",
        (BreakdownDimension.ResponsibleUnit, Language.English) => "Responsible unit",
        (BreakdownDimension.ResponsibleUnit, Language.ZhHant) => "責任單位",
        (BreakdownDimension.ResponsibleUnit, _) => "责任单位",
        (BreakdownDimension.Area, Language.English) => "Area",
        (BreakdownDimension.Area, Language.ZhHant) => "縣（市、區）",
        (BreakdownDimension.Area, _) => "县（市、区）",
        (BreakdownDimension.Group, Language.English) => "Inspection group",
        (BreakdownDimension.Group, Language.ZhHant) => "監督檢查組",
        (BreakdownDimension.Group, _) => "监督检查组",
        (BreakdownDimension.Severity, Language.English) => "Severity",
        (BreakdownDimension.Severity, Language.ZhHant) => "嚴重程度",
        (BreakdownDimension.Severity, _) => "严重程度",
        (BreakdownDimension.Source, Language.English) => "Source",
        (BreakdownDimension.Source, Language.ZhHant) => "問題來源",
        (BreakdownDimension.Source, _) => "问题来源",
        _ => throw new ArgumentOutOfRangeException(nameof(dimension), dimension, "Not a defined breakdown dimension."),
    };

    /// <summary>
    /// The label of a key of a breakdown: the category title, focus area title, unit name, group name, or the
    /// vocabulary label of a severity or source; the key itself when the round does not know it.
    /// </summary>
    /// <param name="round">The round the statistics were computed from.</param>
    /// <param name="dimension">The dimension of the breakdown.</param>
    /// <param name="key">The key of the row.</param>
    /// <param name="language">The language (names from the data are not translated).</param>
    /// <exception cref="ArgumentNullException"><paramref name="round"/> or <paramref name="key"/> is null.</exception>
    public static string Of(SupervisionRound round, BreakdownDimension dimension, string key, Language language)
    {
        ArgumentNullException.ThrowIfNull(round);
        ArgumentNullException.ThrowIfNull(key);
        return dimension switch
        {
            BreakdownDimension.Category => round.CategoryTitle(key, language),
            BreakdownDimension.FocusArea => round.FindFocusArea(key)?.Title ?? key,
            BreakdownDimension.ResponsibleUnit or BreakdownDimension.Area => round.FindUnit(key)?.Name ?? key,
            BreakdownDimension.Group => round.FindGroup(key)?.Name ?? key,
            BreakdownDimension.Severity => Vocabulary.TryParseCode<Severity>(key, out var severity) ? Vocabulary.Label(severity, language) : key,
            BreakdownDimension.Source => Vocabulary.TryParseCode<FindingSource>(key, out var source) ? Vocabulary.Label(source, language) : key,
            _ => throw new ArgumentOutOfRangeException(nameof(dimension), dimension, "Not a defined breakdown dimension."),
        };
    }
}
