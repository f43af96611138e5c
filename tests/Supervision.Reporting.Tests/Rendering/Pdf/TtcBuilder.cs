using System.Buffers.Binary;

namespace Supervision.Reporting.Tests.Rendering.Pdf;

/// <summary>Packs standalone TrueType fonts into a .ttc collection (tables duplicated), for testing face extraction.</summary>
internal static class TtcBuilder
{
    public static byte[] Build(params byte[][] fonts)
    {
        int header = 12 + (4 * fonts.Length);
        var output = new List<byte>(new byte[header]);
        var offsets = new List<int>();
        foreach (var font in fonts)
        {
            int faceOffset = output.Count;
            offsets.Add(faceOffset);
            int numTables = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(4));
            int dirLength = 12 + (16 * numTables);
            var dir = font.AsSpan(0, dirLength).ToArray();
            int dataStart = faceOffset + dirLength;
            var data = new List<byte>();
            for (int t = 0; t < numTables; t++)
            {
                int off = (int)BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(12 + (16 * t) + 8));
                int len = (int)BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(12 + (16 * t) + 12));
                BinaryPrimitives.WriteUInt32BigEndian(dir.AsSpan(12 + (16 * t) + 8), (uint)(dataStart + data.Count));
                data.AddRange(font.AsSpan(off, len).ToArray());
                while (data.Count % 4 != 0)
                {
                    data.Add(0);
                }
            }

            output.AddRange(dir);
            output.AddRange(data);
        }

        var bytes = output.ToArray();
        BinaryPrimitives.WriteUInt32BigEndian(bytes, 0x74746366);
        BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(4), 0x00010000);
        BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(8), (uint)fonts.Length);
        for (int i = 0; i < fonts.Length; i++)
        {
            BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(12 + (4 * i)), (uint)offsets[i]);
        }

        return bytes;
    }
}
