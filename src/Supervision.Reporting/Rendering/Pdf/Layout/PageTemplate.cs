namespace Supervision.Reporting.Rendering.Pdf.Layout;

/// <summary>Page size and margins in points, and the decorations drawn on every page.</summary>
internal sealed record PageTemplate(double PageWidth, double PageHeight, double MarginTop, double MarginLeft, double MarginRight, double MarginBottom)
{
    public IReadOnlyList<PageDecoration> Decorations { get; init; } = [];

    public double ContentWidth => PageWidth - MarginLeft - MarginRight;

    public double ContentHeight => PageHeight - MarginTop - MarginBottom;

    public double ContentBottom => PageHeight - MarginBottom;

    public double ContentRight => PageWidth - MarginRight;
}
