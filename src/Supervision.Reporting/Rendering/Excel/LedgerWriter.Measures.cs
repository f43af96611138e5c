using SpreadCheetah;
using SpreadCheetah.Worksheets;
using Supervision.Reporting.Domain;

namespace Supervision.Reporting.Rendering.Excel;

// The accountability sheet (问责情况): one row per measure decided on or before the as-of date.
internal sealed partial class LedgerWriter
{
    private async Task<int> WriteMeasuresAsync(Spreadsheet spreadsheet, CancellationToken cancellationToken)
    {
        var sheet = LedgerText.MeasuresSheet(language);
        string[] headers =
        [
            LedgerText.Header(LedgerColumn.Number, language),
            LedgerText.Pick(language, "姓名", "姓名", "Name"),
            LedgerText.Pick(language, "职务", "職務", "Position"),
            LedgerText.Pick(language, "所在单位", "所在單位", "Unit"),
            LedgerText.Pick(language, "问责方式", "問責方式", "Measure"),
            LedgerText.Pick(language, "四种形态", "四種形態", "Four forms"),
            LedgerText.Pick(language, "决定日期", "決定日期", "Decided on"),
            LedgerText.Pick(language, "决定机关", "決定機關", "Decided by"),
            LedgerText.Pick(language, "涉及问题编号", "涉及問題編號", "Findings"),
            LedgerText.Header(LedgerColumn.Remarks, language),
        ];
        (int, int)[] limits = [(6, 8), (10, 16), (12, 30), (12, 24), (10, 16), (12, 14), (12, 16), (12, 24), (10, 20), (12, 40)];
        var widths = new ColumnWidths(limits);
        var rows = round.Measures.Count(m => m.DecidedOn <= asOf);
        var last = CellTextSanitizer.ColumnName(headers.Length);
        await spreadsheet.StartWorksheetAsync(sheet, new WorksheetOptions
        {
            FrozenRows = DetailHeaderRow,
            AutoFilter = new AutoFilterOptions($"A{DetailHeaderRow}:{last}{DetailHeaderRow + rows}"),
        }, cancellationToken).ConfigureAwait(false);
        await WriteTitleRowsAsync(spreadsheet, headers.Length, Title() + LedgerText.Pick(language, "（问责情况）", "（問責情況）", " (accountability)"), cancellationToken).ConfigureAwait(false);
        var header = new Cell[headers.Length];
        for (var i = 0; i < headers.Length; i++)
        {
            widths.Observe(i, headers[i]);
            header[i] = new Cell(headers[i], styles.Header);
        }

        await spreadsheet.AddRowAsync(header, Height(24), cancellationToken).ConfigureAwait(false);
        var text = styles.Body(CellKind.Text, LightFill.None);
        var centered = styles.Body(CellKind.Centered, LightFill.None);
        var number = 0;
        foreach (var measure in round.Measures)
        {
            if (measure.DecidedOn > asOf)
            {
                continue;
            }

            number++;
            var row = DetailHeaderRow + number;
            var person = round.FindPerson(measure.PersonId);
            var hidden = person is not null && naming.IsOmitted(person);
            string?[] values =
            [
                person is null ? measure.PersonId : naming.NameOf(person),
                hidden ? null : person?.Position,
                hidden ? null : person?.UnitId is { } unit ? round.FindUnit(unit)?.Name : null,
                Vocabulary.Label(measure.Form, language),
                Vocabulary.Label(measure.FourForms, language),
                null,
                measure.DecidedBy,
                string.Join(Separator, measure.FindingIds),
                measure.Notes is null ? null : naming.Redact(measure.Notes),
            ];
            var cells = new Cell[headers.Length];
            cells[0] = new Cell(number, centered);
            var lines = 1;
            for (var i = 0; i < values.Length; i++)
            {
                if (i == 5)
                {
                    widths.ObserveWidth(i + 1, DateWidth);
                    cells[i + 1] = new Cell(ExcelDate(measure.DecidedOn), styles.Body(CellKind.Date, LightFill.None));
                    continue;
                }

                var value = Text(values[i], sheet, i + 2, row);
                lines = Math.Max(lines, widths.Observe(i + 1, value));
                cells[i + 1] = new Cell(value.Length == 0 ? null : value, i is 3 or 4 ? centered : text);
            }

            await spreadsheet.AddRowAsync(cells, Height(Math.Max(22, (lines * LineHeight) + 6)), cancellationToken).ConfigureAwait(false);
        }

        finishes.Add(new SheetFinish
        {
            Name = sheet,
            ColumnWidths = [.. Enumerable.Range(0, headers.Length).Select(widths.Width)],
            PrintTitleRows = (1, DetailHeaderRow),
            FilterRange = $"$A${DetailHeaderRow}:${last}${DetailHeaderRow + rows}",
            Paper = options.Paper,
            Footer = Footer(),
        });
        return number;
    }
}
