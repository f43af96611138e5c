using Supervision.Reporting.Privacy;
using NodaTime;
using Supervision.Reporting.Domain;
using Supervision.Reporting.Rendering.Excel;
using Supervision.Reporting.Rendering.Excel.Import;
using Supervision.Reporting.Tests.Support;
using static Supervision.Reporting.Tests.Support.TestRounds;

namespace Supervision.Reporting.Tests.Rendering.Excel.Import;

public sealed partial class LedgerImportTests
{
    internal static byte[] Ledger(SupervisionRound round, LocalDate asOf, Language language = Language.ZhHans, Audience audience = Audience.Internal)
    {
        using var stream = new MemoryStream();
        RectificationLedger.Write(round, stream, new LedgerOptions { AsOf = asOf, Language = language, Audience = audience });
        return stream.ToArray();
    }

    internal static ImportedRound Import(SupervisionRound round, byte[] workbook, LocalDate reportedOn)
    {
        using var stream = new MemoryStream(workbook, writable: false);
        return LedgerImport.Import(round, stream, new LedgerImportOptions { ReportedOn = reportedOn }).Value!;
    }

    [Fact]
    public void LedgerImport_Import_UntouchedGuilinLedger_NoChangesAndAnEqualRound()
    {
        var round = Example.Guilin;
        var result = Import(round, Ledger(round, D(11, 30)), D(12, 5));

        result.Changes.Applied.Should().BeEmpty();
        result.Changes.Rejected.Should().BeEmpty();
        result.Changes.Conflicts.Should().BeEmpty();
        result.Changes.UnknownIds.Should().BeEmpty();
        result.Changes.Missing.Should().BeEmpty();
        result.Changes.Formulas.Should().BeEmpty();
        result.Changes.IgnoredEdits.Should().BeEmpty();
        result.Changes.Unchanged.Should().HaveCount(round.Findings.Count(f => f.IsViolation));
        result.Changes.LedgerAsOf.Should().Be(D(11, 30));
        result.Round.Should().Be(round);
        result.Round.Should().BeSameAs(round);
    }

    [Fact]
    public void LedgerImport_Import_UntouchedLedgerResavedByAnotherWriter_NoChanges()
    {
        var round = Example.Guilin;
        var resaved = ReturnedWorkbook.FromLedger(Ledger(round, D(11, 30))).ToXlsx();

        var result = Import(round, resaved, D(12, 5));

        result.Changes.Applied.Should().BeEmpty();
        result.Changes.Rejected.Should().BeEmpty();
        result.Changes.IgnoredEdits.Should().BeEmpty();
        result.Round.Should().Be(round);
    }

    [Fact]
    public void LedgerImport_Import_LedgerAsOfAnEarlierDay_LaterDataInTheRoundIsNotAChange()
    {
        // As of 11-20 the ledger shows f009 open with no completion; the round has completion 11-24 since.
        var round = Example.Guilin;
        var result = Import(round, Ledger(round, D(11, 20)), D(12, 5));

        result.Changes.LedgerAsOf.Should().Be(D(11, 20));
        result.Changes.Applied.Should().BeEmpty();
        result.Changes.Rejected.Should().BeEmpty();
        result.Changes.Conflicts.Should().BeEmpty();
        result.Round.Should().Be(round);
    }

    [Theory]
    [InlineData(Language.ZhHant, Audience.Internal)]
    [InlineData(Language.English, Audience.Internal)]
    [InlineData(Language.ZhHans, Audience.Public)]
    public void LedgerImport_Import_UntouchedLedgerInAnyLanguageOrEdition_NoChanges(Language language, Audience audience)
    {
        var round = Example.Guilin;
        var result = Import(round, Ledger(round, D(11, 30), language, audience), D(12, 5));

        result.Changes.Applied.Should().BeEmpty();
        result.Changes.Rejected.Should().BeEmpty();
        result.Changes.IgnoredEdits.Should().BeEmpty();
        result.Round.Should().Be(round);
    }

    [Fact]
    public void LedgerImport_Import_SameEditedFileTwice_SecondImportChangesNothing()
    {
        var round = Example.Guilin;
        var book = ReturnedWorkbook.FromLedger(Ledger(round, D(11, 30)))
            .Set("f003", "整改进展", "已完成整改")
            .Set("f015", "整改状态", "整改中")
            .Set("f032", "备注", "已申请延期");
        var bytes = book.ToXlsx();

        var first = Import(round, bytes, D(12, 5));
        var second = Import(first.Round, bytes, D(12, 6));

        first.Changes.ChangedFindings.Should().Be(3);
        second.Changes.Applied.Should().BeEmpty();
        second.Changes.Conflicts.Should().BeEmpty();
        second.Round.Should().Be(first.Round);
    }

    [Fact]
    public void LedgerImport_Import_Changes_InputRoundAndFileUntouched()
    {
        var round = Example.Guilin;
        var json = Supervision.Reporting.RoundJson.Serialize(round);
        var bytes = ReturnedWorkbook.FromLedger(Ledger(round, D(11, 30))).Set("f015", "整改状态", "整改中").ToXlsx();
        var copy = (byte[])bytes.Clone();

        var result = Import(round, bytes, D(12, 5));

        result.Changes.Applied.Should().NotBeEmpty();
        Supervision.Reporting.RoundJson.Serialize(round).Should().Be(json);
        bytes.Should().Equal(copy);
    }

    [Fact]
    public void LedgerImport_Import_NotAWorkbook_NoValueAndOneError()
    {
        using var stream = new MemoryStream("not a workbook at all"u8.ToArray());

        var result = LedgerImport.Import(Example.Guilin, stream, new LedgerImportOptions { ReportedOn = D(12, 5) });

        result.Value.Should().BeNull();
        result.Report.Errors.Should().ContainSingle().Which.Code.Should().Be("unreadable-workbook");
    }

    [Fact]
    public void LedgerImport_Import_WorkbookWithoutLedgerHeader_ErrorNamingTheHeaders()
    {
        using var stream = new MemoryStream(new ReturnedWorkbook("Sheet1", [["a", "b"], [1.0, 2.0]]).ToXlsx());

        var result = LedgerImport.Import(Example.Guilin, stream, new LedgerImportOptions { ReportedOn = D(12, 5) });

        result.IsValid.Should().BeFalse();
        result.Report.Errors.Should().ContainSingle().Which.Message.Should().Match("*问题编号*整改状态*");
    }

    [Fact]
    public void LedgerImport_Import_NonSeekableStream_SameResultAsSeekable()
    {
        var round = Example.Guilin;
        var bytes = ReturnedWorkbook.FromLedger(Ledger(round, D(11, 30))).Set("f015", "整改状态", "整改中").ToXlsx();
        using var stream = new NonSeekableStream(bytes);

        var result = LedgerImport.Import(round, stream, new LedgerImportOptions { ReportedOn = D(12, 5) }).Value!;

        result.Changes.Should().Be(Import(round, bytes, D(12, 5)).Changes);
    }

    private sealed class NonSeekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;

        public override long Position { get => base.Position; set => throw new NotSupportedException(); }

        public override long Seek(long offset, SeekOrigin loc) => throw new NotSupportedException();
    }
}
