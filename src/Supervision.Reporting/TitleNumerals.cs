namespace Supervision.Reporting;

/// <summary>How the count of cases is written in a typical-case bulletin's title.</summary>
public enum TitleNumerals
{
    /// <summary>Arabic numerals, as CCDI titles its notices (关于5起…). The default.</summary>
    Arabic,

    /// <summary>Chinese numerals (关于五起…), as some offices title theirs. English titles keep figures.</summary>
    Chinese,
}
