using NodaTime;
using Supervision.Reporting.Domain;
using Supervision.Reporting.Rendering.Excel.Import;
using Supervision.Reporting.Tests.Serialization;
using Supervision.Reporting.Tests.Support;
using static Supervision.Reporting.Tests.Support.TestRounds;

namespace Supervision.Reporting.Tests.Rendering.Excel.Import;

// The office columns (分管领导, 牵头科室, 佐证材料, 验收人, 验收日期): written on request, read back by ExcelDataReader,
// and imported from a file edited by another writer (OpenXml SDK).
public sealed class OfficeFieldsLedgerTests
{
    private static readonly LocalDate AsOf = D(11, 30);

    // f001 closed with every office field; f002 rectified, none of them.
    private static SupervisionRound Round()
    {
        var full = OfficeFieldsTests.WithOfficeFields(Minimal());
        var bare = Minimal().Finding() with
        {
            Id = "f002",
            Summary = "值班台账登记不全",
            Rectification = Minimal().Finding().Rectification! with { Status = RectificationStatus.Rectified, ClosedOn = null },
        };
        return full with { Findings = [full.Finding(), bare] };
    }

    private static byte[] Ledger(SupervisionRound round, Audience audience = Audience.Internal, Language language = Language.ZhHans)
    {
        using var stream = new MemoryStream();
        RectificationLedger.Write(round, stream, new LedgerOptions
        {
            AsOf = AsOf,
            Audience = audience,
            Language = language,
            OptionalColumns = LedgerOptionalColumns.All | LedgerOptionalColumns.OfficeFields,
        });
        return stream.ToArray();
    }

    private static ImportedRound Import(SupervisionRound round, byte[] workbook)
    {
        using var stream = new MemoryStream(workbook, writable: false);
        return LedgerImport.Import(round, stream, new LedgerImportOptions { ReportedOn = D(12, 2) }).Value!;
    }

    [Fact]
    public void RectificationLedger_Write_DefaultColumns_HaveNoOfficeColumns()
    {
        using var stream = new MemoryStream();
        RectificationLedger.Write(Round(), stream, new LedgerOptions { AsOf = AsOf });

        LedgerReader.Headers(stream.ToArray()).Should().NotContain(["分管领导", "牵头科室", "佐证材料", "验收人", "验收日期"]);
    }

    [Fact]
    public void RectificationLedger_Write_OfficeFields_ColumnsBesideTheirNeighboursWithTheRoundsValues()
    {
        var bytes = Ledger(Round());

        var headers = LedgerReader.Headers(bytes);
        headers.Should().ContainInOrder("责任人", "分管领导", "牵头科室", "整改方式");
        headers.Should().ContainInOrder("整改进展", "佐证材料", "完成日期", "销号日期", "验收人", "验收日期", "逾期天数");
        LedgerReader.ValidationErrors(bytes).Should().BeEmpty();
        var row = LedgerReader.DetailRows(bytes)[0];
        string Cell(string header) => LedgerReader.Str(row[headers.ToList().IndexOf(header)]);
        Cell("问题编号").Should().Be("f001");
        Cell("分管领导").Should().Be("欧阳某某");
        Cell("牵头科室").Should().Be("黄沙河镇");
        Cell("佐证材料").Should().Be("检查站24小时值守排班表（排班表.xlsx，2022-11-16）\n整改情况报告");
        Cell("验收人").Should().Be("第一监督检查组");
        LedgerReader.Date(row[headers.ToList().IndexOf("验收日期")]).Should().Be(D(11, 19));
    }

    [Fact]
    public void RectificationLedger_Write_PublicAudience_MasksTheSupervisingLeader()
    {
        var bytes = Ledger(Round(), Audience.Public);

        var headers = LedgerReader.Headers(bytes).ToList();
        LedgerReader.Str(LedgerReader.DetailRows(bytes)[0][headers.IndexOf("分管领导")]).Should().Be("欧阳某");
    }

    [Theory]
    [InlineData(Language.ZhHant, "分管領導", "佐證材料", "驗收日期")]
    [InlineData(Language.English, "Supervising leader", "Evidence", "Verified on")]
    public void RectificationLedger_Write_OfficeFields_HeadersInEachLanguage(Language language, string leader, string evidence, string verifiedOn)
    {
        LedgerReader.Headers(Ledger(Round(), language: language)).Should().Contain([leader, evidence, verifiedOn]);
    }

