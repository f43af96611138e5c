using System.Text.Json;
using Supervision.Reporting.Serialization;
using Supervision.Reporting.Validation;

namespace Supervision.Reporting.Rendering.Pdf.Bulletins;

/// <summary>
/// Reads a bulletin's document spec from JSON: camelCase members of <see cref="BulletinSpec"/>, codes in
/// kebab-case (<c>"kind": "typical-cases"</c>, <c>"audience": "public"</c>, <c>"language": "zh-Hans"</c>),
/// dates YYYY-MM-DD, <c>"sealPng"</c> a path relative to the spec file. Unknown members are errors; every
/// problem is reported with its path. See docs/bulletins.md for an example.
/// </summary>
public static class BulletinSpecJson
{
    /// <summary>Reads a spec from UTF-8 JSON.</summary>
    /// <param name="utf8Json">The document.</param>
    /// <param name="spec">The spec read (defaults where the document is silent); the default spec when the document has errors.</param>
    /// <param name="report">Every problem found.</param>
    /// <returns>True when the document has no errors.</returns>
    public static bool TryRead(ReadOnlySpan<byte> utf8Json, out BulletinSpec spec, out ValidationReport report) =>
        TryRead(utf8Json, baseDirectory: null, out spec, out report);

    /// <summary>Reads a spec from a file; a seal image path is taken relative to the file's folder.</summary>
    /// <param name="path">The spec file.</param>
    /// <param name="spec">The spec read; the default spec when the file has errors.</param>
    /// <param name="report">Every problem found.</param>
    /// <returns>True when the file has no errors.</returns>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static bool TryReadFile(string path, out BulletinSpec spec, out ValidationReport report)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var full = Path.GetFullPath(path);
        return TryRead(File.ReadAllBytes(full), Path.GetDirectoryName(full), out spec, out report);
    }

    private static bool TryRead(ReadOnlySpan<byte> utf8Json, string? baseDirectory, out BulletinSpec spec, out ValidationReport report)
    {
        spec = new BulletinSpec();
        if (utf8Json.StartsWith("\uFEFF"u8))
        {
            utf8Json = utf8Json[3..];
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8Json.ToArray());
        }
        catch (JsonException e)
        {
            report = new ValidationReport([JsonProblems.Syntax(utf8Json, e)]);
            return false;
        }

        using (document)
        {
            var reader = new BulletinSpecReader(baseDirectory);
            var read = reader.Read(document.RootElement);
            report = new ValidationReport(JsonProblems.Locate(utf8Json, [.. reader.Problems]));
            if (read is null || report.HasErrors)
            {
                return false;
            }

            spec = read;
            return true;
        }
    }
}
