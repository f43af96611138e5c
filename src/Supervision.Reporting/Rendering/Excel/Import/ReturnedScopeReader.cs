using ExcelDataReader;

namespace Supervision.Reporting.Rendering.Excel.Import;

// Reads the two identifying rows of a returned ledger's 说明 sheet (数据编号 and 范围编号) with ExcelDataReader, so
// that a batch import can tell a file of another round, and which unit a split file was sent to. The sheet is found
// by name in any of the three languages; only its first rows and two columns are looked at.
internal static class ReturnedScopeReader
{
    // The writer puts both rows within the first ten; a unit may insert a few above.
    private const int RowsSearched = 60;

    // Ids are at most 200 characters (docs/data-format.md); a longer cell is not one of ours.
    private const int MaxValueLength = 512;

    private static readonly HashSet<string> NotesSheets = new(
        [.. Enum.GetValues<Language>().Select(LedgerText.NotesSheet)], StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> RoundIdLabels = new(
        [.. Enum.GetValues<Language>().Select(LedgerText.RoundIdLabel)], StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> ScopeLabels = new(
        [.. Enum.GetValues<Language>().Select(LedgerText.ScopeReferenceLabel)], StringComparer.OrdinalIgnoreCase);

    // The stream must be positioned at the workbook's start and seekable; it is left open. A file that cannot be
    // read gives an empty scope: the ledger reader has already reported it.
    public static ReturnedScope Read(Stream workbook)
    {
        string? roundId = null;
        string? scope = null;
        try
        {
            // ReturnedLedgerReader's static constructor registers the legacy code pages .xls needs; it has run,
            // since a file is read for its rows before its scope.
            using var reader = ExcelReaderFactory.CreateReader(workbook, new ExcelReaderConfiguration { LeaveOpen = true });
            do
            {
                if (!NotesSheets.Contains(reader.Name.Trim()))
                {
                    continue;
                }

                for (var row = 0; row < RowsSearched && reader.Read(); row++)
                {
                    if (reader.FieldCount < 2 || reader.GetValue(0) is not string label || reader.GetValue(1) is not string value || value.Length > MaxValueLength)
                    {
                        continue;
                    }

                    label = label.Trim();
                    if (RoundIdLabels.Contains(label))
                    {
                        roundId ??= value.Trim();
                    }
                    else if (ScopeLabels.Contains(label))
                    {
                        scope ??= value.Trim();
                    }
                }

                break;
            }
            while (reader.NextResult());
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Unreadable here means unreadable for the rows too, which is reported there.
        }

        return new ReturnedScope(roundId, scope);
    }
}
