using System.Text;
using Supervision.Reporting.Serialization;

namespace Supervision.Reporting.Tests.Serialization;

// The reader's table of short strings: one string per repeated value, the right text whatever the slots hold, and
// bytes that are not UTF-8 still refused.
public sealed class Utf8StringTableTests
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    [Fact]
    public void Get_TheSameBytesTwice_GivesOneString()
    {
        var table = new Utf8StringTable();

        var first = table.Get("town8-6"u8, Strict);
        var second = table.Get(Encoding.UTF8.GetBytes("town8-6"), Strict);

        second.Should().Be("town8-6");
        second.Should().BeSameAs(first);
    }

    [Fact]
    public void Get_ManyDistinctValues_GivesEachItsOwnText()
    {
        // Far more values than the table has slots: replaced slots must never hand back another value's string.
        var table = new Utf8StringTable();
        for (var round = 0; round < 2; round++)
        {
            for (var i = 0; i < 20_000; i++)
            {
                var text = $"镇{i}-{i % 7}";
                table.Get(Encoding.UTF8.GetBytes(text), Strict).Should().Be(text);
            }
        }
    }

    [Fact]
    public void Get_LongValue_IsNotShared()
    {
        var table = new Utf8StringTable();
        var text = new string('检', Utf8StringTable.MaxBytes);

        var first = table.Get(Encoding.UTF8.GetBytes(text), Strict);
        var second = table.Get(Encoding.UTF8.GetBytes(text), Strict);

        second.Should().Be(text);
        second.Should().NotBeSameAs(first);
    }

    [Fact]
    public void Get_BytesThatAreNotUtf8_ThrowEveryTime()
    {
        var table = new Utf8StringTable();
        byte[] gbk = [0xBD, 0xAD, 0xCB, 0xD5];

        ((Action)(() => table.Get(gbk, Strict))).Should().Throw<DecoderFallbackException>();
        ((Action)(() => table.Get(gbk, Strict))).Should().Throw<DecoderFallbackException>();
    }

    [Fact]
    public void Get_Empty_GivesTheEmptyString() =>
        new Utf8StringTable().Get(ReadOnlySpan<byte>.Empty, Strict).Should().BeEmpty();
}
