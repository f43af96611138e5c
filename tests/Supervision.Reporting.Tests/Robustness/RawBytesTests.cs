using System.Text;
using CsCheck;
using Supervision.Reporting.Calendar;
using Supervision.Reporting.Tests.Cli;
using Supervision.Reporting.Tests.Support;

namespace Supervision.Reporting.Tests.Robustness;

// Issue 10, class 1 (raw bytes) and class 4 (input size): a round, spec or calendar file holding bytes that are not
// UTF-8 gives ONE problem with its JSON path and position, never an exception; an input larger than the limit, or
// one that never ends (/dev/zero), stops at once with a clear error.
public sealed class RawBytesTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("raw-bytes-");

    public void Dispose() => _folder.Delete(recursive: true);

    // Byte sequences that are not UTF-8: a lone continuation byte, a truncated sequence, an overlong form,
    // a GBK-encoded pair (what a file saved in the wrong encoding holds; trail bytes chosen so that it is no UTF-8 too), a surrogate encoded as UTF-8.
    private static readonly Gen<byte[]> NotUtf8 = Gen.OneOf(
        Gen.Byte[0x80, 0xBF].Select(b => new[] { b }),
        Gen.Byte[0xE0, 0xEF].Select(b => new[] { b, (byte)0x41 }),
        Gen.Const(new byte[] { 0xC0, 0xAF }),
        Gen.Byte[0xB0, 0xF7].SelectMany(lead => Gen.Byte[0xC0, 0xFE].Select(trail => new[] { lead, trail })),
        Gen.Const(new byte[] { 0xED, 0xA0, 0x80 }),
        Gen.Byte[0xF8, 0xFF].Select(b => new[] { b }));

    private static byte[] Splice(string json, string marker, byte[] bad)
    {
        var at = json.IndexOf(marker, StringComparison.Ordinal);
        at.Should().BeGreaterThan(0, "the edit point must exist, or the test proves nothing");
        var head = Encoding.UTF8.GetBytes(json[..at]);
        var tail = Encoding.UTF8.GetBytes(json[at..]);
        return [.. head, .. bad, .. tail];
    }

    [Fact]
    public void RoundJson_Read_RawBytesInStrings_OneProblemWithPathAndPosition()
    {
        var json = RoundJson.Serialize(TestRounds.Minimal());
        var title = TestRounds.Minimal().Title;
        NotUtf8.Sample(bad =>
        {
            var result = RoundJson.Read(Splice(json, title, bad));

            var error = result.Report.Errors.Should().ContainSingle().Subject;
            error.Code.Should().Be("encoding");
            error.Location.Path.Should().Be("$.title");
            error.Location.Line.Should().Be(LineOf(json, title));
            error.Location.Column.Should().NotBeNull();
        }, iter: 50);
    }

    [Fact]
    public void RoundJson_Read_RawBytesInTwoStrings_StillOneProblemAtTheFirst()
    {
        var json = RoundJson.Serialize(TestRounds.Minimal());
        var summary = TestRounds.Minimal().Findings[0].Summary;
        var title = TestRounds.Minimal().Title;
        byte[] gbk = [0xB9, 0xF0, 0xC1, 0xD6]; // 桂林 in GBK
        var once = Splice(json, summary, gbk);
        var at = Encoding.UTF8.GetBytes(json[..json.IndexOf(title, StringComparison.Ordinal)]).Length;
        byte[] twice = [.. once[..at], .. gbk, .. once[at..]];

        var result = RoundJson.Read(twice);

        var error = result.Report.Errors.Should().ContainSingle().Subject;
        error.Code.Should().Be("encoding");
        error.Location.Path.Should().Be("$.title");
        error.Message.Should().Contain("UTF-8").And.Contain("GBK");
    }

    [Fact]
    public void RoundJson_Read_RawBytesInAPropertyName_OneProblem()
    {
        var json = RoundJson.Serialize(TestRounds.Minimal());
        var bytes = Splice(json, "summary\"", [0xFF]);

        var result = RoundJson.Read(bytes);

        result.Report.Errors.Where(e => e.Code == "encoding").Should().ContainSingle()
            .Which.Location.Path.Should().StartWith("$.findings[0]");
    }

    [Fact]
    public void BulletinSpecJson_Read_RawBytes_OneProblemWithPathAndPosition()
    {
        NotUtf8.Sample(bad =>
        {
            var bytes = Splice("{\n  \"kind\": \"typical-cases\",\n  \"title\": \"关于通报\"\n}", "通报", bad);

            var result = BulletinSpecJson.Read(bytes);

            result.Value.Should().BeNull();
            var error = result.Report.Errors.Should().ContainSingle().Subject;
            error.Code.Should().Be("encoding");
            error.Location.Path.Should().Be("$.title");
            error.Location.Line.Should().Be(3);
            error.Location.Column.Should().Be(15);
        }, iter: 50);
    }

    [Fact]
    public void WorkingDayCalendar_ReadJson_RawBytes_OneProblemWithPathAndPosition()
    {
        NotUtf8.Sample(bad =>
        {
            var bytes = Splice("""{"years": {"2027": {"offDays": ["2027-01-01"], "workDays": ["2026-12-26"]}}}""", "2026-12-26", bad);

            var result = WorkingDayCalendar.ReadJson(new MemoryStream(bytes));

            result.Value.Should().BeNull();
            var error = result.Report.Errors.Should().ContainSingle().Subject;
            error.Code.Should().Be("encoding");
            error.Location.Path.Should().Be("$.years['2027'].workDays[0]");
            error.Location.Line.Should().Be(1);
        }, iter: 50);
    }

    [Fact]
    public void Validate_Command_GbkFile_ExitOneOneProblemNoStackTrace()
    {
        var path = Path.Combine(_folder.FullName, "round.json");
        var json = RoundJson.Serialize(TestRounds.Minimal());
        File.WriteAllBytes(path, Splice(json, TestRounds.Minimal().Title, [0xB9, 0xF0, 0xC1, 0xD6]));

        var result = CliRunner.Run("validate", path);

        result.ExitCode.Should().Be(1);
        result.Error.ShouldHaveNoStackTrace();
        (result.Out + result.Error).Should().Contain("$.title").And.Contain("not UTF-8");
        HostileInput.FilesIn(_folder).Should().Equal("round.json");
    }

    [Fact]
    public void Validate_Command_DevZero_EndsAtOnceWithOneError()
    {
        if (!File.Exists("/dev/zero"))
        {
            return;
        }

        var result = CliRunner.Run("validate", "/dev/zero");

        result.ExitCode.Should().Be(1);
        result.Error.ShouldHaveNoStackTrace();
        (result.Out + result.Error).Should().Contain("not valid JSON");
    }

    [Fact]
    public void RoundJson_Read_StreamLargerThanTheLimit_RefusedBeforeReading()
    {
        using var huge = new EndlessSpaces(length: Supervision.Reporting.Serialization.JsonTokenStream.MaxInputBytes + 1);

        var result = RoundJson.Read(huge);

        result.Value.Should().BeNull();
        var error = result.Report.Errors.Should().ContainSingle().Subject;
        error.Code.Should().Be("size");
        error.Message.Should().Contain("2,000 MiB");
        huge.BytesRead.Should().Be(0);
    }

    private static int LineOf(string json, string marker) => json[..json.IndexOf(marker, StringComparison.Ordinal)].Count(c => c == '\n') + 1;

    // A seekable stream of spaces that says it is longer than the reader accepts.
    private sealed class EndlessSpaces(long length) : Stream
    {
        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => true;

        public override bool CanWrite => false;

        public override long Length => length;

        public override long Position { get; set; }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, length - Position);
            buffer.AsSpan(offset, n).Fill((byte)' ');
            Position += n;
            BytesRead += n;
            return n;
        }

        public override long Seek(long offset, SeekOrigin origin) => Position = origin switch
        {
            SeekOrigin.Begin => offset,
            SeekOrigin.Current => Position + offset,
            _ => length + offset,
        };

        public override void Flush()
        {
        }

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
