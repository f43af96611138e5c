using Supervision.Reporting.Domain;

namespace Supervision.Reporting.Rendering.Excel;

// Every fixed text of the ledger in the three languages, in one place so that the importer and the tests
// can ask for the same headers the writer uses.
internal static class LedgerText
{
    public static string Pick(Language language, string zhHans, string zhHant, string english) => language switch
    {
        Language.ZhHant => zhHant,
        Language.English => english,
        _ => zhHans,
    };

    public static string Header(LedgerColumn column, Language language) => column switch
    {
        LedgerColumn.Number => Pick(language, "序号", "序號", "No."),
        LedgerColumn.FindingId => Pick(language, "问题编号", "問題編號", "Finding ID"),
        LedgerColumn.Group => Pick(language, "检查组", "檢查組", "Inspection group"),
        LedgerColumn.FoundOn => Pick(language, "发现日期", "發現日期", "Found on"),
        LedgerColumn.InspectedUnit => Pick(language, "被检查单位", "被檢查單位", "Inspected unit"),
        LedgerColumn.Category => Pick(language, "问题类别", "問題類別", "Category"),
        LedgerColumn.FocusArea => Pick(language, "监督重点", "監督重點", "Focus area"),
        LedgerColumn.Description => Pick(language, "问题描述", "問題描述", "Description"),
        LedgerColumn.ResponsibleUnit => Pick(language, "责任单位", "責任單位", "Responsible unit"),
        LedgerColumn.ResponsiblePeople => Pick(language, "责任人", "責任人", "Responsible people"),
        LedgerColumn.SupervisingLeader => Pick(language, "分管领导", "分管領導", "Supervising leader"),
        LedgerColumn.LeadOffice => Pick(language, "牵头科室", "牽頭科室", "Lead office"),
        LedgerColumn.Mode => Pick(language, "整改方式", "整改方式", "Rectification mode"),
        LedgerColumn.Measures => Pick(language, "整改措施", "整改措施", "Rectification measures"),
        LedgerColumn.AssignedOn => Pick(language, "交办日期", "交辦日期", "Assigned on"),
        LedgerColumn.Deadline => Pick(language, "整改时限", "整改時限", "Deadline"),
        LedgerColumn.Status => Pick(language, "整改状态", "整改狀態", "Status"),
        LedgerColumn.Progress => Pick(language, "整改进展", "整改進展", "Progress"),
        LedgerColumn.Evidence => Pick(language, "佐证材料", "佐證材料", "Evidence"),
        LedgerColumn.CompletedOn => Pick(language, "完成日期", "完成日期", "Completed on"),
        LedgerColumn.ClosedOn => Pick(language, "销号日期", "銷號日期", "Closed on"),
        LedgerColumn.VerifiedBy => Pick(language, "验收人", "驗收人", "Verified by"),
        LedgerColumn.VerifiedOn => Pick(language, "验收日期", "驗收日期", "Verified on"),
        LedgerColumn.DaysOverdue => Pick(language, "逾期天数", "逾期天數", "Days overdue"),
        LedgerColumn.Accountability => Pick(language, "问责情况", "問責情況", "Accountability"),
        LedgerColumn.Remarks => Pick(language, "备注", "備註", "Remarks"),
        _ => throw new ArgumentOutOfRangeException(nameof(column)),
    };

