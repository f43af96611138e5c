namespace Supervision.Reporting.Domain;

/// <summary>The form of an accountability measure (问责处理方式); see <see cref="Vocabulary.FourFormsOf"/> for its place in the four forms.</summary>
/// <remarks>In JSON each value is written as its kebab-case code; <see cref="Vocabulary"/> gives the code and the zh-Hans, zh-Hant and English labels.</remarks>
public enum MeasureForm
{
    /// <summary>Reminder talk — 提醒谈话 (<c>reminder-talk</c>).</summary>
    ReminderTalk,

    /// <summary>Criticism and education — 批评教育 (<c>criticism-education</c>).</summary>
    CriticismEducation,

    /// <summary>Ordered self-examination — 责令检查 (<c>ordered-self-examination</c>).</summary>
    OrderedSelfExamination,

    /// <summary>Admonishment — 诫勉 (<c>admonishment</c>).</summary>
    Admonishment,

    /// <summary>Circulated criticism — 通报批评 (<c>circulated-criticism</c>).</summary>
    CirculatedCriticism,

    /// <summary>Intra-Party warning — 党内警告 (<c>party-warning</c>).</summary>
    PartyWarning,

    /// <summary>Serious intra-Party warning — 党内严重警告 (<c>party-serious-warning</c>).</summary>
    PartySeriousWarning,

    /// <summary>Administrative warning — 警告 (<c>gov-warning</c>).</summary>
    GovWarning,

    /// <summary>Demerit — 记过 (<c>gov-demerit</c>).</summary>
    GovDemerit,

    /// <summary>Major demerit — 记大过 (<c>gov-major-demerit</c>).</summary>
    GovMajorDemerit,

    /// <summary>Downgrade — 降级 (<c>gov-downgrade</c>).</summary>
    GovDowngrade,

    /// <summary>Suspension pending inspection — 停职检查 (<c>suspension-for-inspection</c>).</summary>
    SuspensionForInspection,

    /// <summary>Position adjustment — 调整职务 (<c>position-adjustment</c>).</summary>
    PositionAdjustment,

    /// <summary>Ordered resignation — 责令辞职 (<c>ordered-resignation</c>).</summary>
    OrderedResignation,

    /// <summary>Removal from post — 免职 (<c>removal-from-post</c>).</summary>
    RemovalFromPost,

    /// <summary>Demotion — 降职 (<c>demotion</c>).</summary>
    Demotion,

    /// <summary>Removal from Party posts — 撤销党内职务 (<c>removal-from-party-posts</c>).</summary>
    RemovalFromPartyPosts,

    /// <summary>Party probation — 留党察看 (<c>party-probation</c>).</summary>
    PartyProbation,

    /// <summary>Expulsion from the Party — 开除党籍 (<c>expulsion-from-party</c>).</summary>
    ExpulsionFromParty,

    /// <summary>Removal from office — 撤职 (<c>gov-removal</c>).</summary>
    GovRemoval,

    /// <summary>Dismissal — 开除 (<c>gov-dismissal</c>).</summary>
    GovDismissal,

    /// <summary>Transfer to judicial authorities — 移送司法机关 (<c>transfer-to-judiciary</c>).</summary>
    TransferToJudiciary,
}
