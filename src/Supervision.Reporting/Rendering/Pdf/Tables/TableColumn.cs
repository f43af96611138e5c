namespace Supervision.Reporting.Rendering.Pdf.Tables;

/// <summary>A column definition.</summary>
internal sealed record TableColumn(ColumnSizing Sizing, double Value)
{
    public static TableColumn Fixed(double points) => new(ColumnSizing.Fixed, points);

    public static TableColumn Relative(double weight = 1) => new(ColumnSizing.Relative, weight);

    public static TableColumn Fitted() => new(ColumnSizing.Fitted, 0);
}
