using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Supervision.Reporting.Rendering.Pdf.Fonts;

/// <summary>
/// One embeddable TrueType face: its bytes (what PDFsharp embeds), its character coverage and
/// advance widths (what the layout measures with — the same hmtx numbers PDFsharp writes into
/// the PDF's /W array, so measuring and drawing agree).
/// </summary>
internal sealed class FontFace
{
    private readonly ushort[] _bmp;                  // code point → glyph id for U+0000..U+FFFF
    private readonly Dictionary<int, ushort> _astral; // code point → glyph id above U+FFFF
    private readonly ushort[] _advances;             // glyph id → advance in font units
    private readonly (int Loca, int Glyf, int GlyfLength, bool LongLoca) _outlines;

    private FontFace(string key, string familyName, byte[] data, int unitsPerEm, double ascent, double descent,
        ushort[] bmp, Dictionary<int, ushort> astral, ushort[] advances, (int, int, int, bool) outlines)
    {
        _outlines = outlines;
        Key = key;
        FamilyName = familyName;
        Data = data;
        UnitsPerEm = unitsPerEm;
        Ascent = ascent;
        Descent = descent;
        _bmp = bmp;
        _astral = astral;
        _advances = advances;
    }

    /// <summary>Name under which PDFsharp's font resolver knows this face; derived from the bytes so that equal fonts share it and output is reproducible.</summary>
    public string Key { get; }

    public string FamilyName { get; }

    public byte[] Data { get; }

    public int UnitsPerEm { get; }

    /// <summary>Ascent above the baseline, in em (typographic ascender; 0.88 for Noto CJK, whose ideographic em box spans 0.88 / −0.12).</summary>
    public double Ascent { get; }

    /// <summary>Descent below the baseline, in em, positive.</summary>
    public double Descent { get; }

    public bool HasGlyph(int codePoint) => GlyphId(codePoint) != 0;

    /// <summary>Advance width of the code point's glyph in em (0 when missing).</summary>
    public double Advance(int codePoint)
    {
        int gid = GlyphId(codePoint);
        if (gid == 0)
        {
            return 0;
        }

        int index = Math.Min(gid, _advances.Length - 1);
        return _advances[index] / (double)UnitsPerEm;
    }

    /// <summary>
    /// The ink box of the code point's glyph in em (the glyf header's bounding box: x from the glyph origin, y up
    /// from the baseline); null when the glyph is missing or has no outline. What 标点挤压 and the placing of
    /// quotes and Traditional marks rely on is measured here, from the face that draws them.
    /// </summary>
    public (double XMin, double YMin, double XMax, double YMax)? InkBox(int codePoint)
    {
        int gid = GlyphId(codePoint);
        var (loca, glyf, glyfLength, longLoca) = _outlines;
        if (gid == 0 || loca == 0)
        {
            return null;
        }

        ReadOnlySpan<byte> span = Data;
        int start, end;
        if (longLoca)
        {
            start = (int)BinaryPrimitives.ReadUInt32BigEndian(span[(loca + (4 * gid))..]);
            end = (int)BinaryPrimitives.ReadUInt32BigEndian(span[(loca + (4 * gid) + 4)..]);
        }
        else
        {
            start = 2 * BinaryPrimitives.ReadUInt16BigEndian(span[(loca + (2 * gid))..]);
            end = 2 * BinaryPrimitives.ReadUInt16BigEndian(span[(loca + (2 * gid) + 2)..]);
        }

        if (end - start < 10 || end > glyfLength)
        {
            return null;
        }

        var header = span[(glyf + start)..];
        double em = UnitsPerEm;
        return (
            (short)BinaryPrimitives.ReadUInt16BigEndian(header[2..]) / em,
            (short)BinaryPrimitives.ReadUInt16BigEndian(header[4..]) / em,
            (short)BinaryPrimitives.ReadUInt16BigEndian(header[6..]) / em,
            (short)BinaryPrimitives.ReadUInt16BigEndian(header[8..]) / em);
    }

