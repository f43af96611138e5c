using System.Globalization;

namespace Supervision.Reporting.Rendering.Pdf.Text;

/// <summary>A character no font of the chain has: where it was and what replaced it.</summary>
internal sealed record LayoutWarning(int CodePoint, string Path, string Message)
{
    public static LayoutWarning MissingGlyph(int codePoint, string path) =>
        new(codePoint, path, string.Create(CultureInfo.InvariantCulture,
            $"no font has U+{codePoint:X4} '{char.ConvertFromUtf32(codePoint)}'; drawn as 〓 (geta mark, the typesetter's sign for a missing character)"));
}
