using System.Globalization;
using NodaTime;
using SpreadCheetah;
using SpreadCheetah.Metadata;
using SpreadCheetah.Styling;
using SpreadCheetah.Worksheets;
using Supervision.Reporting.Analytics;
using Supervision.Reporting.Domain;
using Supervision.Reporting.IO;
using Supervision.Reporting.Privacy;

namespace Supervision.Reporting.Rendering.Excel;

// Writes one ledger: SpreadCheetah streams the four sheets into a scratch package, then PackageFinisher
// streams that into the output once, adding what SpreadCheetah cannot write. Nothing holds all rows.
internal sealed partial class LedgerWriter
{
    // Below this many detail rows the scratch package stays in memory (its entries are stored uncompressed,
    // about 0.7 KB a row: a few MB); above, it goes to a temporary file so that memory stays flat however large
    // the round.
    private const int InMemoryRowLimit = 5_000;

    // Excel's 1,048,576 rows less the title, subtitle and header rows.
    internal const int MaxDetailRows = 1_048_576 - DetailHeaderRow;

    // Points per wrapped line of 11 pt CJK text: Excel needs about 14.25, LibreOffice with Noto CJK about 16;
    // the larger keeps the last line visible in both.
    private const double LineHeight = 16;

    private readonly SupervisionRound round;
    private readonly LedgerOptions options;
    private readonly Language language;
    private readonly LocalDate asOf;
    private readonly PersonNaming naming;
    private readonly AnalyticsOptions analytics;
    private readonly CellTextSanitizer sanitizer = new();
    private readonly List<SheetFinish> finishes = [];
    private readonly SharedStringTable sharedStrings = new();
    private LedgerStyles styles = null!;
    private string? title;

    // The round's statistics as of the date, computed for 汇总 and reused by 说明.
    private RoundStatistics? statistics;

    private readonly IProgress<WriteProgress>? progress;

    // Set for one workbook of a split ledger (LedgerSplitter): the round given is then already filtered to it.
    private readonly LedgerScope? scope;

    public LedgerWriter(SupervisionRound round, LedgerOptions options, IProgress<WriteProgress>? progress, LedgerScope? scope = null)
    {
        this.progress = progress;
        this.scope = scope;
        this.round = round;
        this.options = options;
        language = options.Language;
        asOf = options.AsOf;
        analytics = options.Analytics;
        naming = options.Audience == Audience.Public ? PersonNaming.Public(round, language) : PersonNaming.Internal(language);
    }

    public async Task<LedgerResult> WriteAsync(Stream output, CancellationToken cancellationToken)
    {
        var rows = CountDetailRows();
        if (rows > MaxDetailRows || round.Measures.Count > MaxDetailRows)
        {
            // The round is too big for the format, not a wrong argument: an input error, said before anything is written.
            var message = string.Create(CultureInfo.InvariantCulture, $"the round has {rows:N0} violations found by {asOf:uuuu-MM-dd} and {round.Measures.Count:N0} measures; one worksheet of a ledger holds at most {MaxDetailRows:N0} rows below its title and header rows, so split the round");
            throw new InvalidInputException(new DiagnosticReport([Diagnostic.Error("row-limit", message, DiagnosticLocation.None)]));
        }

        // Every await here and below is ConfigureAwait(false), disposals included: RectificationLedger.Write
        // blocks on this task, which must then never need the caller's synchronization context.
        Stream scratch = rows <= InMemoryRowLimit
            ? new MemoryStream()
            : ScratchFile.Create("ledger-sheets");
        await using (scratch.ConfigureAwait(false))
        {
            int measures;
            var spreadsheetOptions = new SpreadCheetahOptions
            {
                CompressionLevel = SpreadCheetahCompressionLevel.Fastest,

                // SpreadCheetah rejects two-character font names such as 宋体; SimSun is the same face.
                DefaultFont = new DefaultFont { Name = language == Language.English ? "Calibri" : "SimSun", Size = 11 },

                // The title and the authority only: personal names never go into metadata (DESIGN §9).
                DocumentProperties = new DocumentProperties { Title = Metadata(Title()), Author = Metadata(naming.Redact(round.Authority)), Subject = Metadata(naming.Redact(round.Id)) },
            };
            var spreadsheet = await Spreadsheet.CreateNewAsync(scratch, spreadsheetOptions, cancellationToken).ConfigureAwait(false);
            await using (spreadsheet.ConfigureAwait(false))
            {
                // The finishing pass compresses every part once, at the default level; the scratch is stored.
                StoredScratch.TryApply(spreadsheet);
                styles = new LedgerStyles(spreadsheet, language);
                await WriteDetailAsync(spreadsheet, rows, cancellationToken).ConfigureAwait(false);
                await WriteSummaryAsync(spreadsheet, cancellationToken).ConfigureAwait(false);
                measures = await WriteMeasuresAsync(spreadsheet, cancellationToken).ConfigureAwait(false);
                await WriteNotesAsync(spreadsheet, rows, measures, cancellationToken).ConfigureAwait(false);
                await spreadsheet.FinishAsync(cancellationToken).ConfigureAwait(false);
            }

            cancellationToken.ThrowIfCancellationRequested();
            scratch.Position = 0;
            progress?.Report(new WriteProgress("finishing", 0, null));
            PackageFinisher.Finish(scratch, output, new PackageFinish
            {
                Sheets = finishes,
                DifferentialFills = [LedgerStyles.RedFill, LedgerStyles.GreenFill],
                SharedStrings = sharedStrings,
                Created = new DateTimeOffset(asOf.Year, asOf.Month, asOf.Day, 0, 0, 0, TimeSpan.Zero),
            });
            return new LedgerResult
            {
                FindingRows = rows,
                MeasureRows = measures,
                Warnings = [.. sanitizer.Warnings],
                WarningCount = sanitizer.WarningCount,
            };
        }
    }

