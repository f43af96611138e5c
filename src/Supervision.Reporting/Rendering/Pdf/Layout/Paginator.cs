namespace Supervision.Reporting.Rendering.Pdf.Layout;

/// <summary>
/// Stacks the slabs of a vertical flow onto pages of a fixed text-area height: breaks between
/// slabs, splits splittable slabs, keeps headings with what follows, repeats table headers, and
/// fails with the element path when something can never fit (rather than looping).
/// </summary>
internal static class Paginator
{
    private const double Epsilon = 1e-6;

    public static List<List<PlacedSlab>> Paginate(IReadOnlyList<BlockPlan> plans, double pageHeight)
    {
        var cursor = new PageCursor(pageHeight);
        for (int b = 0; b < plans.Count; b++)
        {
            var plan = plans[b];
            if (plan.PageBreakBefore && !cursor.Fresh)
            {
                cursor.NewPage();
            }

            if (plan.Slabs.Count == 0)
            {
                continue;
            }

            if (plan.AnchorBottom)
            {
                PlaceAtBottom(cursor, plan);
                continue;
            }

            // A block kept with the previous lines stays on a full page for now: it takes lines from it below.
            if (cursor.Y > pageHeight - Epsilon && plan.KeepWithPreviousLines == 0)
            {
                cursor.NewPage();
            }

            double before = cursor.Fresh && cursor.Pages.Count > 1 ? 0 : plan.SpaceBefore;
            before += GridGap(cursor.Y + before, plan.GridLinePitch);
            double needTogether = plan.KeepWithNext ? ChainHeight(plans, b) : plan.KeepTogether ? plan.TotalHeight : 0;
            if (needTogether > 0 && !cursor.Fresh && before + needTogether > cursor.Remaining + Epsilon && needTogether <= pageHeight + Epsilon)
            {
                before = KeepWithPrevious(cursor, plan, needTogether);
            }

            cursor.Advance(before);
            PlaceSlabs(cursor, plan);
            cursor.Advance(plan.SpaceAfter);
        }

        return cursor.Pages;
    }

    /// <summary>
    /// A kept block that does not fit the rest of the page: a new page, unless the block must not stand alone there
    /// (a signature): then a tighter space before it, or the previous paragraph's last lines carried over with it.
    /// Returns the space to leave before the block.
    /// </summary>
    private static double KeepWithPrevious(PageCursor cursor, BlockPlan plan, double need)
    {
        if (plan.KeepWithPreviousLines > 0)
        {
            double tight = plan.MinSpaceBefore + GridGap(cursor.Y + plan.MinSpaceBefore, plan.GridLinePitch);
            if (tight + need <= cursor.Remaining + Epsilon)
            {
                return tight;
            }

            var carried = cursor.TakeBackLines(plan.KeepWithPreviousLines);
            cursor.NewPage();
            foreach (var slab in carried)
            {
                cursor.Place(slab);
            }

            return carried.Count == 0 ? 0 : plan.SpaceBefore + GridGap(cursor.Y + plan.SpaceBefore, plan.GridLinePitch);
        }

        cursor.NewPage();
        return 0;
    }

    /// <summary>How far below <paramref name="y"/> the next line of the page grid lies (0 off the grid or on a line).</summary>
    private static double GridGap(double y, double? pitch)
    {
        if (pitch is not { } p || p <= 0)
        {
            return 0;
        }

        var lines = Math.Ceiling((y / p) - 1e-3);
        return Math.Max(0, (lines * p) - y);
    }

    /// <summary>Height that must share a page: this block and every following kept block, plus the first line of the block after them.</summary>
    private static double ChainHeight(IReadOnlyList<BlockPlan> plans, int index)
    {
        double need = 0;
        for (int i = index; i < plans.Count; i++)
        {
            var p = plans[i];
            if (p.PageBreakBefore && i > index)
            {
                break;
            }

            if (i > index)
            {
                need += p.SpaceBefore;
            }

            if (!p.KeepWithNext || i + 1 == plans.Count)
            {
                need += i == index ? p.TotalHeight : p.FirstMinHeight;
                break;
            }

            need += p.TotalHeight + p.SpaceAfter;
        }

        return need;
    }

    private static void PlaceSlabs(PageCursor cursor, BlockPlan plan)
    {
        var queue = new Queue<Slab>(plan.Slabs);
        int placedBody = 0;

        // A kept chain (a header and its first rows) that did not fit even a fresh page is placed as far as it goes:
        // its later members must not break away from the start of the chain placed here.
        bool overflowing = false;
        while (queue.Count > 0)
        {
            var slab = queue.Peek();
            bool isHeader = plan.RepeatOnNewPage.Contains(slab);
            double need = Slab.KeptHeight(queue);

            if (need <= cursor.Remaining + Epsilon || (overflowing && slab.Height <= cursor.Remaining + Epsilon))
            {
                cursor.Place(queue.Dequeue());
                overflowing &= slab.KeepWithNext;
                if (!isHeader)
                {
                    placedBody++;
                }

                continue;
            }

            if (slab.KeepWithNext && !cursor.Fresh && slab.Height <= cursor.Remaining + Epsilon)
            {
                NewPage(cursor, plan, placedBody);
                continue;
            }

            if (slab.Split(cursor.Remaining) is { } parts && (cursor.Fresh || parts.Head.Height > Epsilon))
            {
                queue.Dequeue();
                cursor.Place(parts.Head);
                placedBody++;
                NewPage(cursor, plan, placedBody);
                var rest = queue.ToList();
                queue.Clear();
                queue.Enqueue(parts.Tail);
                foreach (var r in rest)
                {
                    queue.Enqueue(r);
                }

                continue;
            }

            if (cursor.Fresh)
            {
                // Nothing but repeated headers is on this page and the slab still does not fit
                // or split: another page would not help.
                if (slab.KeepWithNext && slab.Height <= cursor.Remaining + Epsilon)
                {
                    cursor.Place(queue.Dequeue());
                    overflowing = true;
                    continue;
                }

                var (path, height) = slab.Obstacle(cursor.Remaining);
                throw new LayoutException(path, height, cursor.Remaining);
            }

            NewPage(cursor, plan, placedBody);
        }
    }

    private static void NewPage(PageCursor cursor, BlockPlan plan, int placedBody)
    {
        cursor.NewPage();
        if (placedBody > 0)
        {
            foreach (var header in plan.RepeatOnNewPage)
            {
                cursor.Place(header, isRepeat: true);
            }
        }
    }

    private static void PlaceAtBottom(PageCursor cursor, BlockPlan plan)
    {
        double total = plan.TotalHeight;
        if (total > cursor.PageHeight + Epsilon)
        {
            throw new LayoutException(plan.Slabs[0].Path, total, cursor.PageHeight);
        }

        if (cursor.Y + plan.SpaceBefore + total > cursor.PageHeight + Epsilon || (plan.EvenPage && cursor.Pages.Count % 2 == 1))
        {
            cursor.NewPage();
        }

        // Content that ends on a full even page: the next page is odd, so it stays blank (and unnumbered, §7.5).
        if (plan.EvenPage && cursor.Pages.Count % 2 == 1)
        {
            cursor.NewPage();
        }

        double y = cursor.PageHeight - total;
        foreach (var slab in plan.Slabs)
        {
            cursor.PlaceAt(slab, y);
            y += slab.Height;
        }
    }
}
