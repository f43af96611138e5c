using System.Buffers.Binary;
using System.IO.Compression;
using System.Text.Json;
using CsCheck;
using Supervision.Reporting.Rendering.Images;
using Supervision.Reporting.Tests.Cli;
using Supervision.Reporting.Tests.Support;

namespace Supervision.Reporting.Tests.Robustness;

// Issue 10, class 4 (images): a seal PNG is held to limits on file bytes, declared pixels and inflated bytes,
// checked before any decoder sees it — huge dimensions, decompression bombs and /dev/zero are clear errors.
public sealed class SealImageTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("seal-");

    public void Dispose() => _folder.Delete(recursive: true);

    private static byte[] Chunk(string type, byte[] data)
    {
        var chunk = new byte[12 + data.Length];
        BinaryPrimitives.WriteUInt32BigEndian(chunk, (uint)data.Length);
        System.Text.Encoding.ASCII.GetBytes(type).CopyTo(chunk, 4);
        data.CopyTo(chunk, 8);
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(8 + data.Length), Crc32(chunk.AsSpan(4, 4 + data.Length)));
        return chunk;
    }

    private static uint Crc32(ReadOnlySpan<byte> bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }

    // An RGBA PNG of the given declared size whose image data inflates to `rawBytes` bytes.
    internal static byte[] Png(uint width, uint height, long rawBytes)
    {
        var header = new byte[13];
        BinaryPrimitives.WriteUInt32BigEndian(header, width);
        BinaryPrimitives.WriteUInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8;
        header[9] = 6;
        using var data = new MemoryStream();
        using (var zlib = new ZLibStream(data, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var zeros = new byte[65536];
            for (var left = rawBytes; left > 0; left -= zeros.Length)
            {
                zlib.Write(zeros, 0, (int)Math.Min(left, zeros.Length));
            }
        }

        return [.. new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A }, .. Chunk("IHDR", header), .. Chunk("IDAT", data.ToArray()), .. Chunk("IEND", [])];
    }

    private static long Raw(uint width, uint height) => height * ((width * 4L) + 1);

    [Fact]
    public void Problem_GeneratedWholeImages_Accepted()
    {
        Gen.UInt[1, 600].Select(Gen.UInt[1, 600]).Sample((w, h) => SealImage.Problem(Png(w, h, Raw(w, h))).Should().BeNull(), iter: 30);
    }

    [Fact]
    public void Problem_GeneratedDimensionsOverTheLimit_RefusedWithoutInflating()
    {
        Gen.UInt[4097, uint.MaxValue].Select(Gen.UInt[1, uint.MaxValue], Gen.Bool).Sample((big, other, wide) =>
        {
            var png = wide ? Png(big, Math.Max(1, other), 0) : Png(Math.Max(1, other), big, 0);

            SealImage.Problem(png).Should().Contain("pixels a side");
        }, iter: 50);
    }

    [Fact]
    public void Problem_GeneratedBombs_RefusedAsDecompressionBombs()
    {
        Gen.UInt[1, 300].Select(Gen.Int[2, 50]).Sample((side, factor) =>
        {
            var png = Png(side, side, Raw(side, side) * factor);

            SealImage.Problem(png).Should().Contain("decompression bomb");
        }, iter: 20);
    }

    [Fact]
    public void Problem_TruncatedOrNotPng_Refused()
    {
        var whole = Png(40, 40, Raw(40, 40));
        Gen.Int[0, whole.Length - 1].Sample(cut => SealImage.Problem(whole.AsSpan(0, cut)).Should().NotBeNull(), iter: 60);
        SealImage.Problem(Png(40, 40, Raw(40, 40) / 2)).Should().Contain("truncated");
        SealImage.Problem("GIF89a........................................"u8).Should().Be("is not a PNG image");
    }

    [Fact]
    public void Bulletin_Command_LargeBombAndDevZero_ExitOneClearErrorNoOutput()
    {
        // 6 GB of zeros would take minutes to build here; 200 MB in a 1000 × 1000 frame shows the same: refused
        // once inflating passes what 1000 × 1000 RGBA needs, without decoding.
        var bomb = Path.Combine(_folder.FullName, "bomb.png");
        File.WriteAllBytes(bomb, Png(1000, 1000, 200L * 1024 * 1024));
        new FileInfo(bomb).Length.Should().BeLessThan(SealImage.MaxFileBytes);

        foreach (var seal in new[] { bomb, "/dev/zero", Path.Combine(_folder.FullName, "huge.png") })
        {
            if (seal == "/dev/zero" && !File.Exists(seal))
            {
                continue;
            }

            if (seal.EndsWith("huge.png", StringComparison.Ordinal))
            {
                File.WriteAllBytes(seal, Png(100_000, 100_000, 0));
            }

            var spec = Path.Combine(_folder.FullName, "spec.json");
            File.WriteAllText(spec, JsonSerializer.Serialize(new { sealPng = seal }));
            var pdf = Path.Combine(_folder.FullName, "out.pdf");

            var result = CliRunner.Run("bulletin", Example.Path, "-o", pdf, "--spec", spec);

            result.ExitCode.Should().Be(1, seal);
            result.Error.ShouldHaveNoStackTrace();
            result.Error.Should().Contain("$.sealPng").And.MatchRegex("decompression bomb|larger than 4 MB|pixels a side");
            File.Exists(pdf).Should().BeFalse();
        }
    }

    [Fact]
    public void Bulletin_Write_SealSetInCode_HeldToTheSameLimits()
    {
        var spec = new BulletinSpec { SealPng = new EquatableArray<byte>([.. Png(5000, 10, 0)]) };

        var act = () => Bulletin.Write(Example.Guilin, Stream.Null, spec);

        act.Should().Throw<InvalidInputException>().Which.Report.Errors.Should().ContainSingle(e => e.Code == "image");
    }
}
