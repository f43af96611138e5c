using Supervision.Reporting.Domain;
using Supervision.Reporting.IO;
using Supervision.Reporting.Privacy;
using Supervision.Reporting.Rendering.Pdf.Bulletins.Content;
using Supervision.Reporting.Rendering.Pdf.Layout;
using Supervision.Reporting.Validation;

namespace Supervision.Reporting.Rendering.Pdf.Bulletins;

/// <summary>
/// Generates bulletins as GB/T 9704-2012 PDFs from a round and a document spec: typical-case bulletins
/// (典型问题通报), statistical bulletins (情况通报) and daily reports (日报). Thread-safe; the same inputs
/// give the same bytes.
/// </summary>
/// <example>
/// <code>
/// var round = RoundJson.ReadFile("guilin-2022-11.json").GetValueOrThrow();
/// Bulletin.WriteFile(round, new BulletinSpec { DocumentNumber = "桂纪通〔2022〕12号" }, "bulletin.pdf");
/// </code>
/// </example>
public static class Bulletin
{
    /// <summary>Writes a bulletin to a stream with the default options.</summary>
    /// <param name="round">The round; it must be valid.</param>
    /// <param name="spec">The document spec.</param>
    /// <param name="output">The stream to write the PDF to; nothing is written when generation fails.</param>
    /// <returns>The page count and warnings.</returns>
    /// <exception cref="RoundValidationException">The round has errors, or the spec does not fit the round (e.g. an unknown case id); the report lists every problem.</exception>
    public static BulletinResult Write(SupervisionRound round, BulletinSpec spec, Stream output) =>
        Write(round, spec, output, BulletinOptions.Default);

    /// <summary>Writes a bulletin to a stream.</summary>
    /// <param name="round">The round; it must be valid.</param>
    /// <param name="spec">The document spec.</param>
    /// <param name="output">The stream to write the PDF to; nothing is written when generation fails.</param>
    /// <param name="options">Fonts and calendar.</param>
    /// <returns>The page count and warnings.</returns>
    /// <exception cref="RoundValidationException">The round has errors, or the spec does not fit the round; the report lists every problem.</exception>
    public static BulletinResult Write(SupervisionRound round, BulletinSpec spec, Stream output, BulletinOptions options)
    {
        ArgumentNullException.ThrowIfNull(round);
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(options);
        var report = RoundValidator.Validate(round, options.Calendar);
        if (report.HasErrors)
        {
            throw new RoundValidationException(report);
        }

        var content = Compose(round, spec, options);
        var document = BulletinLayout.Document(content, spec.SealPng);

        // Rendered in memory first, so that a failure leaves the caller's stream untouched.
        using var buffer = new MemoryStream();
        var rendered = PdfRenderer.Render(document, buffer, new RenderOptions(options.Fonts, options.UseSystemFonts));
        buffer.Position = 0;
        buffer.CopyTo(output);
        return new BulletinResult(rendered.PageCount, [.. rendered.Warnings.Select(w => w.Message)]);
    }

    /// <summary>Writes a bulletin to a file atomically, with the default options: the file appears only when the whole PDF was written.</summary>
    /// <param name="round">The round; it must be valid.</param>
    /// <param name="spec">The document spec.</param>
    /// <param name="path">The PDF file.</param>
    /// <returns>The page count and warnings.</returns>
    /// <exception cref="RoundValidationException">The round has errors, or the spec does not fit the round.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public static BulletinResult WriteFile(SupervisionRound round, BulletinSpec spec, string path) =>
        WriteFile(round, spec, path, BulletinOptions.Default);

    /// <summary>Writes a bulletin to a file atomically: the file appears only when the whole PDF was written.</summary>
    /// <param name="round">The round; it must be valid.</param>
    /// <param name="spec">The document spec.</param>
    /// <param name="path">The PDF file.</param>
    /// <param name="options">Fonts and calendar.</param>
    /// <returns>The page count and warnings.</returns>
    /// <exception cref="RoundValidationException">The round has errors, or the spec does not fit the round.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public static BulletinResult WriteFile(SupervisionRound round, BulletinSpec spec, string path, BulletinOptions options)
    {
        BulletinResult? result = null;
        AtomicFile.Write(path, stream => result = Write(round, spec, stream, options));
        return result!;
    }

    internal static BulletinContent Compose(SupervisionRound round, BulletinSpec spec, BulletinOptions options)
    {
        var resolved = ResolvedSpec.Resolve(round, spec);
        var naming = spec.Audience == Audience.Public ? PersonNaming.Public(round, spec.Language) : PersonNaming.Internal(spec.Language);
        var content = spec.Kind switch
        {
            BulletinKind.TypicalCases => TypicalCaseComposer.Compose(round, resolved, naming, options.Calendar),
            BulletinKind.Statistics => StatisticsComposer.Compose(round, resolved, naming, options.Calendar),
            BulletinKind.Daily => DailyReportComposer.Compose(round, resolved, naming, options.Calendar),
            _ => throw new ArgumentOutOfRangeException(nameof(spec), spec.Kind, "Not a defined bulletin kind."),
        };

        // zh-Hant: the round's and the spec's text too, unless the office keeps the data as entered.
        return spec.Language == Language.ZhHant && !spec.KeepDataAsEntered ? HantContent.Convert(content) : content;
    }
}
