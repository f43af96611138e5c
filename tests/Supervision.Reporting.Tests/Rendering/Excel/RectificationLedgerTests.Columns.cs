using Supervision.Reporting.Domain;
using Supervision.Reporting.Rendering.Excel;
using Supervision.Reporting.Tests.Support;
using static Supervision.Reporting.Tests.Rendering.Excel.LedgerReader;

namespace Supervision.Reporting.Tests.Rendering.Excel;

public sealed partial class RectificationLedgerTests
{
    // DESIGN §8, in the contract's order.
    private static readonly string[] ZhHansHeaders =
    [
        "序号", "问题编号", "检查组", "发现日期", "被检查单位", "问题类别", "监督重点", "问题描述", "责任单位", "责任人", "整改方式",
        "整改措施", "交办日期", "整改时限", "整改状态", "整改进展", "完成日期", "销号日期", "逾期天数", "问责情况", "备注",
    ];

    private static readonly string[] ZhHantHeaders =
    [
        "序號", "問題編號", "檢查組", "發現日期", "被檢查單位", "問題類別", "監督重點", "問題描述", "責任單位", "責任人", "整改方式",
        "整改措施", "交辦日期", "整改時限", "整改狀態", "整改進展", "完成日期", "銷號日期", "逾期天數", "問責情況", "備註",
    ];

    private static readonly string[] EnglishHeaders =
    [
        "No.", "Finding ID", "Inspection group", "Found on", "Inspected unit", "Category", "Focus area", "Description",
        "Responsible unit", "Responsible people", "Rectification mode", "Rectification measures", "Assigned on", "Deadline",
        "Status", "Progress", "Completed on", "Closed on", "Days overdue", "Accountability", "Remarks",
    ];

    public static TheoryData<Language, string[], string> HeaderCases() => new()
    {
        { Language.ZhHans, ZhHansHeaders, "整改台账" },
        { Language.ZhHant, ZhHantHeaders, "整改臺賬" },
        { Language.English, EnglishHeaders, "Ledger" },
    };

    [Theory]
    [MemberData(nameof(HeaderCases))]
    public void RectificationLedger_Write_Language_HeadersInContractOrder(Language language, string[] expected, string sheet)
    {
        var (bytes, _) = Write(Example.Guilin, Options(GuilinAsOf) with { Language = language });

        Headers(bytes).Should().Equal(expected);
        Read(bytes)[0].Name.Should().Be(sheet);
        RectificationLedger.DetailHeaders(language, LedgerOptionalColumns.All).Should().Equal(expected);
        ValidationErrors(bytes).Should().BeEmpty();
    }

    [Fact]
    public void RectificationLedger_Write_English_StatusLabelsAndDropDownInEnglish()
    {
        var (bytes, _) = Write(Example.Guilin, Options(GuilinAsOf) with { Language = Language.English });

        var status = Array.IndexOf(EnglishHeaders, "Status");
        DetailRows(bytes).Select(r => Str(r[status])).Distinct().Should().BeSubsetOf(["Open", "In progress", "Rectified", "Closed"]);
        Parts(bytes)["xl/worksheets/sheet1.xml"].Should().Contain("\"Open,In progress,Rectified,Closed\"");
    }

    [Fact]
    public void RectificationLedger_Write_OptionalColumnsOff_LeavesOnlyRequiredColumnsInOrder()
    {
        var (bytes, _) = Write(Example.Guilin, Options(GuilinAsOf) with { OptionalColumns = LedgerOptionalColumns.None });

        Headers(bytes).Should().Equal(ZhHansHeaders.Except(["检查组", "监督重点", "整改措施", "整改进展", "问责情况", "备注"]));
        ValidationErrors(bytes).Should().BeEmpty();
    }
}