    private int GlyphId(int codePoint)
    {
        if ((uint)codePoint <= 0xFFFF)
        {
            return _bmp[codePoint];
        }

        return _astral.TryGetValue(codePoint, out var g) ? g : 0;
    }

    /// <summary>
    /// Reads a standalone TrueType face. Returns null when the data is not a TrueType-outline
    /// font PDFsharp can embed (CFF outlines, no usable cmap).
    /// </summary>
    public static FontFace? TryLoad(byte[] data, string? keyPrefix = null)
    {
        try
        {
            return Load(data, keyPrefix);
        }
        catch (ArgumentException)
        {
            return null;
        }
        catch (IndexOutOfRangeException)
        {
            return null;
        }
    }

    private static FontFace? Load(byte[] data, string? keyPrefix)
    {
        ReadOnlySpan<byte> span = data;
        if (SfntReader.FaceCount(span) != 1 || SfntReader.FindTable(span, 0, "glyf").Length == 0)
        {
            return null;
        }

        var (headOff, headLen) = SfntReader.FindTable(span, 0, "head");
        var (hheaOff, hheaLen) = SfntReader.FindTable(span, 0, "hhea");
        var (hmtxOff, hmtxLen) = SfntReader.FindTable(span, 0, "hmtx");
        var (cmapOff, cmapLen) = SfntReader.FindTable(span, 0, "cmap");
        var (maxpOff, maxpLen) = SfntReader.FindTable(span, 0, "maxp");
        if (headLen < 54 || hheaLen < 36 || hmtxLen == 0 || cmapLen == 0 || maxpLen < 6)
        {
            return null;
        }

        int upem = BinaryPrimitives.ReadUInt16BigEndian(span[(headOff + 18)..]);
        int numGlyphs = BinaryPrimitives.ReadUInt16BigEndian(span[(maxpOff + 4)..]);
        int numHMetrics = BinaryPrimitives.ReadUInt16BigEndian(span[(hheaOff + 34)..]);
        double ascent = (short)BinaryPrimitives.ReadUInt16BigEndian(span[(hheaOff + 4)..]);
        double descent = -(short)BinaryPrimitives.ReadUInt16BigEndian(span[(hheaOff + 6)..]);
        var (os2Off, os2Len) = SfntReader.FindTable(span, 0, "OS/2");
        if (os2Len >= 72)
        {
            // The typographic metrics describe the design (ideographic) em box, which is what
            // CJK line setting aligns to; hhea is often inflated for accents.
            ascent = (short)BinaryPrimitives.ReadUInt16BigEndian(span[(os2Off + 68)..]);
            descent = -(short)BinaryPrimitives.ReadUInt16BigEndian(span[(os2Off + 70)..]);
        }

        var advances = new ushort[Math.Max(1, numHMetrics)];
        for (int i = 0; i < numHMetrics && (4 * i) + 2 <= hmtxLen; i++)
        {
            advances[i] = BinaryPrimitives.ReadUInt16BigEndian(span[(hmtxOff + (4 * i))..]);
        }

        var bmp = new ushort[0x10000];
        var astral = new Dictionary<int, ushort>();
        if (!ReadCmap(span.Slice(cmapOff, cmapLen), bmp, astral, numGlyphs))
        {
            return null;
        }

        string family = SfntReader.FamilyNames(span, 0).FirstOrDefault() ?? "font";
        string hash = Convert.ToHexString(SHA256.HashData(data).AsSpan(0, 8));
        string key = (keyPrefix ?? "sr-") + hash;
        var (locaOff, locaLen) = SfntReader.FindTable(span, 0, "loca");
        var (glyfOff, glyfLen) = SfntReader.FindTable(span, 0, "glyf");
        bool longLoca = BinaryPrimitives.ReadInt16BigEndian(span[(headOff + 50)..]) == 1;
        var outlines = locaLen >= (numGlyphs + 1) * (longLoca ? 4 : 2) ? (locaOff, glyfOff, glyfLen, longLoca) : (0, 0, 0, false);
        return new FontFace(key, family, data, upem, ascent / upem, descent / upem, bmp, astral, advances, outlines);
    }

