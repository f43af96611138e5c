using System.Collections.Concurrent;
using PdfSharp.Fonts;

namespace Supervision.Reporting.Rendering.Pdf.Fonts;

/// <summary>
/// Process-wide table of faces known to PDFsharp, and PDFsharp's global font resolver over it.
/// PDFsharp allows its resolver to be set once per process, before any font is used; the
/// faces are therefore looked up by our own keys (hash of the bytes) rather than by family name.
/// </summary>
internal sealed class FontRegistry : IFontResolver
{
    private static readonly FontRegistry Instance = new();
    private static readonly object Gate = new();
    private static volatile bool _installed;

    private readonly ConcurrentDictionary<string, FontFace> _faces = new(StringComparer.Ordinal);

    private FontRegistry()
    {
    }

    /// <summary>Makes the face known to PDFsharp (idempotent) and installs the resolver if needed.</summary>
    public static void Register(FontFace face)
    {
        EnsureInstalled();
        Instance._faces.TryAdd(face.Key, face);
    }

    public static void EnsureInstalled()
    {
        if (_installed)
        {
            return;
        }

        lock (Gate)
        {
            if (_installed)
            {
                return;
            }

            if (GlobalFontSettings.FontResolver is null || ReferenceEquals(GlobalFontSettings.FontResolver, Instance))
            {
                GlobalFontSettings.FontResolver = Instance;
            }
            else if (GlobalFontSettings.FallbackFontResolver is null || ReferenceEquals(GlobalFontSettings.FallbackFontResolver, Instance))
            {
                // The application has its own resolver: ours answers only for our keys, as the
                // fallback PDFsharp asks when the primary resolver returns null.
                GlobalFontSettings.FallbackFontResolver = Instance;
            }
            else
            {
                throw new InvalidOperationException(
                    "PDFsharp's FontResolver and FallbackFontResolver are both taken by the application; Supervision.Reporting needs one of them to embed its fonts.");
            }

            _installed = true;
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        _faces.ContainsKey(familyName)
            ? new FontResolverInfo(familyName, bold, italic)
            : null;

    public byte[]? GetFont(string faceName) =>
        _faces.TryGetValue(faceName, out var face) ? face.Data : null;
}
