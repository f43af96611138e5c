using NodaTime;
using Supervision.Reporting.Calendar;
using Supervision.Reporting.Domain;
using Supervision.Reporting.Rendering.Excel;
using Supervision.Reporting.Tests.Support;
using static Supervision.Reporting.Tests.Rendering.Excel.LedgerReader;

namespace Supervision.Reporting.Tests.Rendering.Excel;

public sealed partial class RectificationLedgerTests
{
    private static readonly LocalDate GuilinAsOf = new(2022, 11, 30);

    [Fact]
    public void RectificationLedger_Write_GuilinExample_ValidatesWithoutErrors()
    {
        var (bytes, _) = Write(Example.Guilin, Options(GuilinAsOf));

        ValidationErrors(bytes).Should().BeEmpty();
    }

    [Fact]
    public void RectificationLedger_Write_GuilinExample_EveryDetailRowEqualsItsFinding()
    {
        var round = Example.Guilin;
        var calendar = WorkingDayCalendar.China;
        var (bytes, result) = Write(round, Options(GuilinAsOf));

        var rows = DetailRows(bytes);
        var violations = round.Findings.Where(f => f.IsViolation && f.FoundOn <= GuilinAsOf).ToList();
        violations.Should().HaveCount(68, "the example has 68 violations, all found in November");
        result.FindingRows.Should().Be(violations.Count);
        rows.Should().HaveCount(violations.Count);
        var headers = Headers(bytes);
        int Col(string header) => headers.ToList().IndexOf(header);
        for (var i = 0; i < violations.Count; i++)
        {
            var f = violations[i];
            var r = f.Rectification!;
            var row = rows[i];
            Convert.ToInt32(row[Col("序号")], System.Globalization.CultureInfo.InvariantCulture).Should().Be(i + 1);
            Str(row[Col("问题编号")]).Should().Be(f.Id);
            Date(row[Col("发现日期")]).Should().Be(f.FoundOn);
            Str(row[Col("被检查单位")]).Should().Be(f.UnitId is null ? string.Empty : round.FindUnit(f.UnitId)!.Name);
            Str(row[Col("责任单位")]).Should().Be(f.ResponsibleUnitId is null ? string.Empty : round.FindUnit(f.ResponsibleUnitId)!.Name);
            Str(row[Col("问题类别")]).Should().Be(round.CategoryTitle(f.CategoryCode));
            Date(row[Col("交办日期")]).Should().Be(r.AssignedOn);
            Date(row[Col("整改时限")]).Should().Be(r.EffectiveDeadline(GuilinAsOf, calendar));
            Str(row[Col("整改状态")]).Should().Be(Vocabulary.Label(r.StatusAsOf(GuilinAsOf)));
            Date(row[Col("完成日期")]).Should().Be(r.IsRectifiedAsOf(GuilinAsOf) ? r.CompletedOn : null);
            Date(row[Col("销号日期")]).Should().Be(r.IsClosedAsOf(GuilinAsOf) ? r.ClosedOn : null);
            var overdue = r.DaysOverdue(GuilinAsOf, calendar);
            (row[Col("逾期天数")] is null ? 0 : Convert.ToInt32(row[Col("逾期天数")], System.Globalization.CultureInfo.InvariantCulture)).Should().Be(overdue);
            Str(row[Col("问题描述")]).Should().StartWith(f.Summary);
        }

        rows.Count(r => r[Col("逾期天数")] is not null).Should().BeGreaterThan(0, "some problems are overdue on 2022-11-30");
    }

    [Fact]
    public void RectificationLedger_Write_GuilinExample_WritesTheFourSheets()
    {
        var (bytes, result) = Write(Example.Guilin, Options(GuilinAsOf));

        var sheets = Read(bytes);
        sheets.Select(s => s.Name).Should().Equal("整改台账", "汇总", "问责情况", "说明");
        Str(sheets[0].Rows[0][0]).Should().Be("桂林市纪委监委疫情防控专项监督问题整改台账");
        Str(sheets[0].Rows[1][0]).Should().Be("截至2022年11月30日");
        var measures = Example.Guilin.Measures.Where(m => m.DecidedOn <= GuilinAsOf).ToList();
        result.MeasureRows.Should().Be(measures.Count).And.Be(17);
        sheets[2].Rows.Skip(LedgerWriter.DetailHeaderRow).Select(r => Str(r[4]))
            .Should().Equal(measures.Select(m => Vocabulary.Label(m.Form)));
        var summary = sheets[1].Rows.Select(r => r.Select(Str).ToArray()).ToList();
        summary.Where(r => r[0] == "合计").Should().HaveCount(3).And.OnlyContain(r => r[1] == "68");
    }

