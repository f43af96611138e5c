using Supervision.Reporting.Domain;
using Supervision.Reporting.Rendering;
using Supervision.Reporting.Validation;

namespace Supervision.Reporting;

/// <summary>
/// Writes the 督办通知 of a round (docs/notices.md): for each responsible unit with findings overdue on the as-of date
/// (exactly those <see cref="RoundAnalytics"/> counts), a short GB/T 9704 document — the issuing authority's 版头, the
/// unit as 主送, "关于督促落实问题整改的通知", its overdue findings in a table, the requirement to report in writing by
/// a date, signature, 成文日期 and 版记 — as PDF or .docx, with <c>manifest.json</c> beside them. Like the split
/// ledgers, all files appear together or none; the same inputs give the same bytes.
/// </summary>
/// <example>
/// <code>
/// var round = RoundJson.ReadFile("guilin-2022-11.json").GetValueOrThrow();
/// var set = RectificationNotices.WriteAll(round, "notices/", new NoticeOptions { AsOf = new LocalDate(2022, 11, 30) });
/// </code>
/// </example>
public static class RectificationNotices
{
    /// <summary>Writes one notice per responsible unit with overdue findings, and the manifest, into a folder.</summary>
    /// <param name="round">The round; it must be valid.</param>
    /// <param name="directory">The folder to write into; created when missing. Files of the same names are replaced; other files are left alone.</param>
    /// <param name="options">The as-of and reply-by dates and the document frame.</param>
    /// <returns>The notices written, in the round's order of units; none (and a manifest saying so) when nothing is overdue.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="directory"/> is empty, or the reply-by date is before the as-of date.</exception>
    /// <exception cref="InvalidInputException">The round has errors; the report lists every problem.</exception>
    /// <exception cref="IOException">A file cannot be written; then none was.</exception>
    public static NoticeSetResult WriteAll(SupervisionRound round, string directory, NoticeOptions options) =>
        Writer(round, directory, options, progress: null).WriteAsync(CancellationToken.None).GetAwaiter().GetResult();

    /// <summary>Writes the notices and the manifest asynchronously; see <see cref="WriteAll"/>.</summary>
    /// <param name="round">The round; it must be valid.</param>
    /// <param name="directory">The folder to write into; created when missing.</param>
    /// <param name="options">The as-of and reply-by dates and the document frame.</param>
    /// <param name="progress">Receives the number of notices written; optional.</param>
    /// <param name="cancellationToken">Cancels the write; then no file is created.</param>
    /// <returns>The notices written.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="directory"/> is empty, or the reply-by date is before the as-of date.</exception>
    /// <exception cref="InvalidInputException">The round has errors; the report lists every problem.</exception>
    /// <exception cref="IOException">A file cannot be written; then none was.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static Task<NoticeSetResult> WriteAllAsync(
        SupervisionRound round,
        string directory,
        NoticeOptions options,
        IProgress<WriteProgress>? progress = null,
        CancellationToken cancellationToken = default) =>
        Writer(round, directory, options, progress).WriteAsync(cancellationToken);

    private static NoticeSetWriter Writer(SupervisionRound round, string directory, NoticeOptions options, IProgress<WriteProgress>? progress)
    {
        ArgumentNullException.ThrowIfNull(round);
        ArgumentException.ThrowIfNullOrEmpty(directory);
        ArgumentNullException.ThrowIfNull(options);
        var calendar = options.Document.Analytics.Calendar;
        if (options.ReplyBy is { } replyBy && replyBy < options.AsOf)
        {
            throw new ArgumentException($"ReplyBy {replyBy:uuuu-MM-dd} is before AsOf {options.AsOf:uuuu-MM-dd}; a unit cannot reply before it is notified.", nameof(options));
        }

        ValidatedRounds.EnsureValid(round, calendar);
        return new NoticeSetWriter(round, directory, options, progress);
    }
}
