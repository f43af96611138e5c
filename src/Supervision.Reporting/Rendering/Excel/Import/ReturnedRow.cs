namespace Supervision.Reporting.Rendering.Excel.Import;

// One row below the header: its 1-based number in the sheet and its cell values by 0-based column.
internal sealed record ReturnedRow(int Number, object?[] Values)
{
    public object? this[int column] => column < Values.Length ? Values[column] : null;
}