    private static bool ReadCmap(ReadOnlySpan<byte> cmap, ushort[] bmp, Dictionary<int, ushort> astral, int numGlyphs)
    {
        int count = BinaryPrimitives.ReadUInt16BigEndian(cmap[2..]);
        int best = -1;
        int bestScore = 0;
        for (int i = 0; i < count; i++)
        {
            var rec = cmap[(4 + (8 * i))..];
            int platform = BinaryPrimitives.ReadUInt16BigEndian(rec);
            int encoding = BinaryPrimitives.ReadUInt16BigEndian(rec[2..]);
            int offset = (int)BinaryPrimitives.ReadUInt32BigEndian(rec[4..]);
            int format = BinaryPrimitives.ReadUInt16BigEndian(cmap[offset..]);
            int score = (platform, encoding, format) switch
            {
                (3, 10, 12) => 4,
                (0, _, 12) => 3,
                (3, 1, 4) => 2,
                (0, _, 4) => 1,
                _ => 0,
            };
            if (score > bestScore)
            {
                bestScore = score;
                best = offset;
            }
        }

        if (best < 0)
        {
            return false;
        }

        var sub = cmap[best..];
        if (BinaryPrimitives.ReadUInt16BigEndian(sub) == 12)
        {
            int groups = (int)BinaryPrimitives.ReadUInt32BigEndian(sub[12..]);
            for (int g = 0; g < groups; g++)
            {
                var grp = sub[(16 + (12 * g))..];
                uint start = BinaryPrimitives.ReadUInt32BigEndian(grp);
                uint end = Math.Min(BinaryPrimitives.ReadUInt32BigEndian(grp[4..]), 0x10FFFFu);
                uint glyph = BinaryPrimitives.ReadUInt32BigEndian(grp[8..]);
                for (uint c = start; c <= end; c++, glyph++)
                {
                    if (glyph > 0 && glyph < numGlyphs)
                    {
                        Set((int)c, (ushort)glyph, bmp, astral);
                    }
                }
            }

            return true;
        }

        int segX2 = BinaryPrimitives.ReadUInt16BigEndian(sub[6..]);
        int segCount = segX2 / 2;
        int ends = 14;
        int starts = ends + segX2 + 2;
        int deltas = starts + segX2;
        int ranges = deltas + segX2;
        for (int s = 0; s < segCount; s++)
        {
            int end = BinaryPrimitives.ReadUInt16BigEndian(sub[(ends + (2 * s))..]);
            int start = BinaryPrimitives.ReadUInt16BigEndian(sub[(starts + (2 * s))..]);
            int delta = (short)BinaryPrimitives.ReadUInt16BigEndian(sub[(deltas + (2 * s))..]);
            int rangeOffset = BinaryPrimitives.ReadUInt16BigEndian(sub[(ranges + (2 * s))..]);
            for (int c = start; c <= end && c != 0xFFFF; c++)
            {
                int glyph;
                if (rangeOffset == 0)
                {
                    glyph = (c + delta) & 0xFFFF;
                }
                else
                {
                    int at = ranges + (2 * s) + rangeOffset + (2 * (c - start));
                    glyph = at + 2 <= sub.Length ? BinaryPrimitives.ReadUInt16BigEndian(sub[at..]) : 0;
                    if (glyph != 0)
                    {
                        glyph = (glyph + delta) & 0xFFFF;
                    }
                }

                if (glyph > 0 && glyph < numGlyphs)
                {
                    bmp[c] = (ushort)glyph;
                }
            }
        }

        return true;
    }

    private static void Set(int c, ushort glyph, ushort[] bmp, Dictionary<int, ushort> astral)
    {
        if (c <= 0xFFFF)
        {
            bmp[c] = glyph;
        }
        else
        {
            astral[c] = glyph;
        }
    }
}
