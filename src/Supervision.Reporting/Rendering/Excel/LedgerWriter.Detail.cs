using System.Globalization;
using System.Text;
using SpreadCheetah;
using SpreadCheetah.Validations;
using SpreadCheetah.Worksheets;
using Supervision.Reporting.Domain;

namespace Supervision.Reporting.Rendering.Excel;

// The detail sheet (整改台账): one row per violation found on or before the as-of date, DESIGN §8 columns.
internal sealed partial class LedgerWriter
{
    public const int DetailHeaderRow = 3;

    private static readonly LedgerColumn[] AllColumns = Enum.GetValues<LedgerColumn>();

    // Minimum and maximum widths (in digit widths); long texts wrap at the maximum.
    private static (int Minimum, int Cap) Limits(LedgerColumn column) => column switch
    {
        LedgerColumn.Number => (6, 8),
        LedgerColumn.FindingId => (10, 16),
        LedgerColumn.FoundOn or LedgerColumn.AssignedOn or LedgerColumn.Deadline
            or LedgerColumn.CompletedOn or LedgerColumn.ClosedOn or LedgerColumn.VerifiedOn => (12, 16),
        LedgerColumn.Status or LedgerColumn.Mode or LedgerColumn.DaysOverdue => (10, 12),
        LedgerColumn.Description => (20, 44),
        LedgerColumn.Measures => (16, 32),
        LedgerColumn.Progress or LedgerColumn.Accountability or LedgerColumn.Evidence => (14, 26),
        LedgerColumn.Remarks => (10, 22),
        _ => (10, 18),
    };

    private static CellKind KindOf(LedgerColumn column) => column switch
    {
        LedgerColumn.Number or LedgerColumn.DaysOverdue => CellKind.Number,
        LedgerColumn.FoundOn or LedgerColumn.AssignedOn or LedgerColumn.Deadline
            or LedgerColumn.CompletedOn or LedgerColumn.ClosedOn or LedgerColumn.VerifiedOn => CellKind.Date,
        LedgerColumn.FindingId or LedgerColumn.Status or LedgerColumn.Mode => CellKind.Centered,
        _ => CellKind.Text,
    };

    internal static IReadOnlyList<LedgerColumn> ColumnsFor(LedgerOptionalColumns optional) =>
        [.. AllColumns.Where(c => c switch
        {
            LedgerColumn.Group => optional.HasFlag(LedgerOptionalColumns.Group),
            LedgerColumn.FocusArea => optional.HasFlag(LedgerOptionalColumns.FocusArea),
            LedgerColumn.Measures => optional.HasFlag(LedgerOptionalColumns.RectificationMeasures),
            LedgerColumn.Progress => optional.HasFlag(LedgerOptionalColumns.Progress),
            LedgerColumn.Accountability => optional.HasFlag(LedgerOptionalColumns.Accountability),
            LedgerColumn.Remarks => optional.HasFlag(LedgerOptionalColumns.Remarks),
            LedgerColumn.SupervisingLeader => optional.HasFlag(LedgerOptionalColumns.SupervisingLeader),
            LedgerColumn.LeadOffice => optional.HasFlag(LedgerOptionalColumns.LeadOffice),
            LedgerColumn.Evidence => optional.HasFlag(LedgerOptionalColumns.Evidence),
            LedgerColumn.VerifiedBy or LedgerColumn.VerifiedOn => optional.HasFlag(LedgerOptionalColumns.Verification),
            _ => true,
        })];

