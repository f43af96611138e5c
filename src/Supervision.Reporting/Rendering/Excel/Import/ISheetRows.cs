using ExcelDataReader;

namespace Supervision.Reporting.Rendering.Excel.Import;

// The rows of a workbook's sheets, one at a time, numbered from 1 without gaps: XlsxRowReader for .xlsx,
// ExcelDataReader (ExcelDataReaderRows) for a legacy .xls.
internal interface ISheetRows : IDisposable
{
    string Name { get; }

    // The current row's values by 0-based column.
    object?[] Values { get; }

    // The merged ranges of the current sheet (0-based, inclusive), complete once Read has returned false.
    IReadOnlyList<(int FromRow, int FromColumn, int ToRow, int ToColumn)> Merges { get; }

    // Moves to the next sheet (the first, on the first call); false past the last.
    bool NextSheet();

    bool Read();
}

internal sealed class ExcelDataReaderRows(IExcelDataReader reader) : ISheetRows
{
    private bool started;

    public string Name => reader.Name;

    public object?[] Values { get; private set; } = [];

    public IReadOnlyList<(int FromRow, int FromColumn, int ToRow, int ToColumn)> Merges =>
        [.. (reader.MergeCells ?? []).Select(m => (m.FromRow, m.FromColumn, m.ToRow, m.ToColumn))];

    public bool NextSheet()
    {
        if (!started)
        {
            started = true;
            return true;
        }

        return reader.NextResult();
    }

    public bool Read()
    {
        if (!reader.Read())
        {
            return false;
        }

        var values = new object?[reader.FieldCount];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = reader.GetValue(i);
        }

        Values = values;
        return true;
    }

    public void Dispose() => reader.Dispose();
}
