using System.Text;

namespace Supervision.Reporting.Serialization;

// One string per distinct short value read, found by its UTF-8 bytes. Most of a round's short strings repeat:
// the ids that other items refer to (units, people, inspections), category and focus-area codes, names. Without
// the table each occurrence is a string of its own (transcoded, allocated, and copied by every collection while
// the young round is being built); with it a repeated value costs a hash and a byte comparison. The table is a
// fixed array of slots, each holding the last value that hashed there (a new value replaces the old one), so it
// stays the same size whatever the input: a file of a million distinct ids only misses. The hash is
// System.HashCode's, seeded per process, so a file cannot be made to collide on purpose; and a collision only
// costs a miss. Equal strings either way: the domain holds the same values, shared.
internal sealed class Utf8StringTable
{
    // Ids, codes and short names; longer texts (summaries, descriptions) rarely repeat in a real round.
    public const int MaxBytes = 32;

    private const int Slots = 4096;

    private readonly string?[] _values = new string?[Slots];
    private readonly byte[] _lengths = new byte[Slots];
    private readonly byte[] _bytes = new byte[Slots * MaxBytes];

    // The string of `utf8`, which `decode` makes when the table does not have it (and may throw for bytes that
    // are not UTF-8: such a value is not kept).
    public string Get(ReadOnlySpan<byte> utf8, UTF8Encoding decode)
    {
        if (utf8.Length > MaxBytes)
        {
            return decode.GetString(utf8);
        }

        if (utf8.IsEmpty)
        {
            return string.Empty;
        }

        var hash = new HashCode();
        hash.AddBytes(utf8);
        var slot = hash.ToHashCode() & (Slots - 1);
        var kept = _bytes.AsSpan(slot * MaxBytes, utf8.Length);
        if (_lengths[slot] == utf8.Length && utf8.SequenceEqual(kept) && _values[slot] is { } value)
        {
            return value;
        }

        value = decode.GetString(utf8);
        utf8.CopyTo(kept);
        _lengths[slot] = (byte)utf8.Length;
        _values[slot] = value;
        return value;
    }
}