    private async Task WriteDetailAsync(Spreadsheet spreadsheet, int rowCount, CancellationToken cancellationToken)
    {
        var sheet = LedgerText.DetailSheet(language);
        var columns = ColumnsFor(options.OptionalColumns);
        var lastColumn = CellTextSanitizer.ColumnName(columns.Count);
        var firstRow = DetailHeaderRow + 1;
        var lastRow = DetailHeaderRow + Math.Max(rowCount, 1);
        await spreadsheet.StartWorksheetAsync(sheet, new WorksheetOptions
        {
            FrozenRows = DetailHeaderRow,
            FrozenColumns = 2,
            AutoFilter = new AutoFilterOptions($"A{DetailHeaderRow}:{lastColumn}{DetailHeaderRow + rowCount}"),
        }, cancellationToken).ConfigureAwait(false);

        var widths = new ColumnWidths([.. columns.Select(Limits)]);
        var kinds = columns.Select(KindOf).ToArray();

        // Texts are shared (SharedStringTable) but in 问题编号, where each is the row's own and would only fill the table.
        var shared = columns.Select(c => KindOf(c) is CellKind.Text or CellKind.Centered && c != LedgerColumn.FindingId).ToArray();
        await WriteTitleRowsAsync(spreadsheet, columns.Count, Title(), cancellationToken).ConfigureAwait(false);
        var header = new Cell[columns.Count];
        var headerLines = 1;
        for (var i = 0; i < columns.Count; i++)
        {
            var text = LedgerText.Header(columns[i], language);
            headerLines = Math.Max(headerLines, widths.Observe(i, text));
            header[i] = new Cell(text, styles.Header);
        }

        await spreadsheet.AddRowAsync(header, Height((headerLines * LineHeight) + 8), cancellationToken).ConfigureAwait(false);

        // One array reused for every row, and one RowOptions per line count: rows cost only their strings.
        var cells = new Cell[columns.Count];
        var heights = new RowOptions[28];
        var number = 0;
        foreach (var finding in round.Findings)
        {
            if (!IsDetailRow(finding))
            {
                continue;
            }

            number++;
            if (progress is not null && (number & 1023) == 0)
            {
                progress.Report(new WriteProgress("writing rows", number, rowCount));
            }

            var row = DetailHeaderRow + number;
            var light = LedgerLights.Of(finding, asOf, analytics);
            var lines = 1;
            for (var i = 0; i < columns.Count; i++)
            {
                var column = columns[i];
                var style = styles.Body(kinds[i], light);
                switch (kinds[i])
                {
                    case CellKind.Date:
                        var date = DateOf(column, finding);
                        widths.ObserveWidth(i, DateWidth);
                        cells[i] = new Cell(ExcelDate(date), style);
                        break;
                    case CellKind.Number:
                        int? value = column == LedgerColumn.Number ? number : DaysOverdue(finding);
                        widths.ObserveWidth(i, 6);
                        cells[i] = new Cell(value, style);
                        break;
                    default:
                        var text = TextOf(column, finding, sheet, i + 1, row);
                        lines = Math.Max(lines, widths.Observe(i, text));
                        cells[i] = text.Length == 0 ? new Cell((string?)null, style)
                            : shared[i] && sharedStrings.TryIndex(text, out var index) ? new Cell(index, style)
                            : new Cell(text, style);
                        break;
                }
            }

            lines = Math.Min(lines, heights.Length - 1);
            var rowOptions = heights[lines] ??= Height(Math.Max(22, (lines * LineHeight) + 6));
            await spreadsheet.AddRowAsync(cells, rowOptions, cancellationToken).ConfigureAwait(false);
        }

        var status = CellTextSanitizer.ColumnName(IndexOf(columns, LedgerColumn.Status) + 1);
        var deadline = CellTextSanitizer.ColumnName(IndexOf(columns, LedgerColumn.Deadline) + 1);
        var mode = CellTextSanitizer.ColumnName(IndexOf(columns, LedgerColumn.Mode) + 1);
        var ongoing = Vocabulary.Label(RectificationMode.Ongoing, language);
        var statusLabels = Vocabulary.Values<RectificationStatus>().Select(s => Vocabulary.Label(s, language)).ToList();
        var validation = DataValidation.ListValues(statusLabels, showDropdown: true);
        validation.ErrorTitle = LedgerText.Header(LedgerColumn.Status, language);
        validation.ErrorMessage = string.Join("/", statusLabels);
        spreadsheet.AddDataValidation($"{status}{firstRow}:{status}{lastRow}", validation);

        var range = $"A{firstRow}:{lastColumn}{lastRow}";
        var rectified = Vocabulary.Label(RectificationStatus.Rectified, language);
        var closed = Vocabulary.Label(RectificationStatus.Closed, language);
        finishes.Add(new SheetFinish
        {
            Name = sheet,
            ColumnWidths = [.. Enumerable.Range(0, columns.Count).Select(widths.Width)],
            SharedStringColumns = shared,
            PrintTitleRows = (1, DetailHeaderRow),
            FilterRange = $"$A${DetailHeaderRow}:${lastColumn}${DetailHeaderRow + rowCount}",
            Paper = options.Paper,
            Footer = Footer(),
            ConditionalRules =
            [
                // Done rows are green, live: a clerk who picks 已整改 sees the row turn green.
                new ConditionalRule(range, $"OR(${status}{firstRow}=\"{rectified}\",${status}{firstRow}=\"{closed}\")", Dxf: 1, StopIfTrue: true),

                // Open rows whose deadline has passed are red on the day the file is opened, not only as of the
                // ledger's date. Ongoing (长期坚持) rows stay blue, as the static light has them (DESIGN §6 via RoundAnalytics.LightOf).
                new ConditionalRule(range, $"AND(${deadline}{firstRow}<>\"\",${deadline}{firstRow}<TODAY(),${mode}{firstRow}<>\"{ongoing}\")", Dxf: 0, StopIfTrue: true),
            ],
        });
    }

