namespace Supervision.Reporting.Rendering.Pdf.Layout;

/// <summary>
/// Something drawn on every page outside the flow (header/footer slot, page number). Drawn
/// after pagination, so the total page count is known.
/// </summary>
internal abstract class PageDecoration
{
    public abstract void Draw(Canvas canvas, LayoutContext context, PageTemplate template, PageInfo page);
}
