using Supervision.Reporting.Domain;
using Supervision.Reporting.IO;
using Supervision.Reporting.Privacy;
using Supervision.Reporting.Rendering.Pdf.Bulletins;
using Supervision.Reporting.Rendering.Pdf.Bulletins.Content;
using Supervision.Reporting.Rendering.Pdf.Layout;
using Supervision.Reporting.Rendering.Pdf.Text;
using Supervision.Reporting.Rendering.Word;
using Supervision.Reporting.Validation;

namespace Supervision.Reporting;

/// <summary>
/// Generates bulletins in the GB/T 9704-2012 official-document format from a round and a document spec:
/// typical-case bulletins (典型问题通报), statistical bulletins (情况通报) and daily reports (日报). Like every
/// generator here it takes <c>(round, destination, spec)</c>, validates the round (a round read by
/// <see cref="RoundJson"/> is not validated twice), writes nothing when it fails, and is thread-safe; the same
/// inputs give the same bytes.
/// </summary>
/// <example>
/// <code>
/// var round = RoundJson.ReadFile("guilin-2022-11.json").GetValueOrThrow();
/// Bulletin.WriteFile(round, "bulletin.pdf", new BulletinSpec { DocumentNumber = "桂纪通〔2022〕12号" });
/// </code>
/// </example>
public static class Bulletin
{
    /// <summary>Writes a bulletin to a stream.</summary>
    /// <param name="round">The round; it must be valid.</param>
    /// <param name="output">The stream to write the document to; nothing is written when generation fails.</param>
    /// <param name="spec">What to write: kind, dates, audience, language, the document's fixed parts, fonts and calendar.</param>
    /// <returns>The page count and warnings.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="output"/> is not writable.</exception>
    /// <exception cref="InvalidInputException">The round has errors, or the spec does not fit the round (e.g. an unknown case id); the report lists every problem.</exception>
    public static BulletinResult Write(SupervisionRound round, Stream output, BulletinSpec spec)
    {
        using var buffer = Render(round, output, spec, progress: null, CancellationToken.None, out var result);
        buffer.CopyTo(output);
        return result;
    }

