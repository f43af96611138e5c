using Supervision.Reporting.Domain;
using Supervision.Reporting.IO;
using Supervision.Reporting.Rendering.Excel;
using Supervision.Reporting.Validation;

namespace Supervision.Reporting;

/// <summary>
/// Writes the rectification ledger (整改台账) of a round as an .xlsx workbook: the detail sheet (one row per
/// violation found by the as-of date), 汇总 (counts by responsible unit, area and category), 问责情况 (one row per
/// measure) and 说明 (legend and column descriptions), with print setup, frozen headers, autofilter, a status
/// drop-down and deadline-light colours that stay live when the file is opened later (docs/ledger.md). Like every
/// generator here it takes <c>(round, destination, options)</c>, validates the round (a round read by
/// <see cref="RoundJson"/> is not validated twice) and writes nothing when it fails. Rows are streamed: memory stays
/// flat as the round grows. Thread-safe; the same inputs give the same bytes.
/// </summary>
/// <example>
/// <code>
/// var round = RoundJson.ReadFile("guilin-2022-11.json").GetValueOrThrow();
/// RectificationLedger.WriteFile(round, "ledger.xlsx", new LedgerOptions { AsOf = new LocalDate(2022, 11, 30) });
/// </code>
/// </example>
public static partial class RectificationLedger
{
    /// <summary>Writes the ledger to a stream.</summary>
    /// <param name="round">The round; it must be valid.</param>
    /// <param name="output">The stream to write the workbook to.</param>
    /// <param name="options">The as-of date, audience, language, paper and columns.</param>
    /// <returns>Row counts and warnings (e.g. text truncated to the cell limit).</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="output"/> is not writable, or the round has more rows than a worksheet holds.</exception>
    /// <exception cref="InvalidInputException">The round has errors; the report lists every problem.</exception>
    public static LedgerResult Write(SupervisionRound round, Stream output, LedgerOptions options)
    {
        Check(round, output, options);

        // The writer awaits only stream writes with ConfigureAwait(false): blocking here cannot deadlock.
        return new LedgerWriter(round, options, progress: null).WriteAsync(output, CancellationToken.None).GetAwaiter().GetResult();
    }

    /// <summary>Writes the ledger to a stream asynchronously, reporting progress.</summary>
    /// <param name="round">The round; it must be valid.</param>
    /// <param name="output">The stream to write the workbook to.</param>
    /// <param name="options">The as-of date, audience, language, paper and columns.</param>
    /// <param name="progress">Receives the stages and the detail rows written; optional.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>Row counts and warnings.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="output"/> is not writable, or the round has more rows than a worksheet holds.</exception>
    /// <exception cref="InvalidInputException">The round has errors; the report lists every problem.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static Task<LedgerResult> WriteAsync(
        SupervisionRound round, Stream output, LedgerOptions options, IProgress<WriteProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        Check(round, output, options);
        return new LedgerWriter(round, options, progress).WriteAsync(output, cancellationToken);
    }

    /// <summary>Writes the ledger to a file atomically: the file appears only when the whole workbook was written.</summary>
    /// <param name="round">The round; it must be valid.</param>
    /// <param name="path">The .xlsx file.</param>
    /// <param name="options">The as-of date, audience, language, paper and columns.</param>
    /// <returns>Row counts and warnings.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty, or the round has more rows than a worksheet holds.</exception>
    /// <exception cref="InvalidInputException">The round has errors; the report lists every problem.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public static LedgerResult WriteFile(SupervisionRound round, string path, LedgerOptions options)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        Check(round, Stream.Null, options);
        LedgerResult? result = null;
        AtomicFile.Write(path, stream => result = Write(round, stream, options));
        return result!;
    }

    /// <summary>Writes the ledger to a file atomically and asynchronously, reporting progress.</summary>
    /// <param name="round">The round; it must be valid.</param>
    /// <param name="path">The .xlsx file.</param>
    /// <param name="options">The as-of date, audience, language, paper and columns.</param>
    /// <param name="progress">Receives the stages and the detail rows written; optional.</param>
    /// <param name="cancellationToken">Cancels the write; the file is then not created.</param>
    /// <returns>Row counts and warnings.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty, or the round has more rows than a worksheet holds.</exception>
    /// <exception cref="InvalidInputException">The round has errors; the report lists every problem.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static async Task<LedgerResult> WriteFileAsync(
        SupervisionRound round, string path, LedgerOptions options, IProgress<WriteProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        Check(round, Stream.Null, options);
        LedgerResult? result = null;
        await AtomicFile.WriteAsync(
            path,
            async (stream, token) => result = await new LedgerWriter(round, options, progress).WriteAsync(stream, token).ConfigureAwait(false),
            cancellationToken).ConfigureAwait(false);
        return result!;
    }

    // The headers of the detail sheet, in order, for the importer and the tests.
    internal static IReadOnlyList<string> DetailHeaders(Language language, LedgerOptionalColumns columns) =>
        [.. LedgerWriter.ColumnsFor(columns).Select(c => LedgerText.Header(c, language))];

    private static void Check(SupervisionRound round, Stream output, LedgerOptions options)
    {
        ArgumentNullException.ThrowIfNull(round);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(options);
        if (!output.CanWrite)
        {
            throw new ArgumentException("The output stream is not writable.", nameof(output));
        }

        ValidatedRounds.EnsureValid(round, options.Analytics.Calendar);
    }
}