    private int CountDetailRows()
    {
        var count = 0;
        foreach (var finding in round.Findings)
        {
            if (IsDetailRow(finding))
            {
                count++;
            }
        }

        return count;
    }

    // §6: findings are the violations found on or before the as-of date.
    private bool IsDetailRow(Finding finding) => finding.IsViolation && finding.FoundOn <= asOf;

    // The title row of every sheet and the document title; cleaned like any cell (a round built in code may
    // not have been validated), once.
    private string Title() => title ??= sanitizer.Clean(
        naming.Redact(scope is null ? options.Title ?? DefaultTitle(LedgerText.TitleSuffix(language)) : ScopedTitle(scope)),
        LedgerText.DetailSheet(language),
        1,
        1);

    private string DefaultTitle(string suffix) => language == Language.English
        ? round.Authority + " " + round.Title + suffix
        : round.Authority + round.Title + suffix;

    // A unit's own list (问题整改清单) names the unit, so that a file forwarded or printed says whose it is.
    private string ScopedTitle(LedgerScope part) =>
        (options.Title ?? DefaultTitle(LedgerText.SplitTitleSuffix(language))) + LedgerText.Pick(language, "（", "（", " (") + part.Name + LedgerText.Pick(language, "）", "）", ")");

    // The statistics of the rows written (for a split workbook, its unit's), once WriteAsync has run.
    internal RoundStatistics? Statistics => statistics;

    // Document properties hold at most 255 characters and no control characters.
    private static string Metadata(string text)
    {
        var clean = new string([.. text.Where(c => !char.IsControl(c) && !char.IsSurrogate(c))]);
        return clean.Length <= 255 ? clean : clean[..255];
    }

    private string Subtitle()
    {
        var line = LedgerText.AsOfLine(asOf, language);
        return options.Audience == Audience.Public ? line + LedgerText.PublicEdition(language) : line;
    }

    // Every text cell of a public ledger goes through the one redaction pass (unit names, titles, …), not only free text.
    private string Text(string? value, string sheet, int column, int row) =>
        value is null ? string.Empty : sanitizer.Clean(naming.Redact(value), sheet, column, row);

    private string FreeText(string? value, string sheet, int column, int row) =>
        value is null ? string.Empty : sanitizer.Clean(naming.Redact(value), sheet, column, row);

    private static DateTime? ExcelDate(LocalDate? date) =>
        date is { } d ? new DateTime(d.Year, d.Month, d.Day, 0, 0, 0, DateTimeKind.Unspecified) : null;

    private string DateText(LocalDate date) => language == Language.English
        ? date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)
        : string.Create(CultureInfo.InvariantCulture, $"{date.Year}年{date.Month}月{date.Day}日");

    private static RowOptions Height(double points) => new() { Height = Math.Min(409, points) };

    // Title and subtitle rows spanning `columns` columns (merged), then the header row.
    private async Task WriteTitleRowsAsync(Spreadsheet spreadsheet, int columns, string title, CancellationToken cancellationToken)
    {
        var last = CellTextSanitizer.ColumnName(columns);
        await spreadsheet.AddRowAsync([new Cell(title, styles.Title)], Height(32), cancellationToken).ConfigureAwait(false);
        await spreadsheet.AddRowAsync([new Cell(Subtitle(), styles.Subtitle)], Height(20), cancellationToken).ConfigureAwait(false);
        if (columns > 1)
        {
            spreadsheet.MergeCells($"A1:{last}1");
            spreadsheet.MergeCells($"A2:{last}2");
        }
    }

    private string Footer() => language == Language.English ? "&CPage &P of &N" : "&C第 &P 页 共 &N 页";
}
