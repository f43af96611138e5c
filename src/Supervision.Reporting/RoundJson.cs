using System.Text;
using System.Text.Json;
using Supervision.Reporting.Calendar;
using Supervision.Reporting.Domain;
using Supervision.Reporting.IO;
using Supervision.Reporting.Serialization;
using Supervision.Reporting.Validation;

namespace Supervision.Reporting;

/// <summary>
/// Reads and writes rounds in the JSON format, version 1 (docs/data-format.md): UTF-8, camelCase, kebab-case codes,
/// dates as YYYY-MM-DD, unknown properties rejected. Reading validates as well, and reports every
/// problem at once with its JSON path, line and column.
/// </summary>
/// <example>
/// <code>
/// var result = RoundJson.ReadFile("guilin-2022-11.json");
/// if (!result.IsValid) { Console.Error.WriteLine(result.Report); return 1; }
/// var round = result.Round!;
/// </code>
/// </example>
public static class RoundJson
{
    /// <summary>The JSON Schema (draft 2020-12) of the format, as shipped with the library.</summary>
    public static string Schema { get; } = LoadSchema();

    /// <summary>Reads and validates a round from UTF-8 JSON (a byte order mark is allowed), with China's working-day calendar.</summary>
    /// <param name="utf8Json">The document.</param>
    /// <returns>The round and every problem found. Never throws for bad input.</returns>
    public static ReadResult<SupervisionRound> Read(ReadOnlySpan<byte> utf8Json) => Read(utf8Json, WorkingDayCalendar.China);

    /// <summary>Reads and validates a round from UTF-8 JSON (a byte order mark is allowed).</summary>
    /// <param name="utf8Json">The document.</param>
    /// <param name="calendar">The working-day calendar used by validation.</param>
    /// <returns>The round and every problem found. Never throws for bad input.</returns>
    public static ReadResult<SupervisionRound> Read(ReadOnlySpan<byte> utf8Json, WorkingDayCalendar calendar) => ReadCore(utf8Json.ToArray(), calendar);

    // The document is parsed from memory the caller no longer touches, so no further copy is made.
    private static ReadResult<SupervisionRound> ReadCore(ReadOnlyMemory<byte> utf8Memory, WorkingDayCalendar calendar)
    {
        var utf8Json = utf8Memory.Span;
        if (utf8Json.StartsWith("\uFEFF"u8))
        {
            utf8Memory = utf8Memory[3..];
            utf8Json = utf8Memory.Span;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8Memory, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException e)
        {
            return new ReadResult<SupervisionRound>(null, new DiagnosticReport([JsonProblems.Syntax(utf8Json, e)]));
        }

        using (document)
        {
            var reader = new JsonRoundReader();
            var round = reader.ReadRound(document.RootElement);
            var problems = new List<Diagnostic>(reader.Problems);
            if (round is not null)
            {
                var structural = reader.Problems.Select(p => p.Location.Path!).ToList();
                var unreadable = new HashSet<string>(structural, StringComparer.Ordinal);
                foreach (var problem in RoundValidator.Validate(round, calendar ?? WorkingDayCalendar.China, unreadable).Diagnostics)
                {
                    // A value the reader could not read was reported there; do not report it twice.
                    if (!structural.Exists(path => JsonPath.IsAtOrBelow(problem.Location.Path!, path)))
                    {
                        problems.Add(problem);
                    }
                }
            }

            var report = new DiagnosticReport(JsonProblems.Locate(utf8Json, problems));
            if (round is not null)
            {
                // Generators validate the rounds they are given; this one has just been judged.
                ValidatedRounds.Remember(round, calendar ?? WorkingDayCalendar.China, report);
            }

            return new ReadResult<SupervisionRound>(round, report);
        }
    }

    /// <summary>Reads and validates a round from a JSON string, with China's working-day calendar.</summary>
    /// <param name="json">The document.</param>
    /// <returns>The round and every problem found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static ReadResult<SupervisionRound> Parse(string json) => Parse(json, WorkingDayCalendar.China);

    /// <summary>Reads and validates a round from a JSON string.</summary>
    /// <param name="json">The document.</param>
    /// <param name="calendar">The working-day calendar used by validation.</param>
    /// <returns>The round and every problem found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static ReadResult<SupervisionRound> Parse(string json, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Read(Encoding.UTF8.GetBytes(json), calendar);
    }

    /// <summary>Reads and validates a round from a stream of UTF-8 JSON, with China's working-day calendar.</summary>
    /// <param name="utf8Json">The stream, read to its end.</param>
    /// <returns>The round and every problem found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static ReadResult<SupervisionRound> Read(Stream utf8Json) => Read(utf8Json, WorkingDayCalendar.China);

    /// <summary>Reads and validates a round from a stream of UTF-8 JSON.</summary>
    /// <param name="utf8Json">The stream, read to its end.</param>
    /// <param name="calendar">The working-day calendar used by validation.</param>
    /// <returns>The round and every problem found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static ReadResult<SupervisionRound> Read(Stream utf8Json, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var buffer = new MemoryStream();
        utf8Json.CopyTo(buffer);
        return ReadCore(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), calendar);
    }

    /// <summary>Reads and validates a round from a file, with China's working-day calendar.</summary>
    /// <param name="path">The file path.</param>
    /// <returns>The round and every problem found.</returns>
    /// <exception cref="IOException">The file cannot be read (e.g. <see cref="FileNotFoundException"/>).</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static ReadResult<SupervisionRound> ReadFile(string path) => ReadFile(path, WorkingDayCalendar.China);

    /// <summary>Reads and validates a round from a file.</summary>
    /// <param name="path">The file path.</param>
    /// <param name="calendar">The working-day calendar used by validation.</param>
    /// <returns>The round and every problem found.</returns>
    /// <exception cref="IOException">The file cannot be read (e.g. <see cref="FileNotFoundException"/>).</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static ReadResult<SupervisionRound> ReadFile(string path, WorkingDayCalendar calendar)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return ReadCore(File.ReadAllBytes(path), calendar);
    }

    /// <summary>Writes a round as indented UTF-8 JSON (no byte order mark).</summary>
    /// <param name="round">The round.</param>
    /// <param name="utf8Output">The stream to write to; left open.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(SupervisionRound round, Stream utf8Output)
    {
        ArgumentNullException.ThrowIfNull(round);
        ArgumentNullException.ThrowIfNull(utf8Output);
        JsonRoundWriter.Write(round, utf8Output);
    }

    /// <summary>Writes a round as an indented JSON string.</summary>
    /// <param name="round">The round.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="round"/> is null.</exception>
    public static string Serialize(SupervisionRound round)
    {
        ArgumentNullException.ThrowIfNull(round);
        using var buffer = new MemoryStream();
        JsonRoundWriter.Write(round, buffer);
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>Writes a round to a file atomically: the file is replaced only when the whole round was written.</summary>
    /// <param name="round">The round.</param>
    /// <param name="path">The file path.</param>
    /// <exception cref="ArgumentNullException"><paramref name="round"/> is null.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public static void WriteFile(SupervisionRound round, string path)
    {
        ArgumentNullException.ThrowIfNull(round);
        AtomicFile.Write(path, stream => JsonRoundWriter.Write(round, stream));
    }

    private static string LoadSchema()
    {
        using var stream = typeof(RoundJson).Assembly.GetManifestResourceStream("Supervision.Reporting.Serialization.round-v1.schema.json");
        if (stream is null)
        {
            return string.Empty;
        }

        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