    public static string Meaning(LedgerColumn column, Language language) => column switch
    {
        LedgerColumn.Number => Pick(language, "行号，从1开始", "行號，從1開始", "Row number, from 1"),
        LedgerColumn.FindingId => Pick(language, "问题的唯一编号，回收台账时据此匹配，请勿修改", "問題的唯一編號，回收台賬時據此匹配，請勿修改", "The finding's unique id; returned ledgers are matched on it — do not edit"),
        LedgerColumn.Group => Pick(language, "发现问题的监督检查组", "發現問題的監督檢查組", "The group whose inspection found the problem"),
        LedgerColumn.FoundOn => Pick(language, "发现问题的日期", "發現問題的日期", "The date the problem was found"),
        LedgerColumn.InspectedUnit => Pick(language, "发现问题的被检查单位", "發現問題的被檢查單位", "The unit where the problem was found"),
        LedgerColumn.Category => Pick(language, "问题类别", "問題類別", "The category of the problem"),
        LedgerColumn.FocusArea => Pick(language, "对应的监督重点", "對應的監督重點", "The supervision focus area"),
        LedgerColumn.Description => Pick(language, "问题概要及具体情况", "問題概要及具體情況", "Summary and details of the problem"),
        LedgerColumn.ResponsibleUnit => Pick(language, "负责整改的单位", "負責整改的單位", "The unit responsible for rectification"),
        LedgerColumn.ResponsiblePeople => Pick(language, "问题的责任人", "問題的責任人", "The people responsible"),
        LedgerColumn.SupervisingLeader => Pick(language, "督促整改的分管领导（一个问题、一名领导、一个科室）", "督促整改的分管領導（一個問題、一名領導、一個科室）", "The leader who supervises the rectification (one problem, one leader, one office)"),
        LedgerColumn.LeadOffice => Pick(language, "牵头整改的科室", "牽頭整改的科室", "The office that leads the rectification"),
        LedgerColumn.Mode => Pick(language, "立行立改、限期整改或长期坚持", "立行立改、限期整改或長期堅持", "Immediate, time-limited or ongoing"),
        LedgerColumn.Measures => Pick(language, "整改措施", "整改措施", "The rectification measures"),
        LedgerColumn.AssignedOn => Pick(language, "反馈交办整改的日期", "反饋交辦整改的日期", "The date rectification was assigned"),
        LedgerColumn.Deadline => Pick(language, "截至统计日期有效的整改时限（含延期）", "截至統計日期有效的整改時限（含延期）", "The deadline in force on the as-of date (extensions included)"),
        LedgerColumn.Status => Pick(language, "截至统计日期的整改状态（可从下拉列表选择）", "截至統計日期的整改狀態（可從下拉列表選擇）", "The status on the as-of date (pick from the drop-down list)"),
        LedgerColumn.Progress => Pick(language, "统计日期前最近一次整改进展", "統計日期前最近一次整改進展", "The latest progress report on or before the as-of date"),
        LedgerColumn.Evidence => Pick(language, "佐证材料，每行一项：名称（文件名或档案号，日期）；新增一行即新增一项", "佐證材料，每行一項：名稱（文件名或檔案號，日期）；新增一行即新增一項", "Evidence, one item a line: title (file or reference, date); a new line adds an item"),
        LedgerColumn.CompletedOn => Pick(language, "整改完成日期", "整改完成日期", "The date rectification was completed"),
        LedgerColumn.ClosedOn => Pick(language, "验收销号日期", "驗收銷號日期", "The date the problem was closed"),
        LedgerColumn.VerifiedBy => Pick(language, "销号前验收的单位或人员", "銷號前驗收的單位或人員", "Who verified the rectification before closure"),
        LedgerColumn.VerifiedOn => Pick(language, "验收日期（与验收人一并填写）", "驗收日期（與驗收人一併填寫）", "The date of the verification (filled in with Verified by)"),
        LedgerColumn.DaysOverdue => Pick(language, "截至统计日期超过整改时限的自然日天数", "截至統計日期超過整改時限的自然日天數", "Calendar days past the deadline on the as-of date"),
        LedgerColumn.Accountability => Pick(language, "统计日期前作出的问责处理", "統計日期前作出的問責處理", "Accountability measures decided on or before the as-of date"),
        LedgerColumn.Remarks => Pick(language, "统计日期前批准的延期及理由", "統計日期前批准的延期及理由", "Deadline extensions granted on or before the as-of date, with reasons"),
        _ => throw new ArgumentOutOfRangeException(nameof(column)),
    };

    public static string DetailSheet(Language language) => Pick(language, "整改台账", "整改臺賬", "Ledger");

    public static string SummarySheet(Language language) => Pick(language, "汇总", "彙總", "Summary");

    public static string MeasuresSheet(Language language) => Pick(language, "问责情况", "問責情況", "Accountability");

    public static string NotesSheet(Language language) => Pick(language, "说明", "說明", "Notes");

    public static string TitleSuffix(Language language) => Pick(language, "问题整改台账", "問題整改臺賬", " — rectification ledger");

    public static string SplitTitleSuffix(Language language) => Pick(language, "问题整改清单", "問題整改清單", " — rectification list");

    // The 说明 rows of a split workbook: the scope in words, and its reference that a batch import reads back.
    public static string ScopeLabel(Language language) => Pick(language, "清单范围", "清單範圍", "Scope");

    public static string ScopeReferenceLabel(Language language) => Pick(language, "范围编号", "範圍編號", "Scope id");

    public static string RoundIdLabel(Language language) => Pick(language, "数据编号", "數據編號", "Round id");

    public static string ScopeKind(LedgerSplit by, Language language) => by switch
    {
        LedgerSplit.Area => Pick(language, "地区", "地區", "Area"),
        LedgerSplit.Group => Pick(language, "检查组", "檢查組", "Inspection group"),
        _ => Pick(language, "责任单位", "責任單位", "Responsible unit"),
    };

    public static string AsOfLine(NodaTime.LocalDate date, Language language) => language == Language.English
        ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"As of {date:uuuu-MM-dd}")
        : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Pick(language, "截至", "截至", string.Empty)}{date.Year}年{date.Month}月{date.Day}日");

    public static string DateFormat(Language language) => language == Language.English ? "yyyy-mm-dd" : "yyyy\"年\"m\"月\"d\"日\"";

    public static string PublicEdition(Language language) => Pick(language, "（公开版）", "（公開版）", " (public edition)");

    public static string Total(Language language) => Pick(language, "合计", "合計", "Total");
}
