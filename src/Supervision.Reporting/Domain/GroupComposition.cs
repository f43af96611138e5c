namespace Supervision.Reporting.Domain;

/// <summary>How an inspection group is composed (监督检查组组成方式).</summary>
/// <remarks>In JSON each value is written as its kebab-case code; <see cref="Vocabulary"/> gives the code and the zh-Hans, zh-Hant and English labels.</remarks>
public enum GroupComposition
{
    /// <summary>Joint office, stationed group and locality — 室组地联合 (<c>room-group-locality</c>).</summary>
    RoomGroupLocality,

    /// <summary>Supervision and inspection office — 监督检查室 (<c>inspection-office</c>).</summary>
    InspectionOffice,

    /// <summary>Stationed discipline inspection group — 派驻纪检监察组 (<c>stationed-group</c>).</summary>
    StationedGroup,

    /// <summary>Local commission — 属地纪委监委 (<c>locality</c>).</summary>
    Locality,

    /// <summary>Other — 其他 (<c>other</c>).</summary>
    Other,
}
