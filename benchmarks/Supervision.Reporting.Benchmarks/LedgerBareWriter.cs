using System.Text;
using NodaTime;
using SpreadCheetah;
using SpreadCheetah.Styling;
using Supervision.Reporting.Calendar;
using Supervision.Reporting.Domain;

namespace Supervision.Reporting.Benchmarks;

// The baseline of the ledger comparison: bare SpreadCheetah writing the same detail cells — the same values,
// looked up the same way — with one date style and nothing else: no widths, heights, fills, merged title,
// validation, conditional formats, print setup, summary sheets, text cleaning or finishing pass.
internal static class LedgerBareWriter
{
    public static async Task WriteAsync(SupervisionRound round, Stream output, LocalDate asOf, SpreadCheetahCompressionLevel level = SpreadCheetahCompressionLevel.Optimal)
    {
        var calendar = WorkingDayCalendar.China;
        var options = new SpreadCheetahOptions { CompressionLevel = level };
        await using var spreadsheet = await Spreadsheet.CreateNewAsync(output, options);
        await spreadsheet.StartWorksheetAsync("整改台账");
        var date = spreadsheet.AddStyle(new Style { Format = NumberFormat.Custom("yyyy\"年\"m\"月\"d\"日\"") });
        var cells = new Cell[21];
        var number = 0;
        foreach (var f in round.Findings)
        {
            if (!f.IsViolation || f.FoundOn > asOf)
            {
                continue;
            }

            var r = f.Rectification!;
            number++;
            string? note = null;
            foreach (var p in r.Progress)
            {
                if (p.Date <= asOf)
                {
                    note = p.Note;
                }
            }

            var people = new StringBuilder();
            foreach (var id in f.ResponsiblePersonIds)
            {
                people.Append(round.FindPerson(id)?.Name).Append('、');
            }

            var overdue = r.DaysOverdue(asOf, calendar);
            cells[0] = new Cell(number);
            cells[1] = new Cell(f.Id);
            cells[2] = new Cell(round.GroupOf(f)?.Name);
            cells[3] = new Cell(ToDate(f.FoundOn), date);
            cells[4] = new Cell(f.UnitId is null ? null : round.FindUnit(f.UnitId)?.Name);
            cells[5] = new Cell(round.CategoryTitle(f.CategoryCode));
            cells[6] = new Cell(f.FocusAreaCode is null ? null : round.FindFocusArea(f.FocusAreaCode)?.Title);
            cells[7] = new Cell(f.Description is null ? f.Summary : f.Summary + "\n" + f.Description);
            cells[8] = new Cell(f.ResponsibleUnitId is null ? null : round.FindUnit(f.ResponsibleUnitId)?.Name);
            cells[9] = new Cell(people.ToString());
            cells[10] = new Cell(Vocabulary.Label(r.Mode));
            cells[11] = new Cell(r.Measures);
            cells[12] = new Cell(ToDate(r.AssignedOn), date);
            cells[13] = new Cell(ToDate(r.EffectiveDeadline(asOf, calendar)), date);
            cells[14] = new Cell(Vocabulary.Label(r.StatusAsOf(asOf)));
            cells[15] = new Cell(note);
            cells[16] = new Cell(ToDate(r.IsRectifiedAsOf(asOf) ? r.CompletedOn : null), date);
            cells[17] = new Cell(ToDate(r.IsClosedAsOf(asOf) ? r.ClosedOn : null), date);
            cells[18] = new Cell(overdue > 0 ? overdue : null);
            cells[19] = new Cell(round.MeasuresFor(f.Id).Count > 0 ? "提醒谈话" : null);
            cells[20] = new Cell(r.Extensions.Count > 0 ? "延期" : null);
            await spreadsheet.AddRowAsync(cells);
        }

        await spreadsheet.FinishAsync();
    }

    private static DateTime? ToDate(LocalDate? date) => date is { } d ? d.ToDateTimeUnspecified() : null;
}
