using System.Buffers.Binary;
using System.Globalization;
using System.IO.Compression;

namespace Supervision.Reporting.Rendering.Images;

// The limits of a seal image (issue 10, class 4), checked before any decoder sees it. A seal is printed 42 mm
// wide: 1,000 pixels is 600 dpi, so 4,096 a side is generous. A PNG says its size in its IHDR chunk; the image
// data must inflate to exactly what that size needs, and inflating stops as soon as it would exceed it — a
// 1.5 MB file that inflates to 6.9 GB is refused after a few megabytes, a file claiming 100,000 × 100,000 pixels
// without inflating anything, and /dev/zero after reading MaxFileBytes.
internal static class SealImage
{
    public const int MaxFileBytes = 4 * 1024 * 1024;
    public const int MaxSide = 4096;
    public const long MaxPixels = 16L * 1024 * 1024;

    // Compressed text and ICC profiles inflate to at most this each.
    private const int MaxAncillaryInflated = 1024 * 1024;

    private static ReadOnlySpan<byte> Signature => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    // Reads at most MaxFileBytes + 1 bytes, whatever the path is (a device, a FIFO, a huge file).
    public static byte[]? ReadFile(string path, out string? problem)
    {
        problem = null;
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.None);
        var buffer = new byte[MaxFileBytes + 1];
        var total = 0;
        int read;
        while (total < buffer.Length && (read = stream.Read(buffer, total, buffer.Length - total)) > 0)
        {
            total += read;
        }

        if (total > MaxFileBytes)
        {
            problem = string.Create(CultureInfo.InvariantCulture, $"is larger than {MaxFileBytes / (1024 * 1024)} MB, the limit of a seal image");
            return null;
        }

        return buffer[..total];
    }

    // Null when the PNG is within the limits and whole, else what is wrong with it ("… is not a PNG image").
    public static string? Problem(ReadOnlySpan<byte> png)
    {
        if (png.Length > MaxFileBytes)
        {
            return string.Create(CultureInfo.InvariantCulture, $"is larger than {MaxFileBytes / (1024 * 1024)} MB, the limit of a seal image");
        }

        if (png.Length < Signature.Length + 25 || !png[..Signature.Length].SequenceEqual(Signature))
        {
            return "is not a PNG image";
        }

        var position = Signature.Length;
        long expected = 0;
        var data = new MemoryStream();
        var sawHeader = false;
        while (position + 12 <= png.Length)
        {
            var length = BinaryPrimitives.ReadUInt32BigEndian(png[position..]);
            var type = System.Text.Encoding.ASCII.GetString(png.Slice(position + 4, 4));
            if (length > png.Length - position - 12)
            {
                return $"is a truncated PNG image (chunk {Printable(type)} runs past the end of the file)";
            }

            var body = png.Slice(position + 8, (int)length);
            position += 12 + (int)length;
            if (!sawHeader)
            {
                if (type != "IHDR" || length != 13)
                {
                    return "is not a valid PNG image (it does not begin with its IHDR header)";
                }

                sawHeader = true;
                if (Header(body, out expected) is { } headerProblem)
                {
                    return headerProblem;
                }

                continue;
            }

            switch (type)
            {
                case "IDAT":
                    data.Write(body);
                    break;
                case "iCCP" or "zTXt":
                    // A name, a NUL, the compression method, then zlib data.
                    var nul = body.IndexOf((byte)0);
                    if (nul < 0 || nul + 2 > body.Length || Inflate(body[(nul + 2)..].ToArray(), MaxAncillaryInflated, out _) is not null)
                    {
                        return $"has a {type} chunk that is corrupt or inflates to more than 1 MB";
                    }

                    break;
                case "IEND":
                    return Inflate(data.ToArray(), expected, out var inflated) is { } dataProblem
                        ? dataProblem
                        : inflated < expected
                            ? "is a truncated PNG image (its image data is shorter than its size needs)"
                            : null;
            }
        }

        return "is a truncated PNG image (no IEND chunk)";
    }

    private static string? Header(ReadOnlySpan<byte> header, out long expected)
    {
        expected = 0;
        var width = BinaryPrimitives.ReadUInt32BigEndian(header);
        var height = BinaryPrimitives.ReadUInt32BigEndian(header[4..]);
        var depth = header[8];
        var colour = header[9];
        var interlaced = header[12] == 1;
        if (width == 0 || height == 0 || width > MaxSide || height > MaxSide || (long)width * height > MaxPixels)
        {
            return string.Create(CultureInfo.InvariantCulture, $"declares {width} × {height} pixels; a seal image has at most {MaxSide} pixels a side");
        }

        int channels = colour switch { 0 => 1, 2 => 3, 3 => 1, 4 => 2, 6 => 4, _ => 0 };
        if (channels == 0 || depth is not (1 or 2 or 4 or 8 or 16) || header[10] != 0 || header[11] != 0 || header[12] > 1)
        {
            return "is not a valid PNG image (its IHDR header has an unknown colour type, depth or method)";
        }

        long RowBytes(long pixels) => ((pixels * channels * depth) + 7) / 8 + 1;
        if (!interlaced)
        {
            expected = height * RowBytes(width);
            return null;
        }

        // Adam7: seven passes over sub-images; each non-empty pass has its own filtered rows.
        (int X0, int Y0, int DX, int DY)[] passes = [(0, 0, 8, 8), (4, 0, 8, 8), (0, 4, 4, 8), (2, 0, 4, 4), (0, 2, 2, 4), (1, 0, 2, 2), (0, 1, 1, 2)];
        foreach (var (x0, y0, dx, dy) in passes)
        {
            long w = (width - x0 + dx - 1) / dx;
            long h = (height - y0 + dy - 1) / dy;
            if (w > 0 && h > 0)
            {
                expected += h * RowBytes(w);
            }
        }

        return null;
    }

    // Inflates zlib data, stopping once it would exceed the limit.
    private static string? Inflate(byte[] compressed, long limit, out long inflated)
    {
        inflated = 0;
        try
        {
            using var zlib = new ZLibStream(new MemoryStream(compressed, writable: false), CompressionMode.Decompress);
            var buffer = new byte[81920];
            int read;
            while ((read = zlib.Read(buffer, 0, buffer.Length)) > 0)
            {
                inflated += read;
                if (inflated > limit)
                {
                    return string.Create(CultureInfo.InvariantCulture, $"has image data that inflates to more than its declared size needs ({limit:N0} bytes); it is refused as a decompression bomb");
                }
            }

            return null;
        }
        catch (InvalidDataException)
        {
            return "is a corrupt PNG image (its compressed data cannot be read)";
        }
    }

    private static string Printable(string type) => type.All(char.IsAsciiLetter) ? type : "?";
}
