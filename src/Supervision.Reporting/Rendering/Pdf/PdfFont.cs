using Supervision.Reporting.Rendering.Pdf.Fonts;

namespace Supervision.Reporting.Rendering.Pdf;

/// <summary>
/// A TrueType font supplied by the caller for one <see cref="PdfFontRole"/>; it is tried before
/// installed system fonts and the bundled fonts. A face of a .ttc collection may be chosen by
/// index (the face is copied out, since the PDF writer cannot read collections).
/// </summary>
/// <remarks>
/// Only fonts with TrueType outlines (a <c>glyf</c> table) can be embedded; CFF-based .otf
/// fonts are rejected. Characters the font lacks fall back to the next font of the role.
/// </remarks>
public sealed class PdfFont
{
    private PdfFont(PdfFontRole role, FontFace face)
    {
        Role = role;
        Face = face;
    }

    /// <summary>Gets the role this font serves.</summary>
    public PdfFontRole Role { get; }

    /// <summary>Gets the family name read from the font's name table.</summary>
    public string FamilyName => Face.FamilyName;

    internal FontFace Face { get; }

    /// <summary>Reads a font file (.ttf, or one face of a .ttc).</summary>
    /// <param name="role">The role the font serves.</param>
    /// <param name="path">Path of the font file.</param>
    /// <param name="faceIndex">Index of the face inside a .ttc collection; 0 for a .ttf.</param>
    /// <returns>The font.</returns>
    /// <exception cref="ArgumentException">The file is not a TrueType-outline font, or the face index does not exist.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static PdfFont FromFile(PdfFontRole role, string path, int faceIndex = 0)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return FromBytes(role, File.ReadAllBytes(path), faceIndex);
    }

    /// <summary>Reads a font from a stream (.ttf, or one face of a .ttc).</summary>
    /// <param name="role">The role the font serves.</param>
    /// <param name="stream">The font data; read to its end, not disposed.</param>
    /// <param name="faceIndex">Index of the face inside a .ttc collection; 0 for a .ttf.</param>
    /// <returns>The font.</returns>
    /// <exception cref="ArgumentException">The data is not a TrueType-outline font, or the face index does not exist.</exception>
    public static PdfFont FromStream(PdfFontRole role, Stream stream, int faceIndex = 0)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return FromBytes(role, buffer.ToArray(), faceIndex);
    }

    /// <summary>Reads a font from bytes (.ttf, or one face of a .ttc).</summary>
    /// <param name="role">The role the font serves.</param>
    /// <param name="data">The font file's bytes.</param>
    /// <param name="faceIndex">Index of the face inside a .ttc collection; 0 for a .ttf.</param>
    /// <returns>The font.</returns>
    /// <exception cref="ArgumentException">The data is not a TrueType-outline font, or the face index does not exist.</exception>
    public static PdfFont FromBytes(PdfFontRole role, byte[] data, int faceIndex = 0)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (!Enum.IsDefined(role))
        {
            throw new ArgumentOutOfRangeException(nameof(role), role, "Unknown font role.");
        }

        int faces = SfntReader.FaceCount(data);
        if (faceIndex < 0 || faceIndex >= faces)
        {
            throw new ArgumentException($"The font data has {faces.ToString(System.Globalization.CultureInfo.InvariantCulture)} face(s); face {faceIndex.ToString(System.Globalization.CultureInfo.InvariantCulture)} does not exist.", nameof(faceIndex));
        }

        byte[] standalone;
        try
        {
            standalone = faces > 1 || faceIndex > 0 ? SfntReader.ExtractFace(data, faceIndex) : data;
        }
        catch (Exception e) when (e is ArgumentException or IndexOutOfRangeException)
        {
            throw new ArgumentException("The font data is damaged: its table directory points outside the data.", nameof(data), e);
        }

        var face = FontFace.TryLoad(standalone)
            ?? throw new ArgumentException("The font has no TrueType outlines (glyf table) or no Unicode cmap; CFF-based .otf fonts cannot be embedded.", nameof(data));
        return new PdfFont(role, face);
    }
}
