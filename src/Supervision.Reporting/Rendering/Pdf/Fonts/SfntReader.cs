using System.Buffers.Binary;
using System.Text;

namespace Supervision.Reporting.Rendering.Pdf.Fonts;

/// <summary>
/// Reads just enough of an sfnt (TrueType/OpenType) file to choose fonts and measure text:
/// table directory, cmap, hmtx, vertical metrics and family names; and copies one face out of a
/// .ttc collection, because PDFsharp can read only standalone TrueType files.
/// </summary>
internal static class SfntReader
{
    private const uint TtcTag = 0x74746366; // 'ttcf'

    /// <summary>Number of faces in the file (1 for a plain .ttf/.otf).</summary>
    public static int FaceCount(ReadOnlySpan<byte> data)
    {
        if (data.Length < 12)
        {
            return 0;
        }

        return BinaryPrimitives.ReadUInt32BigEndian(data) == TtcTag
            ? (int)BinaryPrimitives.ReadUInt32BigEndian(data[8..])
            : 1;
    }

    /// <summary>Offset of the face's table directory inside the file.</summary>
    public static int FaceOffset(ReadOnlySpan<byte> data, int faceIndex)
    {
        if (BinaryPrimitives.ReadUInt32BigEndian(data) != TtcTag)
        {
            return faceIndex == 0 ? 0 : throw new ArgumentOutOfRangeException(nameof(faceIndex), faceIndex, "A plain font file has only face 0.");
        }

        int count = FaceCount(data);
        if ((uint)faceIndex >= (uint)count)
        {
            throw new ArgumentOutOfRangeException(nameof(faceIndex), faceIndex, $"The collection has {count.ToString(System.Globalization.CultureInfo.InvariantCulture)} faces.");
        }

        return (int)BinaryPrimitives.ReadUInt32BigEndian(data[(12 + (4 * faceIndex))..]);
    }

    /// <summary>Finds a table of the face whose directory starts at <paramref name="faceOffset"/>; (0, 0) if absent.</summary>
    public static (int Offset, int Length) FindTable(ReadOnlySpan<byte> data, int faceOffset, string tag)
    {
        uint wanted = Tag(tag);
        int numTables = BinaryPrimitives.ReadUInt16BigEndian(data[(faceOffset + 4)..]);
        for (int i = 0; i < numTables; i++)
        {
            int rec = faceOffset + 12 + (16 * i);
            if (BinaryPrimitives.ReadUInt32BigEndian(data[rec..]) == wanted)
            {
                int off = (int)BinaryPrimitives.ReadUInt32BigEndian(data[(rec + 8)..]);
                int len = (int)BinaryPrimitives.ReadUInt32BigEndian(data[(rec + 12)..]);
                return off + len <= data.Length ? (off, len) : (0, 0);
            }
        }

        return (0, 0);
    }

    /// <summary>
    /// Copies one face out of a collection into a standalone sfnt. Tables shared between faces
    /// are simply duplicated.
    /// </summary>
    public static byte[] ExtractFace(ReadOnlySpan<byte> data, int faceIndex)
    {
        int face = FaceOffset(data, faceIndex);
        if (face == 0 && BinaryPrimitives.ReadUInt32BigEndian(data) != TtcTag)
        {
            return data.ToArray();
        }

        int numTables = BinaryPrimitives.ReadUInt16BigEndian(data[(face + 4)..]);
        int headerLength = 12 + (16 * numTables);
        int total = headerLength;
        for (int i = 0; i < numTables; i++)
        {
            int len = (int)BinaryPrimitives.ReadUInt32BigEndian(data[(face + 12 + (16 * i) + 12)..]);
            total += (len + 3) & ~3;
        }

        var output = new byte[total];
        data.Slice(face, 12).CopyTo(output);
        int cursor = headerLength;
        for (int i = 0; i < numTables; i++)
        {
            int rec = face + 12 + (16 * i);
            int off = (int)BinaryPrimitives.ReadUInt32BigEndian(data[(rec + 8)..]);
            int len = (int)BinaryPrimitives.ReadUInt32BigEndian(data[(rec + 12)..]);
            data.Slice(rec, 8).CopyTo(output.AsSpan(12 + (16 * i)));
            BinaryPrimitives.WriteUInt32BigEndian(output.AsSpan(12 + (16 * i) + 8), (uint)cursor);
            BinaryPrimitives.WriteUInt32BigEndian(output.AsSpan(12 + (16 * i) + 12), (uint)len);
            data.Slice(off, len).CopyTo(output.AsSpan(cursor));
            cursor += (len + 3) & ~3;
        }

        return output;
    }

    /// <summary>Family names (name IDs 1 and 16, every platform and language) of a face.</summary>
    public static IReadOnlyList<string> FamilyNames(ReadOnlySpan<byte> data, int faceOffset)
    {
        var (off, len) = FindTable(data, faceOffset, "name");
        return len < 6 ? [] : FamilyNamesFromTable(data.Slice(off, len));
    }

    /// <summary>Family names (name IDs 1 and 16, every platform and language) in a name table.</summary>
    public static IReadOnlyList<string> FamilyNamesFromTable(ReadOnlySpan<byte> table)
    {
        var names = new List<string>();
        if (table.Length < 6)
        {
            return names;
        }

        int count = BinaryPrimitives.ReadUInt16BigEndian(table[2..]);
        int strings = BinaryPrimitives.ReadUInt16BigEndian(table[4..]);
        for (int i = 0; i < count && 6 + (12 * i) + 12 <= table.Length; i++)
        {
            var rec = table[(6 + (12 * i))..];
            int platform = BinaryPrimitives.ReadUInt16BigEndian(rec);
            int nameId = BinaryPrimitives.ReadUInt16BigEndian(rec[6..]);
            int length = BinaryPrimitives.ReadUInt16BigEndian(rec[8..]);
            int start = strings + BinaryPrimitives.ReadUInt16BigEndian(rec[10..]);
            if ((nameId != 1 && nameId != 16) || start + length > table.Length)
            {
                continue;
            }

            var bytes = table.Slice(start, length);
            string name = platform is 0 or 3
                ? Encoding.BigEndianUnicode.GetString(bytes)
                : Encoding.Latin1.GetString(bytes);
            if (name.Length > 0 && !names.Contains(name))
            {
                names.Add(name);
            }
        }

        return names;
    }

    public static uint Tag(string tag) =>
        ((uint)tag[0] << 24) | ((uint)tag[1] << 16) | ((uint)tag[2] << 8) | tag[3];
}
