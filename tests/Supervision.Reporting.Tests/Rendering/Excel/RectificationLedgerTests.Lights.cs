using Supervision.Reporting.Domain;
using Supervision.Reporting.Rendering.Excel;
using Supervision.Reporting.Tests.Support;
using static Supervision.Reporting.Tests.Rendering.Excel.LedgerReader;
using static Supervision.Reporting.Tests.Support.TestRounds;

namespace Supervision.Reporting.Tests.Rendering.Excel;

public sealed partial class RectificationLedgerTests
{
    private const int DeadlineColumn = 13;
    private const int StatusColumn = 14;
    private const int OverdueColumn = 18;
    private const int RemarksColumn = 20;

    // Five open problems assigned 11-14, seen on Wednesday 2022-11-30: plain overdue; extended on 11-25 past the
    // date; extended only after the date; due within three working days; ongoing; plus one done.
    private static SupervisionRound LightsRound()
    {
        var round = TestRounds.Minimal();
        var template = round.Finding();
        Finding Open(string id, Func<Rectification, Rectification> change) => template with
        {
            Id = id,
            Rectification = change(template.Rectification! with
            {
                Status = RectificationStatus.InProgress,
                CompletedOn = null,
                ClosedOn = null,
                Mode = RectificationMode.TimeLimited,
            }),
        };

        return round with
        {
            Findings =
            [
                Open("overdue", r => r with { Deadline = D(11, 21) }),
                Open("extended", r => r with { Deadline = D(11, 21), Extensions = [new DeadlineExtension { GrantedOn = D(11, 25), NewDeadline = D(12, 15), Reason = "需协调上级部门" }] }),
                Open("extended-later", r => r with { Deadline = D(11, 21), Extensions = [new DeadlineExtension { GrantedOn = D(12, 1), NewDeadline = D(12, 15) }] }),
                Open("due-soon", r => r with { Deadline = D(12, 2) }),
                Open("ongoing", r => r with { Deadline = null, Mode = RectificationMode.Ongoing }),
                template,
            ],
            Measures = [],
            Notices = [],
        };
    }

    [Fact]
    public void RectificationLedger_Write_AsOfDate_OverdueDaysFollowTheEffectiveDeadline()
    {
        var (bytes, _) = Write(LightsRound(), Options(D(11, 30)));

        var rows = DetailRows(bytes).ToDictionary(r => Str(r[1]));
        rows["overdue"][OverdueColumn].Should().Be(9d, "the deadline 11-21 passed nine days before 11-30");
        Date(rows["overdue"][DeadlineColumn]).Should().Be(D(11, 21));
        rows["extended"][OverdueColumn].Should().BeNull("the deadline was extended on 11-25 to 12-15");
        Date(rows["extended"][DeadlineColumn]).Should().Be(D(12, 15));
        Str(rows["extended"][RemarksColumn]).Should().Be("2022年11月25日延期至2022年12月15日（需协调上级部门）");
        rows["extended-later"][OverdueColumn].Should().Be(9d, "an extension granted after the as-of date does not count yet");
        Date(rows["extended-later"][DeadlineColumn]).Should().Be(D(11, 21));
        rows["due-soon"][OverdueColumn].Should().BeNull();
        Str(rows["f001"][StatusColumn]).Should().Be("已销号");
    }

    [Fact]
    public void RectificationLedger_Write_AsOfDate_RowsFilledWithTheirDeadlineLight()
    {
        var (bytes, _) = Write(LightsRound(), Options(D(11, 30)));

        string FillOf(int index) => RowFills(bytes, LedgerWriter.DetailHeaderRow + 1 + index).Distinct().Single();
        FillOf(0).Should().Be(LedgerStyles.RedFill, "overdue");
        FillOf(1).Should().Be(string.Empty, "extended to 12-15: open, not due soon");
        FillOf(2).Should().Be(LedgerStyles.RedFill, "the extension comes after the as-of date");
        FillOf(3).Should().Be(LedgerStyles.YellowFill, "12-02 is two working days after 11-30");
        FillOf(4).Should().Be(LedgerStyles.BlueFill, "ongoing");
        FillOf(5).Should().Be(LedgerStyles.GreenFill, "closed");
    }

    [Fact]
    public void RectificationLedger_Write_LaterAsOfDate_ExtendedProblemTurnsRed()
    {
        var (bytes, _) = Write(LightsRound(), Options(D(12, 20)));

        var rows = DetailRows(bytes).ToDictionary(r => Str(r[1]));
        rows["extended"][OverdueColumn].Should().Be(5d, "12-15 passed five days before 12-20");
        RowFills(bytes, LedgerWriter.DetailHeaderRow + 2).Distinct().Single().Should().Be(LedgerStyles.RedFill);
    }

    [Fact]
    public void RectificationLedger_Write_DueSoonThreshold_IsConfigurable()
    {
        var (bytes, _) = Write(LightsRound(), Options(D(11, 30)) with { Analytics = new Supervision.Reporting.AnalyticsOptions { DueSoonWorkingDays = 1 } });

        RowFills(bytes, LedgerWriter.DetailHeaderRow + 4).Distinct().Single().Should().Be(string.Empty, "12-02 is two working days away, beyond a threshold of one");
    }
}
