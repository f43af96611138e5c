using SpreadCheetah;
using Supervision.Reporting.Rendering.Pdf.Bulletins.Content;

namespace Supervision.Reporting.Rendering.Word;

// The data behind a native chart, as the small workbook Word and WPS open for "Edit data": labels in column A,
// one column per series, the series names in row 1 — the ranges the chart part's formulas (Sheet1!$A$2:…) name.
internal static class WordChartWorkbook
{
    public static byte[] Write(BodyChart chart, DateTimeOffset time)
    {
        using var raw = new MemoryStream();

        // SpreadCheetah is async only; a MemoryStream completes synchronously, so blocking here never waits on a
        // synchronization context. No document properties: SpreadCheetah would stamp them with the wall clock.
        WriteAsync(chart, raw).AsTask().GetAwaiter().GetResult();
        raw.Position = 0;
        using var normalised = new MemoryStream();
        WordPackage.Normalise(raw, normalised, time);
        return normalised.ToArray();
    }

    private static async ValueTask WriteAsync(BodyChart chart, Stream stream)
    {
        var options = new SpreadCheetahOptions { DocumentProperties = null, DefaultFont = new() { Name = "SimSun", Size = 11 } };
        var spreadsheet = await Spreadsheet.CreateNewAsync(stream, options).ConfigureAwait(false);
        await using (spreadsheet.ConfigureAwait(false))
        {
            await spreadsheet.StartWorksheetAsync("Sheet1").ConfigureAwait(false);
            var header = new List<Cell> { new(string.Empty) };
            header.AddRange(chart.Series.Select(s => new Cell(s.Name)));
            await spreadsheet.AddRowAsync(header).ConfigureAwait(false);
            for (var i = 0; i < chart.Labels.Count; i++)
            {
                var row = new List<Cell> { new(chart.Labels[i]) };
                row.AddRange(chart.Series.Select(s => i < s.Values.Count ? new Cell(s.Values[i]) : new Cell(string.Empty)));
                await spreadsheet.AddRowAsync(row).ConfigureAwait(false);
            }

            await spreadsheet.FinishAsync().ConfigureAwait(false);
        }
    }
}
