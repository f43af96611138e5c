using System.Buffers.Binary;
using System.Text;

namespace Supervision.Reporting.Rendering.Excel.Import;

// Finds the formula cells of one sheet of a legacy .xls (BIFF8). ExcelDataReader reads FORMULA records for their
// cached values but does not say which cells they were, so this reads the OLE compound file's Workbook stream and
// the sheet's FORMULA records (type 0x0006: row, column, …) itself. Nothing is evaluated. Returns null when the
// file cannot be scanned (an older BIFF, an encrypted workbook, a damaged container): the caller says so.
internal static class LegacyFormulaScanner
{
    private const int EndOfChain = -2;
    private const ushort Formula = 0x0006;
    private const ushort Eof = 0x000A;
    private const ushort FilePass = 0x002F;
    private const ushort BoundSheet = 0x0085;
    private const ushort Bof = 0x0809;

    public static IReadOnlyList<(int Row, int Column)>? Scan(Stream file, string sheetName)
    {
        try
        {
            using var copy = new MemoryStream();
            file.CopyTo(copy);
            var workbook = WorkbookStream(copy.GetBuffer().AsSpan(0, (int)copy.Length));
            return workbook is null ? null : Formulas(workbook, sheetName);
        }
        catch (Exception e) when (e is ArgumentException or IndexOutOfRangeException or InvalidDataException or OverflowException)
        {
            return null;
        }
    }

    private static List<(int, int)>? Formulas(byte[] stream, string sheetName)
    {
        int? start = null;
        var position = 0;
        var first = true;
        while (position + 4 <= stream.Length)
        {
            var type = BinaryPrimitives.ReadUInt16LittleEndian(stream.AsSpan(position));
            var length = BinaryPrimitives.ReadUInt16LittleEndian(stream.AsSpan(position + 2));
            var data = stream.AsSpan(position + 4, length);
            if (first && (type != Bof || length < 2 || BinaryPrimitives.ReadUInt16LittleEndian(data) != 0x0600))
            {
                // Not BIFF8: BIFF5 and older store names and records differently.
                return null;
            }

            first = false;
            if (type == FilePass)
            {
                return null;
            }

            if (type == BoundSheet && Name(data[6..]) == sheetName)
            {
                start = (int)BinaryPrimitives.ReadUInt32LittleEndian(data);
            }

            position += 4 + length;
            if (type == Eof)
            {
                break;
            }
        }

        if (start is not { } offset)
        {
            return null;
        }

        var found = new List<(int, int)>();
        position = offset;
        while (position + 4 <= stream.Length)
        {
            var type = BinaryPrimitives.ReadUInt16LittleEndian(stream.AsSpan(position));
            var length = BinaryPrimitives.ReadUInt16LittleEndian(stream.AsSpan(position + 2));
            if (type == Formula && length >= 4)
            {
                var row = BinaryPrimitives.ReadUInt16LittleEndian(stream.AsSpan(position + 4));
                var column = BinaryPrimitives.ReadUInt16LittleEndian(stream.AsSpan(position + 6));
                found.Add((row + 1, column));
            }

            position += 4 + length;
            if (type == Eof)
            {
                break;
            }
        }

        return found;
    }

    // ShortXLUnicodeString: a character count, a flags byte (bit 0: UTF-16, else one byte per Latin-1 character), the characters.
    private static string Name(ReadOnlySpan<byte> data)
    {
        int count = data[0];
        return (data[1] & 1) == 1
            ? Encoding.Unicode.GetString(data.Slice(2, count * 2))
            : Encoding.Latin1.GetString(data.Slice(2, count));
    }