    // "2022年11月30日" is 14 digit widths; "2022-11-30" is 10.
    private int DateWidth => language == Language.English ? 10 : 14;

    private static int IndexOf(IReadOnlyList<LedgerColumn> columns, LedgerColumn column)
    {
        for (var i = 0; i < columns.Count; i++)
        {
            if (columns[i] == column)
            {
                return i;
            }
        }

        return -1;
    }

    // Internal, with TextOf: the importer compares returned cells with what the writer puts there, so both share one definition.
    internal NodaTime.LocalDate? DateOf(LedgerColumn column, Finding finding)
    {
        var r = finding.Rectification;
        return column switch
        {
            LedgerColumn.FoundOn => finding.FoundOn,
            LedgerColumn.AssignedOn => r?.AssignedOn,
            LedgerColumn.Deadline => r?.EffectiveDeadline(asOf, analytics.Calendar),
            LedgerColumn.CompletedOn => r?.CompletedOn is { } done && done <= asOf ? done : null,
            LedgerColumn.ClosedOn => r?.ClosedOn is { } closed && closed <= asOf ? closed : null,
            LedgerColumn.VerifiedOn => r?.Verification is { } v && v.On <= asOf ? v.On : null,
            _ => null,
        };
    }

    private int? DaysOverdue(Finding finding) =>
        finding.Rectification?.DaysOverdue(asOf, analytics.Calendar) is { } days and > 0 ? days : null;

    internal string TextOf(LedgerColumn column, Finding finding, string sheet, int col, int row)
    {
        var r = finding.Rectification;
        return column switch
        {
            LedgerColumn.FindingId => Text(finding.Id, sheet, col, row),
            LedgerColumn.Group => Text(round.GroupOf(finding)?.Name, sheet, col, row),
            LedgerColumn.InspectedUnit => Text(finding.UnitId is { } u ? round.FindUnit(u)?.Name : null, sheet, col, row),
            LedgerColumn.Category => Text(round.CategoryTitle(finding.CategoryCode, language), sheet, col, row),
            LedgerColumn.FocusArea => Text(finding.FocusAreaCode is { } f ? round.FindFocusArea(f)?.Title : null, sheet, col, row),
            LedgerColumn.Description => FreeText(Description(finding), sheet, col, row),
            LedgerColumn.ResponsibleUnit => Text(finding.ResponsibleUnitId is { } u ? round.FindUnit(u)?.Name : null, sheet, col, row),
            LedgerColumn.ResponsiblePeople => Text(People(finding.ResponsiblePersonIds), sheet, col, row),
            LedgerColumn.SupervisingLeader => Text(finding.SupervisingLeaderId is { } leader ? People([leader]) : null, sheet, col, row),
            LedgerColumn.LeadOffice => Text(finding.LeadOfficeId is { } office ? round.FindUnit(office)?.Name : null, sheet, col, row),
            LedgerColumn.Evidence => FreeText(EvidenceText(r), sheet, col, row),
            LedgerColumn.VerifiedBy => FreeText(r?.Verification is { } v && v.On <= asOf ? v.By : null, sheet, col, row),
            LedgerColumn.Mode => r is null ? string.Empty : Vocabulary.Label(r.Mode, language),
            LedgerColumn.Measures => FreeText(r?.Measures, sheet, col, row),
            LedgerColumn.Status => r is null ? string.Empty : Vocabulary.Label(r.StatusAsOf(asOf), language),
            LedgerColumn.Progress => FreeText(LatestProgress(r), sheet, col, row),
            LedgerColumn.Accountability => Text(Accountability(finding), sheet, col, row),
            LedgerColumn.Remarks => FreeText(Remarks(finding), sheet, col, row),
            _ => string.Empty,
        };
    }

