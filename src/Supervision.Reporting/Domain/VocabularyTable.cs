namespace Supervision.Reporting.Domain;

// The one table of labels: every vocabulary value with its zh-Hans, zh-Hant and English label.
internal static class VocabularyTable
{
    internal static readonly VocabularyTerms<UnitKind> UnitKindTerms = new(
    [
        new(UnitKind.City, "city", "市", "市", "City"),
        new(UnitKind.County, "county", "县", "縣", "County"),
        new(UnitKind.District, "district", "区", "區", "District"),
        new(UnitKind.Town, "town", "镇", "鎮", "Town"),
        new(UnitKind.Township, "township", "乡", "鄉", "Township"),
        new(UnitKind.Subdistrict, "subdistrict", "街道", "街道", "Subdistrict"),
        new(UnitKind.Village, "village", "村", "村", "Village"),
        new(UnitKind.Community, "community", "社区", "社區", "Community"),
        new(UnitKind.Checkpoint, "checkpoint", "检查站（卡点）", "檢查站（卡點）", "Checkpoint"),
        new(UnitKind.Hospital, "hospital", "医院", "醫院", "Hospital"),
        new(UnitKind.School, "school", "学校", "學校", "School"),
        new(UnitKind.Market, "market", "商场市场", "商場市場", "Market"),
        new(UnitKind.Enterprise, "enterprise", "企业", "企業", "Enterprise"),
        new(UnitKind.Department, "department", "部门", "部門", "Department"),
        new(UnitKind.Other, "other", "其他", "其他", "Other"),
    ]);

    internal static readonly VocabularyTerms<GroupComposition> GroupCompositionTerms = new(
    [
        new(GroupComposition.RoomGroupLocality, "room-group-locality", "室组地联合", "室組地聯合", "Joint office, stationed group and locality"),
        new(GroupComposition.InspectionOffice, "inspection-office", "监督检查室", "監督檢查室", "Supervision and inspection office"),
        new(GroupComposition.StationedGroup, "stationed-group", "派驻纪检监察组", "派駐紀檢監察組", "Stationed discipline inspection group"),
        new(GroupComposition.Locality, "locality", "属地纪委监委", "屬地紀委監委", "Local commission"),
        new(GroupComposition.Other, "other", "其他", "其他", "Other"),
    ]);

    internal static readonly VocabularyTerms<InspectionMethod> InspectionMethodTerms = new(
    [
        new(InspectionMethod.Unannounced, "unannounced", "四不两直", "四不兩直", "Unannounced visit"),
        new(InspectionMethod.Covert, "covert", "暗访", "暗訪", "Covert visit"),
        new(InspectionMethod.Scheduled, "scheduled", "计划检查", "計劃檢查", "Scheduled inspection"),
        new(InspectionMethod.DocumentReview, "document-review", "查阅资料", "查閱資料", "Document review"),
        new(InspectionMethod.Interview, "interview", "个别谈话", "個別談話", "Individual interview"),
        new(InspectionMethod.Remote, "remote", "视频抽查", "視頻抽查", "Remote video check"),
    ]);

    internal static readonly VocabularyTerms<FindingSource> FindingSourceTerms = new(
    [
        new(FindingSource.Inspection, "inspection", "监督检查", "監督檢查", "Inspection"),
        new(FindingSource.PublicReport, "public-report", "群众反映", "群眾反映", "Public report"),
        new(FindingSource.Referral, "referral", "移交", "移交", "Referral"),
        new(FindingSource.SelfInspection, "self-inspection", "自查", "自查", "Self-inspection"),
        new(FindingSource.DataAnalysis, "data-analysis", "数据分析", "數據分析", "Data analysis"),
    ]);

    internal static readonly VocabularyTerms<FindingKind> FindingKindTerms = new(
    [
        new(FindingKind.Violation, "violation", "问题", "問題", "Violation"),
        new(FindingKind.Service, "service", "办实事", "辦實事", "Service problem solved"),
    ]);

    internal static readonly VocabularyTerms<Severity> SeverityTerms = new(
    [
        new(Severity.Minor, "minor", "轻微", "輕微", "Minor"),
        new(Severity.General, "general", "一般", "一般", "General"),
        new(Severity.Serious, "serious", "较重", "較重", "Serious"),
        new(Severity.Major, "major", "严重", "嚴重", "Major"),
    ]);

    internal static readonly VocabularyTerms<RectificationMode> RectificationModeTerms = new(
    [
        new(RectificationMode.Immediate, "immediate", "立行立改", "立行立改", "Immediate"),
        new(RectificationMode.TimeLimited, "time-limited", "限期整改", "限期整改", "Time-limited"),
        new(RectificationMode.Ongoing, "ongoing", "长期坚持", "長期堅持", "Ongoing"),
    ]);

    internal static readonly VocabularyTerms<RectificationStatus> RectificationStatusTerms = new(
    [
        new(RectificationStatus.Open, "open", "未整改", "未整改", "Open"),
        new(RectificationStatus.InProgress, "in-progress", "整改中", "整改中", "In progress"),
        new(RectificationStatus.Rectified, "rectified", "已整改", "已整改", "Rectified"),
        new(RectificationStatus.Closed, "closed", "已销号", "已銷號", "Closed"),
    ]);

