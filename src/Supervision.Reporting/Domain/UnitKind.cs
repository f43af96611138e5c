namespace Supervision.Reporting.Domain;

/// <summary>The kind of a unit (单位类别).</summary>
/// <remarks>In JSON each value is written as its kebab-case code; <see cref="Vocabulary"/> gives the code and the zh-Hans, zh-Hant and English labels.</remarks>
public enum UnitKind
{
    /// <summary>City — 市 (<c>city</c>).</summary>
    City,

    /// <summary>County — 县 (<c>county</c>).</summary>
    County,

    /// <summary>District — 区 (<c>district</c>).</summary>
    District,

    /// <summary>Town — 镇 (<c>town</c>).</summary>
    Town,

    /// <summary>Township — 乡 (<c>township</c>).</summary>
    Township,

    /// <summary>Subdistrict — 街道 (<c>subdistrict</c>).</summary>
    Subdistrict,

    /// <summary>Village — 村 (<c>village</c>).</summary>
    Village,

    /// <summary>Community — 社区 (<c>community</c>).</summary>
    Community,

    /// <summary>Checkpoint — 检查站（卡点） (<c>checkpoint</c>).</summary>
    Checkpoint,

    /// <summary>Hospital — 医院 (<c>hospital</c>).</summary>
    Hospital,

    /// <summary>School — 学校 (<c>school</c>).</summary>
    School,

    /// <summary>Market — 商场市场 (<c>market</c>).</summary>
    Market,

    /// <summary>Enterprise — 企业 (<c>enterprise</c>).</summary>
    Enterprise,

    /// <summary>Department — 部门 (<c>department</c>).</summary>
    Department,

    /// <summary>Other — 其他 (<c>other</c>).</summary>
    Other,
}
