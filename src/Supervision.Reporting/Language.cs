namespace Supervision.Reporting;

/// <summary>The language of labels and generated text.</summary>
public enum Language
{
    /// <summary>Simplified Chinese (<c>zh-Hans</c>), the default.</summary>
    ZhHans,

    /// <summary>Traditional Chinese (<c>zh-Hant</c>).</summary>
    ZhHant,

    /// <summary>English (<c>en</c>).</summary>
    English,
}
