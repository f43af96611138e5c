using SpreadCheetah;
using Supervision.Reporting.Analytics;
using SpreadCheetah.Worksheets;
using Supervision.Reporting.Domain;

namespace Supervision.Reporting.Rendering.Excel;

// The summary sheet (汇总): by responsible unit, by area and by category, each with a total row.
internal sealed partial class LedgerWriter
{
    private async Task WriteSummaryAsync(Spreadsheet spreadsheet, CancellationToken cancellationToken)
    {
        var sheet = LedgerText.SummarySheet(language);
        var headers = new[]
        {
            LedgerText.Pick(language, "问题数", "問題數", "Findings"),
            LedgerText.Pick(language, "已整改", "已整改", "Rectified"),
            LedgerText.Pick(language, "已销号", "已銷號", "Closed"),
            LedgerText.Pick(language, "逾期", "逾期", "Overdue"),
            LedgerText.Pick(language, "整改率", "整改率", "Rectification rate"),
            LedgerText.Pick(language, "销号率", "銷號率", "Closure rate"),
        };
        const int columns = 7;
        await spreadsheet.StartWorksheetAsync(sheet, new WorksheetOptions { FrozenRows = 2 }, cancellationToken).ConfigureAwait(false);
        var widths = new ColumnWidths([(16, 30), .. Enumerable.Repeat((10, 14), columns - 1)]);
        await WriteTitleRowsAsync(spreadsheet, columns, Title() + LedgerText.Pick(language, "（汇总）", "（彙總）", " (summary)"), cancellationToken).ConfigureAwait(false);

        var row = 2;
        statistics = RoundAnalytics.Compute(round, asOf, analytics);
        foreach (var table in LedgerSummary.Tables(round, options, statistics))
        {
            await spreadsheet.AddRowAsync([new Cell(string.Empty)], cancellationToken).ConfigureAwait(false);
            await spreadsheet.AddRowAsync([new Cell(table.Title, styles.Section)], Height(22), cancellationToken).ConfigureAwait(false);
            var header = new Cell[columns];
            header[0] = new Cell(table.KeyHeader, styles.Header);
            widths.Observe(0, table.KeyHeader);
            for (var i = 0; i < headers.Length; i++)
            {
                header[i + 1] = new Cell(headers[i], styles.Header);
                widths.Observe(i + 1, headers[i]);
            }

            await spreadsheet.AddRowAsync(header, Height(24), cancellationToken).ConfigureAwait(false);
            row += 3;
            foreach (var line in table.Rows)
            {
                row++;
                var label = Text(line.Label, sheet, 1, row);
                var lines = widths.Observe(0, label);
                await spreadsheet.AddRowAsync(Line(label, line, styles.Body(CellKind.Text, LightFill.None), styles.Body(CellKind.Number, LightFill.None), styles.Percent), Height(Math.Max(20, (lines * LineHeight) + 6)), cancellationToken).ConfigureAwait(false);
            }

            row++;
            await spreadsheet.AddRowAsync(Line(table.Total.Label, table.Total, styles.TotalText, styles.TotalText, styles.TotalPercent), Height(20), cancellationToken).ConfigureAwait(false);
        }

        finishes.Add(new SheetFinish
        {
            Name = sheet,
            ColumnWidths = [.. Enumerable.Range(0, columns).Select(widths.Width)],
            PrintTitleRows = (1, 2),
            Paper = LedgerPaper.A4,
            Landscape = false,
            Footer = Footer(),
        });
    }

    private static Cell[] Line(string label, LedgerSummaryRow line, SpreadCheetah.Styling.StyleId text, SpreadCheetah.Styling.StyleId number, SpreadCheetah.Styling.StyleId percent) =>
    [
        new Cell(label, text),
        new Cell(line.Findings, number),
        new Cell(line.Rectified, number),
        new Cell(line.Closed, number),
        new Cell(line.Overdue, number),
        new Cell(line.RectificationRate, percent),
        new Cell(line.ClosureRate, percent),
    ];
}