    /// <summary>Writes a bulletin to a stream asynchronously, reporting progress.</summary>
    /// <param name="round">The round; it must be valid.</param>
    /// <param name="output">The stream to write the document to; nothing is written when generation fails.</param>
    /// <param name="spec">What to write.</param>
    /// <param name="progress">Receives the stages (validating, composing, rendering, writing); optional.</param>
    /// <param name="cancellationToken">Cancels the write; nothing is written to <paramref name="output"/> when cancelled before the copy starts.</param>
    /// <returns>The page count and warnings.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="output"/> is not writable.</exception>
    /// <exception cref="InvalidInputException">The round has errors, or the spec does not fit the round.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static async Task<BulletinResult> WriteAsync(
        SupervisionRound round, Stream output, BulletinSpec spec, IProgress<WriteProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        using var buffer = Render(round, output, spec, progress, cancellationToken, out var result);
        progress?.Report(new WriteProgress("writing", 0, buffer.Length));
        await buffer.CopyToAsync(output, cancellationToken).ConfigureAwait(false);
        progress?.Report(new WriteProgress("writing", buffer.Length, buffer.Length));
        return result;
    }

    /// <summary>Writes a bulletin to a file atomically: the file appears only when the whole document was written.</summary>
    /// <param name="round">The round; it must be valid.</param>
    /// <param name="path">The file.</param>
    /// <param name="spec">What to write.</param>
    /// <returns>The page count and warnings.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty, or ends in .pdf or .docx against the spec's <see cref="BulletinSpec.Format"/>.</exception>
    /// <exception cref="InvalidInputException">The round has errors, or the spec does not fit the round.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public static BulletinResult WriteFile(SupervisionRound round, string path, BulletinSpec spec)
    {
        CheckExtension(path, spec);
        using var buffer = Render(round, Stream.Null, spec, progress: null, CancellationToken.None, out var result);
        AtomicFile.Write(path, buffer.CopyTo);
        return result;
    }

    /// <summary>Writes a bulletin to a file atomically and asynchronously, reporting progress.</summary>
    /// <param name="round">The round; it must be valid.</param>
    /// <param name="path">The file.</param>
    /// <param name="spec">What to write.</param>
    /// <param name="progress">Receives the stages; optional.</param>
    /// <param name="cancellationToken">Cancels the write; the file is then not created.</param>
    /// <returns>The page count and warnings.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty, or ends in .pdf or .docx against the spec's <see cref="BulletinSpec.Format"/>.</exception>
    /// <exception cref="InvalidInputException">The round has errors, or the spec does not fit the round.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static async Task<BulletinResult> WriteFileAsync(
        SupervisionRound round, string path, BulletinSpec spec, IProgress<WriteProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        CheckExtension(path, spec);
        using var buffer = Render(round, Stream.Null, spec, progress, cancellationToken, out var result);
        await AtomicFile.WriteAsync(path, (stream, token) => buffer.CopyToAsync(stream, token), cancellationToken).ConfigureAwait(false);
        return result;
    }

    internal static BulletinContent Compose(SupervisionRound round, BulletinSpec spec)
    {
        var resolved = ResolvedSpec.Resolve(round, spec);
        var naming = spec.Audience == Audience.Public ? PersonNaming.Public(round, spec.Language) : PersonNaming.Internal(spec.Language);
        var calendar = spec.Analytics.Calendar;
        var content = spec.Kind switch
        {
            BulletinKind.TypicalCases => TypicalCaseComposer.Compose(round, resolved, naming, calendar),
            BulletinKind.Statistics => StatisticsComposer.Compose(round, resolved, naming, calendar),
            BulletinKind.Daily => DailyReportComposer.Compose(round, resolved, naming, calendar),
            _ => throw new ArgumentOutOfRangeException(nameof(spec), spec.Kind, "Not a defined bulletin kind."),
        };

        // Public: one redaction pass over every text of the document — the body, the title, unit names, the spec's
        // preamble, recipients and copyTo, and the PDF/Word properties — besides the composers' own (issue 10, class 11).
        if (naming.IsPublic)
        {
            content = ContentTexts.Map(content, naming.Redact);
        }

        // zh-Hant: the round's and the spec's text too, unless the office keeps the data as entered; English: typographic quotes.
        return spec.Language switch
        {
            Language.ZhHant when !spec.KeepDataAsEntered => HantContent.Convert(content),
            Language.English => EnglishQuotes.Convert(content),
            _ => content,
        };
    }

    // Everything but the copy: rendered in memory first, so that a failure leaves the caller's stream or file untouched.
    private static MemoryStream Render(
        SupervisionRound round, Stream output, BulletinSpec spec, IProgress<WriteProgress>? progress, CancellationToken cancellationToken, out BulletinResult result)
    {
        ArgumentNullException.ThrowIfNull(round);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(spec);
        if (!output.CanWrite)
        {
            throw new ArgumentException("The output stream is not writable.", nameof(output));
        }

        progress?.Report(new WriteProgress("validating", 0, null));
        ValidatedRounds.EnsureValid(round, spec.Analytics.Calendar);
        if (!spec.SealPng.IsEmpty && Rendering.Images.SealImage.Problem(spec.SealPng.AsImmutableArray().AsSpan()) is { } seal)
        {
            // A seal set in code is held to the limits a spec file's is (issue 10, class 4).
            throw new InvalidInputException(new DiagnosticReport([Diagnostic.Error("image", $"the seal image {seal}", DiagnosticLocation.Element("sealPng"))]));
        }

        cancellationToken.ThrowIfCancellationRequested();
        progress?.Report(new WriteProgress("composing", 0, null));
        var content = Compose(round, spec);
        cancellationToken.ThrowIfCancellationRequested();
        progress?.Report(new WriteProgress("rendering", 0, null));
        var buffer = new MemoryStream();
        try
        {
            // PDFsharp formats its XMP dates with the current culture (a Thai calendar gave 2565): render invariant.
            using (InvariantCultureScope.Enter())
            {
                if (spec.Format == BulletinFormat.Word)
                {
                    // The word processor paginates a .docx: there is no page count to report.
                    var word = WordRenderer.Render(content, spec.SealPng.IsEmpty ? null : [.. spec.SealPng], buffer, WordRenderOptions.Default);
                    result = new BulletinResult(spec.Format, 0, [.. word.Warnings.Select(w => Diagnostic.Warning("word", w, DiagnosticLocation.Element("document")))]);
                }
                else
                {
                    var document = BulletinLayout.Document(content, spec.SealPng);
                    var rendered = PdfRenderer.Render(document, buffer, new RenderOptions(spec.Fonts, spec.UseSystemFonts));
                    result = new BulletinResult(spec.Format, rendered.PageCount, [.. rendered.Warnings.Select(w => w.ToDiagnostic())]);
                }
            }

            cancellationToken.ThrowIfCancellationRequested();
            buffer.Position = 0;
            return buffer;
        }
        catch
        {
            buffer.Dispose();
            throw;
        }
    }

    // A .pdf or .docx name that contradicts the spec's format is a mistake that would give a file no program opens.
    private static void CheckExtension(string path, BulletinSpec spec)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(spec);
        var extension = Path.GetExtension(path);
        var expected = spec.Format == BulletinFormat.Word ? ".docx" : ".pdf";
        if ((extension.Equals(".pdf", StringComparison.OrdinalIgnoreCase) || extension.Equals(".docx", StringComparison.OrdinalIgnoreCase))
            && !extension.Equals(expected, StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"The file name ends in {extension} but the spec's format is {spec.Format}; use {expected} or set BulletinSpec.Format.", nameof(path));
        }
    }
}
