using System.Text;
using System.Text.Json;
using Supervision.Reporting.Rendering.Pdf.Bulletins;
using Supervision.Reporting.Serialization;

namespace Supervision.Reporting;

/// <summary>
/// Reads a bulletin's document spec from JSON: camelCase members of <see cref="BulletinSpec"/>, codes in
/// kebab-case (<c>"kind": "typical-cases"</c>, <c>"audience": "public"</c>, <c>"language": "zh-Hans"</c>),
/// dates YYYY-MM-DD, <c>"sealPng"</c> a path relative to the spec file. Unknown members are errors; every
/// problem is reported with its path, line and column. See docs/bulletins.md for an example.
/// </summary>
public static class BulletinSpecJson
{
    /// <summary>Reads a spec from UTF-8 JSON; a seal image path is taken relative to the current folder.</summary>
    /// <param name="utf8Json">The document.</param>
    /// <returns>The spec (defaults where the document is silent), or every problem found.</returns>
    public static ReadResult<BulletinSpec> Read(ReadOnlySpan<byte> utf8Json) => Read(utf8Json, baseDirectory: null);

    /// <summary>Reads a spec from a JSON string; a seal image path is taken relative to the current folder.</summary>
    /// <param name="json">The document.</param>
    /// <returns>The spec, or every problem found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static ReadResult<BulletinSpec> Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Read(Encoding.UTF8.GetBytes(json));
    }

    /// <summary>Reads a spec from a file; a seal image path is taken relative to the file's folder.</summary>
    /// <param name="path">The spec file.</param>
    /// <returns>The spec, or every problem found.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or empty.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static ReadResult<BulletinSpec> ReadFile(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var full = Path.GetFullPath(path);
        return Read(File.ReadAllBytes(full), Path.GetDirectoryName(full));
    }

    private static ReadResult<BulletinSpec> Read(ReadOnlySpan<byte> utf8Json, string? baseDirectory)
    {
        if (utf8Json.StartsWith("\uFEFF"u8))
        {
            utf8Json = utf8Json[3..];
        }

        if (JsonEncoding.FirstInvalidBytes(utf8Json) is { } notUtf8)
        {
            return new ReadResult<BulletinSpec>(null, new DiagnosticReport([notUtf8]));
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8Json.ToArray());
        }
        catch (JsonException e)
        {
            return new ReadResult<BulletinSpec>(null, new DiagnosticReport([JsonProblems.Syntax(utf8Json, e)]));
        }

        using (document)
        {
            var reader = new BulletinSpecReader(baseDirectory);
            var read = reader.Read(document.RootElement);
            return new ReadResult<BulletinSpec>(read, new DiagnosticReport(JsonProblems.Locate(utf8Json, [.. reader.Problems])));
        }
    }
}
