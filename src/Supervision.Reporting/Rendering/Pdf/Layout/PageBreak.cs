namespace Supervision.Reporting.Rendering.Pdf.Layout;

/// <summary>Starts a new page (unless the current one is still empty).</summary>
internal sealed class PageBreak : Block
{
    public override string Kind => "PageBreak";

    public override BlockPlan Plan(LayoutContext context, double width, string path) => new([]) { PageBreakBefore = true };
}
