using Supervision.Reporting.Domain;
using Supervision.Reporting.IO;

namespace Supervision.Reporting.Rendering.Excel;

/// <summary>
/// The rectification ledger (整改台账) of a round as an Excel workbook (docs/ledger.md): the detail sheet
/// (整改台账, one row per violation), a summary (汇总), the accountability measures (问责情况) and notes (说明),
/// formatted for print and for clerks who keep it up to date.
/// </summary>
/// <remarks>
/// <para>Rows are streamed: memory stays flat however many findings the round has. Text is always written as
/// text (a description starting with <c>=</c> never becomes a formula). The same round and options give the
/// same bytes. Methods are thread-safe: each call writes its own workbook.</para>
/// <para>Everything is as of <see cref="LedgerOptions.AsOf"/>: findings found later, and progress, completion,
/// closure or measures dated later, do not appear.</para>
/// </remarks>
public static class RectificationLedger
{
    /// <summary>Writes the ledger to a stream (which is left open).</summary>
    /// <param name="round">The round; it should be valid (see <see cref="Validation.RoundValidator"/>).</param>
    /// <param name="output">The stream to write the .xlsx package to; it need not be seekable.</param>
    /// <param name="options">The as-of date, audience, language, paper and columns.</param>
    /// <returns>The number of rows written and the changes made to cell texts.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="options"/> is not valid, <paramref name="output"/> is not writable, or the round has more findings or measures than a worksheet holds (1,048,573).</exception>
    public static LedgerResult Write(SupervisionRound round, Stream output, LedgerOptions options)
    {
        Check(round, output, options);

        // The writer awaits only stream writes with ConfigureAwait(false): blocking here cannot deadlock.
        return new LedgerWriter(round, options).WriteAsync(output, CancellationToken.None).GetAwaiter().GetResult();
    }

    /// <summary>Writes the ledger to a stream (which is left open), asynchronously.</summary>
    /// <param name="round">The round; it should be valid (see <see cref="Validation.RoundValidator"/>).</param>
    /// <param name="output">The stream to write the .xlsx package to; it need not be seekable.</param>
    /// <param name="options">The as-of date, audience, language, paper and columns.</param>
    /// <param name="cancellationToken">Cancels the writing.</param>
    /// <returns>The number of rows written and the changes made to cell texts.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="options"/> is not valid, <paramref name="output"/> is not writable, or the round has more findings or measures than a worksheet holds (1,048,573).</exception>
    public static Task<LedgerResult> WriteAsync(SupervisionRound round, Stream output, LedgerOptions options, CancellationToken cancellationToken = default)
    {
        Check(round, output, options);
        return new LedgerWriter(round, options).WriteAsync(output, cancellationToken);
    }

    /// <summary>Writes the ledger to a file atomically: the file appears whole, or not at all when writing fails.</summary>
    /// <param name="round">The round; it should be valid (see <see cref="Validation.RoundValidator"/>).</param>
    /// <param name="path">The .xlsx file to write (replaced when it exists).</param>
    /// <param name="options">The as-of date, audience, language, paper and columns.</param>
    /// <returns>The number of rows written and the changes made to cell texts.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="options"/> is not valid, or <paramref name="path"/> is empty.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public static LedgerResult WriteFile(SupervisionRound round, string path, LedgerOptions options)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        Check(round, Stream.Null, options);
        LedgerResult? result = null;
        AtomicFile.Write(path, stream => result = Write(round, stream, options));
        return result!;
    }

    /// <summary>The headers of the detail sheet (整改台账) in order, as written for these columns and language; the importer matches them.</summary>
    /// <param name="language">The language.</param>
    /// <param name="columns">The optional columns shown.</param>
    public static IReadOnlyList<string> DetailHeaders(Language language, LedgerOptionalColumns columns) =>
        [.. LedgerWriter.ColumnsFor(columns).Select(c => LedgerText.Header(c, language))];

    private static void Check(SupervisionRound round, Stream output, LedgerOptions options)
    {
        ArgumentNullException.ThrowIfNull(round);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(options);
        var problems = new List<string>();
        if (!output.CanWrite)
        {
            problems.Add("the output stream is not writable");
        }

        if (options.Analytics is null)
        {
            problems.Add("Analytics is null");
        }

        if (!Enum.IsDefined(options.Audience) || !Enum.IsDefined(options.Language) || !Enum.IsDefined(options.Paper))
        {
            problems.Add("Audience, Language and Paper must be defined values");
        }

        if ((options.OptionalColumns & ~LedgerOptionalColumns.All) != 0)
        {
            problems.Add("OptionalColumns has undefined flags");
        }

        if (options.Title is { Length: > 200 })
        {
            problems.Add("Title is longer than 200 characters");
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException("Invalid ledger options: " + string.Join("; ", problems) + ".", nameof(options));
        }
    }
}
