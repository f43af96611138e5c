using System.Buffers;
using System.Text;
using System.Text.Json;
using Supervision.Reporting.Validation;

namespace Supervision.Reporting.Serialization;

// Bytes that are not UTF-8 in a JSON file (one saved as GBK, say): one problem for the file, at the first such
// place, with its JSON path and position — every later string of such a file would say the same. The round
// reader finds them as it streams; the small files (bulletin specs, calendars) are checked whole before parsing.
internal static class JsonEncoding
{
    public const string NotUtf8 = "is not UTF-8 text: the file holds bytes that are not valid UTF-8 here (was it saved in another encoding, such as GBK?); save it as UTF-8. Only the first such place is reported";

    public const string LoneSurrogate = "is not valid text: it holds a lone surrogate (an unpaired \\ud800–\\udfff escape) or bytes that are not UTF-8";

    // The one problem of a text with bytes that are not UTF-8, or null when it is UTF-8 throughout.
    public static Diagnostic? FirstInvalidBytes(ReadOnlySpan<byte> utf8Json)
    {
        var offset = FirstInvalid(utf8Json);
        if (offset < 0)
        {
            return null;
        }

        var (line, column) = new TextPositions(utf8Json).AtAll([offset])[offset];
        return Diagnostic.Error("encoding", NotUtf8, DiagnosticLocation.Json(PathAt(utf8Json, offset), line, column));
    }

    private static int FirstInvalid(ReadOnlySpan<byte> utf8)
    {
        var i = 0;
        while (i < utf8.Length)
        {
            var nonAscii = utf8[i..].IndexOfAnyExceptInRange((byte)0, (byte)0x7F);
            if (nonAscii < 0)
            {
                return -1;
            }

            i += nonAscii;
            if (System.Text.Rune.DecodeFromUtf8(utf8[i..], out _, out var consumed) != OperationStatus.Done)
            {
                return i;
            }

            i += consumed;
        }

        return -1;
    }

    // The path of the token holding `offset` (the path reached when the bytes stop the parser).
    private static string PathAt(ReadOnlySpan<byte> utf8Json, long offset)
    {
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, MaxDepth = 256 });
        var frames = new Stack<(string Path, bool IsArray, int Next)>();
        var pendingName = string.Empty;
        var path = "$";
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray)
                {
                    frames.Pop();
                    continue;
                }

                if (reader.TokenType == JsonTokenType.PropertyName)
                {
                    pendingName = Encoding.UTF8.GetString(reader.ValueSpan);
                    path = JsonPath.Property(frames.Peek().Path, pendingName);
                }
                else if (frames.Count == 0)
                {
                    path = "$";
                }
                else if (frames.Peek() is { IsArray: true } frame)
                {
                    frames.Pop();
                    frames.Push(frame with { Next = frame.Next + 1 });
                    path = JsonPath.Item(frame.Path, frame.Next);
                }
                else
                {
                    path = JsonPath.Property(frames.Peek().Path, pendingName);
                }

                if (reader.TokenStartIndex <= offset && offset < reader.BytesConsumed)
                {
                    return path;
                }

                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    frames.Push((path, reader.TokenType == JsonTokenType.StartArray, 0));
                }
            }
        }
        catch (JsonException)
        {
            // Bytes outside any string stop the parser where they are.
        }

        return path;
    }
}