    internal static readonly VocabularyTerms<MeasureForm> MeasureFormTerms = new(
    [
        new(MeasureForm.ReminderTalk, "reminder-talk", "提醒谈话", "提醒談話", "Reminder talk"),
        new(MeasureForm.CriticismEducation, "criticism-education", "批评教育", "批評教育", "Criticism and education"),
        new(MeasureForm.OrderedSelfExamination, "ordered-self-examination", "责令检查", "責令檢查", "Ordered self-examination"),
        new(MeasureForm.Admonishment, "admonishment", "诫勉", "誡勉", "Admonishment"),
        new(MeasureForm.CirculatedCriticism, "circulated-criticism", "通报批评", "通報批評", "Circulated criticism"),
        new(MeasureForm.PartyWarning, "party-warning", "党内警告", "黨內警告", "Intra-Party warning"),
        new(MeasureForm.PartySeriousWarning, "party-serious-warning", "党内严重警告", "黨內嚴重警告", "Serious intra-Party warning"),
        new(MeasureForm.GovWarning, "gov-warning", "警告", "警告", "Administrative warning"),
        new(MeasureForm.GovDemerit, "gov-demerit", "记过", "記過", "Demerit"),
        new(MeasureForm.GovMajorDemerit, "gov-major-demerit", "记大过", "記大過", "Major demerit"),
        new(MeasureForm.GovDowngrade, "gov-downgrade", "降级", "降級", "Downgrade"),
        new(MeasureForm.SuspensionForInspection, "suspension-for-inspection", "停职检查", "停職檢查", "Suspension pending inspection"),
        new(MeasureForm.PositionAdjustment, "position-adjustment", "调整职务", "調整職務", "Position adjustment"),
        new(MeasureForm.OrderedResignation, "ordered-resignation", "责令辞职", "責令辭職", "Ordered resignation"),
        new(MeasureForm.RemovalFromPost, "removal-from-post", "免职", "免職", "Removal from post"),
        new(MeasureForm.Demotion, "demotion", "降职", "降職", "Demotion"),
        new(MeasureForm.RemovalFromPartyPosts, "removal-from-party-posts", "撤销党内职务", "撤銷黨內職務", "Removal from Party posts"),
        new(MeasureForm.PartyProbation, "party-probation", "留党察看", "留黨察看", "Party probation"),
        new(MeasureForm.ExpulsionFromParty, "expulsion-from-party", "开除党籍", "開除黨籍", "Expulsion from the Party"),
        new(MeasureForm.GovRemoval, "gov-removal", "撤职", "撤職", "Removal from office"),
        new(MeasureForm.GovDismissal, "gov-dismissal", "开除", "開除", "Dismissal"),
        new(MeasureForm.TransferToJudiciary, "transfer-to-judiciary", "移送司法机关", "移送司法機關", "Transfer to judicial authorities"),
    ]);

    internal static readonly VocabularyTerms<Responsibility> ResponsibilityTerms = new(
    [
        new(Responsibility.Direct, "direct", "直接责任", "直接責任", "Direct responsibility"),
        new(Responsibility.MainLeadership, "main-leadership", "主要领导责任", "主要領導責任", "Main leadership responsibility"),
        new(Responsibility.ImportantLeadership, "important-leadership", "重要领导责任", "重要領導責任", "Important leadership responsibility"),
    ]);

    internal static readonly VocabularyTerms<FourForms> FourFormsTerms = new(
    [
        new(FourForms.First, "first", "第一种形态", "第一種形態", "First form"),
        new(FourForms.Second, "second", "第二种形态", "第二種形態", "Second form"),
        new(FourForms.Third, "third", "第三种形态", "第三種形態", "Third form"),
        new(FourForms.Fourth, "fourth", "第四种形态", "第四種形態", "Fourth form"),
    ]);

    internal static readonly VocabularyTerms<Disclosure> DisclosureTerms = new(
    [
        new(Disclosure.Full, "full", "实名", "實名", "Full name"),
        new(Disclosure.Masked, "masked", "隐名", "隱名", "Masked (surname + 某)"),
        new(Disclosure.Hidden, "hidden", "不公开", "不公開", "Hidden"),
    ]);

    internal static readonly VocabularyTerms<RoundEventKind> RoundEventKindTerms = new(
    [
        new(RoundEventKind.Meeting, "meeting", "会议", "會議", "Meeting"),
        new(RoundEventKind.Deployment, "deployment", "工作部署", "工作部署", "Deployment"),
        new(RoundEventKind.Guidance, "guidance", "督导指导", "督導指導", "Guidance"),
        new(RoundEventKind.Notice, "notice", "通报", "通報", "Notice"),
        new(RoundEventKind.Report, "report", "报告", "報告", "Report"),
        new(RoundEventKind.Other, "other", "其他", "其他", "Other"),
    ]);
}
