using Supervision.Reporting.Rendering.Pdf.Layout;
using static Supervision.Reporting.Tests.Rendering.Pdf.LayoutDsl;

namespace Supervision.Reporting.Tests.Rendering.Pdf;

public sealed class PaginatorTests
{
    [Fact]
    public void Paginate_BlocksThatFit_StackOnOnePage()
    {
        Layout(Box("a", 30), Box("b", 30), Box("c", 40))
            .Should().BeEquivalentTo(new[] { new[] { "a@0", "b@30", "c@60" } }, o => o.WithStrictOrdering());
    }

    [Fact]
    public void Paginate_BlockThatDoesNotFit_MovesToNextPage()
    {
        Layout(Box("a", 60), Box("b", 60))
            .Should().BeEquivalentTo(new[] { new[] { "a@0" }, new[] { "b@0" } }, o => o.WithStrictOrdering());
    }

    [Fact]
    public void Paginate_MultiLineBlock_SplitsBetweenLines()
    {
        var pages = Layout(Box("a", 50), Box("p", 100, lines: 10));

        pages.Should().HaveCount(2);
        pages[0].Should().HaveCount(6);   // a + 5 lines
        pages[1].Should().HaveCount(5).And.StartWith("p@0");
    }

    [Fact]
    public void Paginate_KeepWithNextHeadingAtPageBottom_MovesWithItsParagraph()
    {
        var pages = Layout(Box("a", 85), Box("h", 10, keepWithNext: true), Box("p", 30, lines: 3));

        pages[0].Should().Equal("a@0");
        pages[1].Should().Equal("h@0", "p@10", "p@20", "p@30");
    }

    [Fact]
    public void Paginate_KeepWithNextHeadingWithRoomForFirstLine_StaysOnPage()
    {
        var pages = Layout(Box("a", 75), Box("h", 10, keepWithNext: true), Box("p", 30, lines: 3));

        pages[0].Should().Equal("a@0", "h@75", "p@85");
        pages[1].Should().Equal("p@0", "p@10");
    }

    [Fact]
    public void Paginate_PageBreak_StartsNewPageButNotTwice()
    {
        Layout(Box("a", 10), new PageBreak(), new PageBreak(), Box("b", 10))
            .Should().BeEquivalentTo(new[] { new[] { "a@0" }, new[] { "b@0" } }, o => o.WithStrictOrdering());
    }

    [Fact]
    public void Paginate_UnsplittableBlockTallerThanPage_ThrowsNamingElementPath()
    {
        var act = () => Layout(Box("a", 10), Box("big", 150));

        act.Should().Throw<LayoutException>()
            .WithMessage("Document/Placeholder[1]/Line[0]: content 150pt tall cannot fit a page of 100pt");
    }

    [Fact]
    public void Paginate_TableLongerThanPage_RepeatsHeaderOnEveryPage()
    {
        var rows = Enumerable.Range(0, 10).Select(i => (Supervision.Reporting.Rendering.Pdf.Layout.Block)Box("r" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), 20)).ToArray();

        var pages = Layout(Table(20, rows));

        pages.Should().HaveCount(3);
        pages[0].Should().Equal("H@0", "r0@20", "r1@40", "r2@60", "r3@80");
        pages[1].Should().Equal("H@0", "r4@20", "r5@40", "r6@60", "r7@80");
        pages[2].Should().Equal("H@0", "r8@20", "r9@40");
    }

    [Fact]
    public void Paginate_TableHeaderAtPageBottom_MovesWithFirstRow()
    {
        var pages = Layout(Box("a", 85), Table(10, Box("r0", 20)));

        pages[0].Should().Equal("a@0");
        pages[1].Should().Equal("H@0", "r0@10");
    }

    [Fact]
    public void Paginate_TableWithRoomForHeaderAndOneRow_MovesSoTwoRowsFollowTheHeader()
    {
        // 70 pt used: header (10) + r0 (10) fit, r1 would not; a lone first row under a header is an orphan.
        var pages = Layout(Box("a", 70), Table(10, Box("r0", 10), Box("r1", 15), Box("r2", 10)));

        pages[0].Should().Equal("a@0");
        pages[1].Should().Equal("H@0", "r0@10", "r1@20", "r2@35");
    }

    [Fact]
    public void Paginate_CaptionKeptWithTable_MovesWithHeaderAndTwoRows()
    {
        var pages = Layout(Box("a", 60), Box("caption", 10, keepWithNext: true), Table(10, Box("r0", 10), Box("r1", 15), Box("r2", 10)));

        pages[0].Should().Equal("a@0");
        pages[1].Should().Equal("caption@0", "H@10", "r0@20", "r1@30", "r2@45");
    }

    [Fact]
    public void Paginate_TableRowTallerThanSpaceLeft_SplitsAndContinuesAfterRepeatedHeader()
    {
        var pages = Layout(Table(20, Box("r0", 20), Box("long", 80, lines: 8)));

        pages[0].Should().Equal("H@0", "r0@20", "longlonglonglonglonglong@40");
        pages[1].Should().Equal("H@0", "longlong@20");
    }

    [Fact]
    public void Paginate_TableCellThatCanNeverFit_ThrowsNamingTheCell()
    {
        var act = () => Layout(Table(20, Box("r0", 20), Box("huge", 120)));

        act.Should().Throw<LayoutException>()
            .WithMessage("Document/Table[0]/Row[1]/Cell[0]: content 120pt tall cannot fit a page of 80pt");
    }

    [Fact]
    public void Paginate_TableWithRoomForHeaderAndTwoRows_MovesSoThreeRowsFollowTheHeader()
    {
        // 60 pt used: header (10) + r0 + r1 (20) fit, r2 would not: fewer than three rows at a foot.
        var pages = Layout(Box("a", 60), Table(10, Box("r0", 10), Box("r1", 10), Box("r2", 15), Box("r3", 10)));

        pages[0].Should().Equal("a@0");
        pages[1].Should().Equal("H@0", "r0@10", "r1@20", "r2@30", "r3@45");
    }

    [Fact]
    public void Paginate_TableWithRoomForHeaderAndThreeRows_StartsOnThePage()
    {
        var pages = Layout(Box("a", 60), Table(10, Box("r0", 10), Box("r1", 10), Box("r2", 10), Box("r3", 10), Box("r4", 10)));

        pages[0].Should().Equal("a@0", "H@60", "r0@70", "r1@80", "r2@90");
        pages[1].Should().Equal("H@0", "r3@10", "r4@20");
    }

    [Fact]
    public void Paginate_KeptRowsTallerThanAFreshPage_StayWithTheHeaderThatStartedThem()
    {
        // Header and three kept rows need 110 pt of a 100 pt page: placed as far as they go, the header is never
        // left alone on a page of its own.
        var pages = Layout(Box("a", 10), Table(20, Box("r0", 30), Box("r1", 30), Box("r2", 30), Box("r3", 10)));

        pages[0].Should().Equal("a@0");
        pages[1].Should().Equal("H@0", "r0@20", "r1@50");
        pages[2].Should().Equal("H@0", "r2@20", "r3@50");
    }
}