    // The "Workbook" stream of an OLE compound file (MS-CFB), through its FAT (or mini FAT for a small stream).
    private static byte[]? WorkbookStream(ReadOnlySpan<byte> file)
    {
        if (file.Length < 512 || BinaryPrimitives.ReadUInt64LittleEndian(file) != 0xE11AB1A1E011CFD0)
        {
            return null;
        }

        var sectorSize = 1 << BinaryPrimitives.ReadUInt16LittleEndian(file[0x1E..]);
        var miniSectorSize = 1 << BinaryPrimitives.ReadUInt16LittleEndian(file[0x20..]);
        var directoryStart = BinaryPrimitives.ReadInt32LittleEndian(file[0x30..]);
        var miniCutoff = BinaryPrimitives.ReadInt32LittleEndian(file[0x38..]);
        var miniFatStart = BinaryPrimitives.ReadInt32LittleEndian(file[0x3C..]);
        var difatStart = BinaryPrimitives.ReadInt32LittleEndian(file[0x44..]);
        var sectors = (file.Length - 512 + sectorSize - 1) / sectorSize;

        var fatSectors = new List<int>();
        for (var i = 0; i < 109; i++)
        {
            var sector = BinaryPrimitives.ReadInt32LittleEndian(file[(0x4C + (i * 4))..]);
            if (sector >= 0)
            {
                fatSectors.Add(sector);
            }
        }

        var perSector = sectorSize / 4;
        for (int difat = difatStart, guard = 0; difat >= 0 && guard < sectors; guard++)
        {
            var block = Sector(file, difat, sectorSize);
            for (var i = 0; i < perSector - 1; i++)
            {
                var sector = BinaryPrimitives.ReadInt32LittleEndian(block[(i * 4)..]);
                if (sector >= 0)
                {
                    fatSectors.Add(sector);
                }
            }

            difat = BinaryPrimitives.ReadInt32LittleEndian(block[((perSector - 1) * 4)..]);
        }

        var fat = new int[fatSectors.Count * perSector];
        for (var s = 0; s < fatSectors.Count; s++)
        {
            var block = Sector(file, fatSectors[s], sectorSize);
            for (var i = 0; i < perSector; i++)
            {
                fat[(s * perSector) + i] = BinaryPrimitives.ReadInt32LittleEndian(block[(i * 4)..]);
            }
        }

        var directory = Chain(file, fat, directoryStart, sectorSize, int.MaxValue);
        byte[]? root = null;
        for (var entry = 0; entry + 128 <= directory.Length; entry += 128)
        {
            var record = directory.AsSpan(entry, 128);
            var nameLength = BinaryPrimitives.ReadUInt16LittleEndian(record[64..]);
            var type = record[66];
            var start = BinaryPrimitives.ReadInt32LittleEndian(record[116..]);
            var size = (int)BinaryPrimitives.ReadUInt32LittleEndian(record[120..]);
            if (type == 5)
            {
                root = Chain(file, fat, start, sectorSize, size);
                continue;
            }

            var name = nameLength >= 2 ? Encoding.Unicode.GetString(record[..(nameLength - 2)]) : string.Empty;
            if (type != 2 || (name != "Workbook" && name != "Book"))
            {
                continue;
            }

            if (size >= miniCutoff)
            {
                return Chain(file, fat, start, sectorSize, size);
            }

            // A stream under the cutoff lives in the mini stream, in 64-byte sectors chained by the mini FAT.
            var miniFatBytes = Chain(file, fat, miniFatStart, sectorSize, int.MaxValue);
            var miniFat = new int[miniFatBytes.Length / 4];
            for (var i = 0; i < miniFat.Length; i++)
            {
                miniFat[i] = BinaryPrimitives.ReadInt32LittleEndian(miniFatBytes.AsSpan(i * 4));
            }

            return root is null ? null : Chain(root, miniFat, start, miniSectorSize, size, header: 0);
        }

        return null;
    }

    private static ReadOnlySpan<byte> Sector(ReadOnlySpan<byte> file, int sector, int size) => file.Slice(512 + (sector * size), size);

    private static byte[] Chain(ReadOnlySpan<byte> file, int[] fat, int start, int sectorSize, int size, int header = 512)
    {
        using var output = new MemoryStream();
        for (int sector = start, guard = 0; sector != EndOfChain && sector >= 0 && output.Length < size; guard++)
        {
            if (guard > fat.Length || sector >= fat.Length)
            {
                throw new InvalidDataException("broken sector chain");
            }

            var offset = header + (sector * sectorSize);
            var take = Math.Min(sectorSize, file.Length - offset);
            output.Write(file.Slice(offset, take));
            sector = fat[sector];
        }

        var bytes = output.ToArray();
        return bytes.Length > size ? bytes[..size] : bytes;
    }
}
