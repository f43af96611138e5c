using System.Buffers.Binary;
using System.Collections.Concurrent;

namespace Supervision.Reporting.Rendering.Pdf.Fonts;

/// <summary>
/// Installed fonts by family name, found by scanning the platform's font folders once per
/// process (fontconfig's folders on Linux, the macOS and Windows font folders). Only faces with
/// TrueType outlines are listed, since only those can be embedded; a face inside a .ttc is
/// copied out when first used.
/// </summary>
internal static class SystemFontCatalog
{
    private static readonly Lazy<Dictionary<string, List<(string Path, int Face)>>> Families = new(Scan);
    private static readonly ConcurrentDictionary<(string Path, int Face), FontFace?> Loaded = new();

    /// <summary>The first embeddable installed face of the family, or null.</summary>
    public static FontFace? Find(string family)
    {
        if (!Families.Value.TryGetValue(family, out var candidates))
        {
            return null;
        }

        foreach (var candidate in candidates)
        {
            var face = Loaded.GetOrAdd(candidate, static c => LoadFace(c.Path, c.Face));
            if (face is not null)
            {
                return face;
            }
        }

        return null;
    }

    private static FontFace? LoadFace(string path, int faceIndex)
    {
        try
        {
            byte[] data = File.ReadAllBytes(path);
            return FontFace.TryLoad(SfntReader.FaceCount(data) > 1 ? SfntReader.ExtractFace(data, faceIndex) : data, "sr-sys-");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or IndexOutOfRangeException)
        {
            return null;
        }
    }

    private static IEnumerable<string> Folders()
    {
        string home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (OperatingSystem.IsWindows())
        {
            yield return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.Windows), "Fonts");
            yield return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "Microsoft", "Windows", "Fonts");
        }
        else if (OperatingSystem.IsMacOS())
        {
            yield return "/Library/Fonts";
            yield return "/System/Library/Fonts";
            yield return Path.Combine(home, "Library", "Fonts");
        }
        else
        {
            yield return "/usr/share/fonts";
            yield return "/usr/local/share/fonts";
            yield return Path.Combine(home, ".fonts");
            yield return Path.Combine(home, ".local", "share", "fonts");
        }
    }

    private static Dictionary<string, List<(string Path, int Face)>> Scan()
    {
        var result = new Dictionary<string, List<(string, int)>>(StringComparer.OrdinalIgnoreCase);
        foreach (string folder in Folders())
        {
            if (!Directory.Exists(folder))
            {
                continue;
            }

            IEnumerable<string> files;
            try
            {
                files = Directory.EnumerateFiles(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true })
                    .Where(f => f.EndsWith(".ttf", StringComparison.OrdinalIgnoreCase)
                             || f.EndsWith(".ttc", StringComparison.OrdinalIgnoreCase)
                             || f.EndsWith(".otf", StringComparison.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal)
                    .ToList();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                continue;
            }

            foreach (string file in files)
            {
                IndexFile(file, result);
            }
        }

        return result;
    }

    /// <summary>Reads only the table directories and name tables: a CJK collection is 20 MB and need not be read to learn its names.</summary>
    private static void IndexFile(string path, Dictionary<string, List<(string, int)>> result)
    {
        try
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.RandomAccess);
            var head = Read(file, 0, 12);
            int faces = SfntReader.FaceCount(head);
            for (int f = 0; f < Math.Min(faces, 64); f++)
            {
                long faceOffset = faces > 1 ? BinaryPrimitives.ReadUInt32BigEndian(Read(file, 12 + (4 * f), 4)) : 0;
                int numTables = BinaryPrimitives.ReadUInt16BigEndian(Read(file, faceOffset + 4, 2));
                var dir = Read(file, faceOffset + 12, 16 * numTables);
                bool hasGlyf = false;
                long nameOff = 0;
                int nameLen = 0;
                for (int t = 0; t < numTables; t++)
                {
                    uint tag = BinaryPrimitives.ReadUInt32BigEndian(dir.AsSpan(16 * t));
                    if (tag == SfntReader.Tag("glyf"))
                    {
                        hasGlyf = true;
                    }
                    else if (tag == SfntReader.Tag("name"))
                    {
                        nameOff = BinaryPrimitives.ReadUInt32BigEndian(dir.AsSpan((16 * t) + 8));
                        nameLen = (int)BinaryPrimitives.ReadUInt32BigEndian(dir.AsSpan((16 * t) + 12));
                    }
                }

                if (!hasGlyf || nameLen == 0)
                {
                    continue;
                }

                foreach (string family in SfntReader.FamilyNamesFromTable(Read(file, nameOff, nameLen)))
                {
                    if (!result.TryGetValue(family, out var list))
                    {
                        result[family] = list = [];
                    }

                    list.Add((path, f));
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or IndexOutOfRangeException or EndOfStreamException)
        {
            // An unreadable or damaged font file is simply not offered.
        }
    }

    private static byte[] Read(FileStream file, long offset, int length)
    {
        var buffer = new byte[length];
        file.Position = offset;
        file.ReadExactly(buffer);
        return buffer;
    }
}
