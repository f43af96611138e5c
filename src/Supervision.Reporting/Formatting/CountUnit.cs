namespace Supervision.Reporting.Formatting;

/// <summary>What a count counts, which decides its Chinese measure word (量词) and its English noun.</summary>
public enum CountUnit
{
    /// <summary>Cases or problems: 起 (3起; English "3 cases").</summary>
    Cases,

    /// <summary>People: 人 (4人; "4 people").</summary>
    People,

    /// <summary>Generic items, e.g. units or groups: 个/個 (5个; "5 items").</summary>
    Items,

    /// <summary>Occurrences, e.g. inspections: 次 (12次; "12 times").</summary>
    Times,

    /// <summary>Person-times of accountability: 人次 (9人次; "9 person-times").</summary>
    PersonTimes,

    /// <summary>Matters or pieces of work: 件 (6件; "6 matters").</summary>
    Pieces,

    /// <summary>Calendar days: 天 (3天; "3 days").</summary>
    Days,

    /// <summary>Working days: 个工作日/個工作日 (5个工作日; "5 working days").</summary>
    WorkingDays,
}
