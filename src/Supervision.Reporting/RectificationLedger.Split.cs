using Supervision.Reporting.Domain;
using Supervision.Reporting.Rendering.Excel;

namespace Supervision.Reporting;

// Split ledgers (docs/ledger.md, "Split ledgers"): one workbook per responsible unit, area or group.
public static partial class RectificationLedger
{
    /// <summary>
    /// Writes one workbook per responsible unit (or top-level area, or group) into a folder, each with only its
    /// rows and the measures about them, its own 汇总 and 说明, and the unit named in the title
    /// (…问题整改清单（全州县卫生健康局）), plus <c>manifest.json</c> listing each file's unit, rows and overdue count.
    /// A unit without rows as of the date gets no file. All files appear together or none.
    /// </summary>
    /// <param name="round">The round; it must be valid.</param>
    /// <param name="directory">The folder to write into; created when missing. Files of the same names are replaced.</param>
    /// <param name="options">The as-of date, audience, language, paper and columns, as for the whole ledger; a <see cref="LedgerOptions.Title"/> replaces the part before the unit's name.</param>
    /// <param name="splitBy">What to split by; by responsible unit unless given.</param>
    /// <returns>The files written, in the round's order of units (or groups).</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="directory"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="splitBy"/> is not defined.</exception>
    /// <exception cref="InvalidInputException">The round has errors; the report lists every problem.</exception>
    /// <exception cref="IOException">A file cannot be written; then none was.</exception>
    public static LedgerSplitResult WriteSplit(SupervisionRound round, string directory, LedgerOptions options, LedgerSplit splitBy = LedgerSplit.ResponsibleUnit)
    {
        var splitter = Splitter(round, directory, options, splitBy, progress: null);

        // The writer awaits only stream writes with ConfigureAwait(false): blocking here cannot deadlock.
        return splitter.WriteAsync(CancellationToken.None).GetAwaiter().GetResult();
    }

    /// <summary>Writes one workbook per responsible unit (or area, or group) and the manifest asynchronously; see <see cref="WriteSplit"/>.</summary>
    /// <param name="round">The round; it must be valid.</param>
    /// <param name="directory">The folder to write into; created when missing.</param>
    /// <param name="options">The as-of date, audience, language, paper and columns.</param>
    /// <param name="splitBy">What to split by.</param>
    /// <param name="progress">Receives the number of workbooks written; optional.</param>
    /// <param name="cancellationToken">Cancels the write; then no file is created.</param>
    /// <returns>The files written.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="directory"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="splitBy"/> is not defined.</exception>
    /// <exception cref="InvalidInputException">The round has errors; the report lists every problem.</exception>
    /// <exception cref="IOException">A file cannot be written; then none was.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static Task<LedgerSplitResult> WriteSplitAsync(
        SupervisionRound round,
        string directory,
        LedgerOptions options,
        LedgerSplit splitBy = LedgerSplit.ResponsibleUnit,
        IProgress<WriteProgress>? progress = null,
        CancellationToken cancellationToken = default) =>
        Splitter(round, directory, options, splitBy, progress).WriteAsync(cancellationToken);

    private static LedgerSplitter Splitter(SupervisionRound round, string directory, LedgerOptions options, LedgerSplit splitBy, IProgress<WriteProgress>? progress)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        _ = Guard.Defined(splitBy);
        Check(round, Stream.Null, options);
        return new LedgerSplitter(round, directory, options, splitBy, progress);
    }
}