    [Fact]
    public void LedgerImport_UntouchedOfficeColumns_ChangeNothing()
    {
        var round = Round();

        var result = Import(round, ReturnedWorkbook.FromLedger(Ledger(round)).ToXlsx());

        result.Changes.Applied.Should().BeEmpty();
        result.Changes.Rejected.Should().BeEmpty();
        result.Round.Should().Be(round);
    }

    [Fact]
    public void LedgerImport_EditedOfficeColumns_AreApplied_AndReimportChangesNothing()
    {
        var round = Round();
        var book = ReturnedWorkbook.FromLedger(Ledger(round))
            .Set("f002", "分管领导", "张某某")
            .Set("f002", "牵头科室", "全州县")
            .Set("f002", "佐证材料", "整改报告（报告.pdf，2022-11-25）\n现场照片")
            .Set("f002", "验收人", "第二监督检查组")
            .Set("f002", "验收日期", D(11, 26))
            .Set("f001", "佐证材料", "检查站24小时值守排班表（排班表.xlsx，2022-11-16）\n整改情况报告\n复查记录（2022年11月19日）");

        var result = Import(round, book.ToXlsx());

        result.Changes.Rejected.Should().BeEmpty(string.Join("\n", result.Changes.Rejected));
        var f002 = result.Round.FindFinding("f002")!;
        f002.SupervisingLeaderId.Should().Be("p-zhang");
        f002.LeadOfficeId.Should().Be("quanzhou");
        f002.Rectification!.Evidence.Should().Equal(
            new EvidenceItem { Title = "整改报告", File = "报告.pdf", Date = D(11, 25) },
            new EvidenceItem { Title = "现场照片" });
        f002.Rectification.Verification.Should().Be(new ClosureVerification { By = "第二监督检查组", On = D(11, 26) });
        var f001 = result.Round.FindFinding("f001")!.Rectification!;
        f001.Evidence.Should().HaveCount(3);
        f001.Evidence[2].Should().Be(new EvidenceItem { Title = "复查记录", Date = D(11, 19) });
        result.Changes.Applied.Select(c => (c.FindingId, c.Field)).Should().BeEquivalentTo(
        [
            ("f002", ImportField.SupervisingLeader), ("f002", ImportField.LeadOffice), ("f002", ImportField.Evidence),
            ("f002", ImportField.Evidence), ("f002", ImportField.Verification), ("f001", ImportField.Evidence),
        ]);
        RoundValidator.Validate(result.Round).Errors.Should().BeEmpty();

        var again = Import(result.Round, book.ToXlsx());
        again.Changes.Applied.Should().BeEmpty();
        again.Round.Should().Be(result.Round);
    }

    [Fact]
    public void LedgerImport_SupervisingLeaderNamingNoPerson_IsRejectedWithoutQuotingTheName()
    {
        var round = Round();
        var book = ReturnedWorkbook.FromLedger(Ledger(round)).Set("f002", "分管领导", "王某某");

        var result = Import(round, book.ToXlsx());

        var issue = result.Changes.Rejected.Should().ContainSingle().Subject;
        issue.Location.Cell.Should().Be(book.CellOf("f002", "分管领导").Split('!')[1]);
        issue.Message.Should().NotContain("王某某");
        result.Round.Should().Be(round);
    }

    [Fact]
    public void LedgerImport_VerifierWithoutDate_IsRejected()
    {
        var round = Round();
        var book = ReturnedWorkbook.FromLedger(Ledger(round)).Set("f002", "验收人", "第二监督检查组");

        var result = Import(round, book.ToXlsx());

        result.Changes.Rejected.Should().ContainSingle().Which.Message.Should().Contain("验收日期");
        result.Round.FindFinding("f002")!.Rectification!.Verification.Should().BeNull();
    }

    [Fact]
    public void LedgerImport_VerificationBeforeCompletion_IsRejectedByTheRoundsRules()
    {
        var round = Round();
        var book = ReturnedWorkbook.FromLedger(Ledger(round))
            .Set("f002", "验收人", "第二监督检查组")
            .Set("f002", "验收日期", D(11, 17));

        var result = Import(round, book.ToXlsx());

        result.Changes.Rejected.Should().ContainSingle().Which.Location.Cell.Should().Be(book.CellOf("f002", "验收日期").Split('!')[1]);
    }
}