    [Fact]
    public void RectificationLedger_Write_SameInputTwice_GivesIdenticalBytes()
    {
        var first = Write(Example.Guilin, Options(GuilinAsOf)).Bytes;
        var second = Write(Example.Guilin, Options(GuilinAsOf)).Bytes;

        second.Should().Equal(first);
    }

    [Fact]
    public void RectificationLedger_Write_InParallel_GivesTheSequentialBytes()
    {
        var sequential = Write(Example.Guilin, Options(GuilinAsOf)).Bytes;
        var parallel = new byte[12][];

        Parallel.For(0, parallel.Length, i => parallel[i] = Write(Example.Guilin, Options(GuilinAsOf)).Bytes);

        parallel.Should().OnlyContain(bytes => bytes.SequenceEqual(sequential));
    }

    [Fact]
    public void RectificationLedger_Write_NonSeekableOutput_WritesAValidPackage()
    {
        using var buffer = new MemoryStream();
        using (var forwardOnly = new ForwardOnlyStream(buffer))
        {
            RectificationLedger.Write(Example.Guilin, forwardOnly, Options(GuilinAsOf));
        }

        ValidationErrors(buffer.ToArray()).Should().BeEmpty();
        DetailRows(buffer.ToArray()).Should().HaveCount(68);
    }

    [Fact]
    public void RectificationLedger_Write_EmptyRound_WritesHeadersOnly()
    {
        var round = TestRounds.Minimal() with { Findings = [], Measures = [], Notices = [] };

        var (bytes, result) = Write(round, Options(TestRounds.D(11, 30)));

        result.FindingRows.Should().Be(0);
        ValidationErrors(bytes).Should().BeEmpty();
        DetailRows(bytes).Should().BeEmpty();
    }

    [Fact]
    public void RectificationLedger_Write_FindingAfterAsOf_IsLeftOut()
    {
        var round = TestRounds.Minimal();

        var (bytes, result) = Write(round, Options(TestRounds.D(11, 12)));

        result.FindingRows.Should().Be(0, "f001 was found on 11-13");
        DetailRows(bytes).Should().BeEmpty();
    }

    [Fact]
    public void LedgerOptions_InvalidValues_ThrowWhenSet()
    {
        var options = Options(TestRounds.D(11, 30));

        FluentActions.Invoking(() => options with { Analytics = null! }).Should().Throw<ArgumentNullException>().WithParameterName("value");
        FluentActions.Invoking(() => options with { Paper = (LedgerPaper)7 }).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*not a defined LedgerPaper*");
        FluentActions.Invoking(() => options with { OptionalColumns = (LedgerOptionalColumns)1024 }).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => options with { Title = new string('题', 201) }).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void RectificationLedger_WriteFile_WritesTheWholeFile()
    {
        var folder = Directory.CreateTempSubdirectory();
        try
        {
            var path = Path.Combine(folder.FullName, "ledger.xlsx");

            RectificationLedger.WriteFile(Example.Guilin, path, Options(GuilinAsOf));

            folder.GetFiles().Select(f => f.Name).Should().Equal("ledger.xlsx");
            File.ReadAllBytes(path).Should().Equal(Write(Example.Guilin, Options(GuilinAsOf)).Bytes);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void RectificationLedger_Write_UnderASynchronizationContext_NeverPostsToIt()
    {
        // A UI or classic ASP.NET caller blocks its context thread in Write; a continuation posted there would deadlock.
        var context = new RecordingContext();
        var previous = SynchronizationContext.Current;
        SynchronizationContext.SetSynchronizationContext(context);
        try
        {
            Write(Example.Guilin, Options(GuilinAsOf));
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(previous);
        }

        context.Posts.Should().Be(0);
    }

    [Fact]
    public async Task RectificationLedger_WriteAsync_GivesTheSameBytesAsWrite()
    {
        using var stream = new MemoryStream();

        var result = await RectificationLedger.WriteAsync(Example.Guilin, stream, Options(GuilinAsOf));

        stream.ToArray().Should().Equal(Write(Example.Guilin, Options(GuilinAsOf)).Bytes);
        result.FindingRows.Should().Be(68);
    }

    [Fact]
    public async Task RectificationLedger_WriteAsync_Cancelled_Throws()
    {
        using var stream = new MemoryStream();
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        var act = () => RectificationLedger.WriteAsync(Example.Guilin, stream, Options(GuilinAsOf), cancellationToken: cancellation.Token);

        await act.Should().ThrowAsync<OperationCanceledException>();
    }

    private sealed class RecordingContext : SynchronizationContext
    {
        private int posts;

        public int Posts => posts;

        public override void Post(SendOrPostCallback d, object? state)
        {
            Interlocked.Increment(ref posts);
            base.Post(d, state);
        }
    }

    private sealed class ForwardOnlyStream(Stream inner) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush() => inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);
    }
}