    private static string Description(Finding finding) =>
        string.IsNullOrWhiteSpace(finding.Description) || string.Equals(finding.Description, finding.Summary, StringComparison.Ordinal)
            ? finding.Summary
            : finding.Summary + "\n" + finding.Description;

    private string? People(EquatableArray<string> ids)
    {
        if (ids.Count == 0)
        {
            return null;
        }

        if (ids.Count == 1)
        {
            // The common case, without a builder.
            return round.FindPerson(ids[0]) is not { } only ? null
                : naming.IsOmitted(only) ? Privacy.PersonNaming.Withheld(language)
                : naming.NameOf(only);
        }

        StringBuilder? names = null;
        var omitted = false;
        foreach (var id in ids)
        {
            if (round.FindPerson(id) is not { } person)
            {
                continue;
            }

            if (naming.IsOmitted(person))
            {
                omitted = true;
                continue;
            }

            names = names is null ? new StringBuilder() : names.Append(Separator);
            names.Append(naming.NameOf(person));
        }

        return names?.ToString() ?? (omitted ? Privacy.PersonNaming.Withheld(language) : null);
    }

    private string Separator => language == Language.English ? ", " : "、";

    private string? LatestProgress(Rectification? rectification)
    {
        string? note = null;
        if (rectification is not null)
        {
            foreach (var entry in rectification.Progress)
            {
                if (entry.Date <= asOf && !string.IsNullOrWhiteSpace(entry.Note))
                {
                    note = entry.Note;
                }
            }
        }

        return note;
    }

    private string? Accountability(Finding finding)
    {
        var measures = round.MeasuresFor(finding.Id);
        if (measures.Count == 0)
        {
            return null;
        }

        StringBuilder? text = null;
        foreach (var measure in measures)
        {
            if (measure.DecidedOn > asOf)
            {
                continue;
            }

            var who = round.FindPerson(measure.PersonId) is { } person ? naming.NameOf(person) : measure.PersonId;
            text = text is null ? new StringBuilder() : text.Append('\n');
            text.Append(who).Append(language == Language.English ? ": " : "：").Append(Vocabulary.Label(measure.Form, language))
                .Append(language == Language.English ? " (" : "（").Append(DateText(measure.DecidedOn)).Append(language == Language.English ? ")" : "）");
        }

        return text?.ToString();
    }

    // One item a line, "title（file，date）", which the importer parses back (EvidenceLine).
    private string? EvidenceText(Rectification? rectification)
    {
        if (rectification is null || rectification.Evidence.IsEmpty)
        {
            return null;
        }

        var text = new StringBuilder();
        foreach (var item in rectification.Evidence)
        {
            if (item.Date is { } date && date > asOf)
            {
                continue;
            }

            if (text.Length > 0)
            {
                text.Append('\n');
            }

            text.Append(EvidenceLine(item, language));
        }

        return text.Length == 0 ? null : text.ToString();
    }

    internal static string EvidenceLine(EvidenceItem item, Language language)
    {
        var parts = new List<string>(2);
        if (!string.IsNullOrWhiteSpace(item.File))
        {
            parts.Add(item.File);
        }

        if (item.Date is { } date)
        {
            parts.Add(date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));
        }

        return parts.Count == 0 ? item.Title
            : language == Language.English ? $"{item.Title} ({string.Join(", ", parts)})"
            : $"{item.Title}（{string.Join("，", parts)}）";
    }

    private string? Remarks(Finding finding)
    {
        StringBuilder? text = null;
        if (finding.Rectification is { } r)
        {
            foreach (var extension in r.Extensions)
            {
                if (extension.GrantedOn > asOf)
                {
                    continue;
                }

                text = text is null ? new StringBuilder() : text.Append('\n');
                text.Append(language switch
                {
                    Language.English => $"Extended on {DateText(extension.GrantedOn)} to {DateText(extension.NewDeadline)}",
                    Language.ZhHant => $"{DateText(extension.GrantedOn)}延期至{DateText(extension.NewDeadline)}",
                    _ => $"{DateText(extension.GrantedOn)}延期至{DateText(extension.NewDeadline)}",
                });
                if (!string.IsNullOrWhiteSpace(extension.Reason))
                {
                    text.Append(language == Language.English ? $" ({extension.Reason})" : $"（{extension.Reason}）");
                }
            }
        }

        return text?.ToString();
    }
}
