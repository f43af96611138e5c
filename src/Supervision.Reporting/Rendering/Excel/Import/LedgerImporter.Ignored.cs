using Supervision.Reporting.Domain;

namespace Supervision.Reporting.Rendering.Excel.Import;

// Edits in the columns the import does not change: listed, so that a unit's correction of, say, the responsible
// unit is seen by someone rather than silently dropped.
internal sealed partial class LedgerImporter
{
    // 序号 is renumbered by any sort and 逾期天数 changes with the day the file is opened: neither is a unit's edit.
    private static readonly LedgerColumn[] NotImported =
    [
        LedgerColumn.Group, LedgerColumn.FoundOn, LedgerColumn.InspectedUnit, LedgerColumn.Category, LedgerColumn.FocusArea,
        LedgerColumn.Description, LedgerColumn.ResponsibleUnit, LedgerColumn.ResponsiblePeople, LedgerColumn.Mode,
        LedgerColumn.AssignedOn, LedgerColumn.Deadline, LedgerColumn.Accountability,
    ];

    private void FindIgnoredEdits(ReturnedRow row, Finding finding)
    {
        foreach (var column in NotImported)
        {
            if (!sheet.Columns.TryGetValue(column, out var c) || row[c] == CellValues.Covered)
            {
                continue;
            }

            var value = row[c];
            bool same;
            if (column is LedgerColumn.FoundOn or LedgerColumn.AssignedOn or LedgerColumn.Deadline)
            {
                same = CellValues.TryDate(value, round.Period, out var date, out _) && date == ledger.DateOf(column, finding);
            }
            else
            {
                same = string.Equals(CellValues.Text(value), CellValues.Text(ledger.TextOf(column, finding, sheet.Name, c + 1, row.Number)), StringComparison.Ordinal);
            }

            if (!same)
            {
                ignored.Add(Diagnostic.Warning(
                    "ignored-edit",
                    $"differs from the ledger, but {LedgerText.Header(column, Language.ZhHans)} is not imported (only status, progress, measures, completion and closure dates, remarks and the office fields are); change the round itself",
                    sheet.Location(row.Number, c, finding.Id)));
            }
        }
    }
}
