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
    public static ReadResult<SupervisionRound> Read(ReadOnlySpan<byte> utf8Json, WorkingDayCalendar calendar)
    {
        using var stream = new MemoryStream(utf8Json.ToArray(), writable: false);
        return RoundJsonReading.Read(stream, calendar ?? WorkingDayCalendar.China);
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
        calendar ??= WorkingDayCalendar.China;
        if (utf8Json.CanSeek)
        {
            var result = RoundJsonReading.Read(utf8Json, calendar);
            utf8Json.Seek(0, SeekOrigin.End);
            return result;
        }

        // A pipe or a socket: kept in memory (within the size limit), so that problems can be placed.
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        for (int read; (read = utf8Json.Read(chunk)) > 0;)
        {
            if (buffer.Length + read > JsonTokenStream.MaxInputBytes)
            {
                return RoundJsonReading.TooLargeResult();
            }

            buffer.Write(chunk, 0, read);
        }

        buffer.Position = 0;
        return RoundJsonReading.Read(buffer, calendar);
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

        // Read in chunks as it is parsed: the file is never held whole in memory (and one that never ends,
        // like /dev/zero, stops at its first byte that is not JSON or at the size limit).
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, FileOptions.SequentialScan);
        return Read(file, calendar);
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
