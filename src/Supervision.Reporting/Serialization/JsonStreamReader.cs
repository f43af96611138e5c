using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using Supervision.Reporting.Calendar;
using Supervision.Reporting.Domain;
using Supervision.Reporting.Validation;

namespace Supervision.Reporting.Serialization;

// Reads typed values straight off a Utf8JsonReader while collecting every problem with its JSON path, line and
// column — the streaming counterpart of JsonDocumentReader, with the same rules and messages. The reader is on a
// value's first token when a value method is called, and on its last token when it returns.
internal abstract class JsonStreamReader
{
    private static readonly LocalDatePattern DatePattern = LocalDatePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd");

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly List<Diagnostic> _problems = [];
    private readonly List<string> _unreadable = [];
    private readonly PropertyNames _names;
    private readonly Utf8StringTable _strings = new();
    private bool _rawBytesReported;

    // Per nesting depth: which known properties the object being read has (stamped with the object's serial
    // number, so nothing is cleared between objects), where each first appeared, and its unknown properties.
    private readonly List<DepthState> _depths = [];
    private int _serial;

    protected JsonStreamReader(PropertyNames names) => _names = names;

    protected JsonTokenStream Stream { get; private set; } = null!;

    public IReadOnlyList<Diagnostic> Problems => _problems;

    // Paths whose value was not read (each reported, or part of the one report of bytes that are not UTF-8).
    public IReadOnlyList<string> Unreadable => _unreadable;

    protected void Attach(JsonTokenStream stream) => Stream = stream;

    // Where a value sits: a property of an object (Name) or an item of an array (Index), and its position
    // (the property's name, or the item's first token). It refers to its parent's path where that lives (the
    // object's Scope, the list's local) rather than copying it: a LazyJsonPath is 112 bytes with seven
    // references, and a copy for every value read was a measurable share of the read (BulkMoveWithWriteBarrier
    // in the profile). Passed by value (`scoped`: it never outlives the call).
    protected readonly ref struct Where
    {
        private readonly ref readonly LazyJsonPath _parent;
        private readonly int _index;

        public Where(ref readonly LazyJsonPath parent, string? name, int index, TextPosition at)
        {
            _parent = ref parent;
            Name = name;
            _index = index;
            At = at;
        }

        public string? Name { get; }

        public TextPosition At { get; }

        // Spelled out for a problem only.
        public string Path => Lazy.ToString();

        public LazyJsonPath Lazy => Name is null ? _parent.Item(_index) : _parent.Property(Name);
    }

    // The object being read: its path, position and depth, and the property the reader is on.
    protected struct Scope
    {
        public LazyJsonPath Path;
        public TextPosition At;
        public int Depth;
        public int Serial;
        public string Name;
        public TextPosition NameAt;

        [System.Diagnostics.CodeAnalysis.UnscopedRef]
        public readonly Where Value => new(in Path, Name, 0, NameAt);
    }

    protected delegate T? ItemReader<T>(ref Utf8JsonReader r, LazyJsonPath path, TextPosition at);

    private sealed class DepthState(int known)
    {
        public readonly int[] Seen = new int[known];
        public readonly TextPosition[] FirstAt = new TextPosition[known];
        public readonly List<(string Name, TextPosition At)> Unknown = [];
        public int UnknownSerial;
    }

    // Starts reading an object; false (after one problem) when the value is something else.
    protected bool BeginObject(ref Utf8JsonReader r, LazyJsonPath path, TextPosition at, out Scope scope)
    {
        scope = default;
        if (r.TokenType != JsonTokenType.StartObject)
        {
            WrongType(path.ToString(), at, "an object", r.TokenType);
            Stream.Skip(ref r);
            return false;
        }

        var depth = r.CurrentDepth;
        while (_depths.Count <= depth)
        {
            _depths.Add(new DepthState(_names.Count));
        }

        scope = new Scope { Path = path, At = at, Depth = depth, Serial = ++_serial, Name = string.Empty };
        return true;
    }

    // Moves to the next property's value; false at the end of the object. A property seen before in the same
    // object is reported (at its first appearance) and skipped: the first value counts, as it always has.
    protected bool NextProperty(ref Utf8JsonReader r, ref Scope scope)
    {
        var state = _depths[scope.Depth];
        while (true)
        {
            Stream.Read(ref r);
            if (r.TokenType == JsonTokenType.EndObject)
            {
                return false;
            }

            var at = Stream.Position(r);
            var index = -1;
            string name;
            if (!r.ValueIsEscaped && _names.Find(r.ValueSpan) is var (known, i) && known is not null)
            {
                name = known;
                index = i;
            }
            else if (PropertyName(ref r, scope.Path, at) is { } decoded)
            {
                name = decoded;
                index = _names.IndexOf(decoded);
                name = index >= 0 ? _names[index] : name;
            }
            else
            {
                // Not text: reported once; its value is not read.
                Stream.Read(ref r);
                Stream.Skip(ref r);
                continue;
            }

            if (index >= 0)
            {
                if (state.Seen[index] == scope.Serial)
                {
                    Duplicate(scope.Path.ToString(), name, state.FirstAt[index]);
                    Stream.Read(ref r);
                    Stream.Skip(ref r);
                    continue;
                }

                state.Seen[index] = scope.Serial;
                state.FirstAt[index] = at;
            }
            else
            {
                if (state.UnknownSerial != scope.Serial)
                {
                    state.Unknown.Clear();
                    state.UnknownSerial = scope.Serial;
                }

                var first = state.Unknown.FindIndex(u => string.Equals(u.Name, name, StringComparison.Ordinal));
                if (first >= 0)
                {
                    Duplicate(scope.Path.ToString(), name, state.Unknown[first].At);
                    Stream.Read(ref r);
                    Stream.Skip(ref r);
                    continue;
                }

                state.Unknown.Add((name, at));
            }

            scope.Name = name;
            scope.NameAt = at;
            Stream.Read(ref r);
            return true;
        }
    }

    // Whether the object has the property (even as null), and where: a missing property is placed at its object.
    protected bool Has(in Scope scope, string name) =>
        _names.IndexOf(name) is var i and >= 0 && _depths[scope.Depth].Seen[i] == scope.Serial;

    protected TextPosition At(in Scope scope, string name) =>
        _names.IndexOf(name) is var i and >= 0 && _depths[scope.Depth].Seen[i] == scope.Serial ? _depths[scope.Depth].FirstAt[i] : scope.At;

    // An unknown property: reported, its value skipped.
    protected void Unknown(ref Utf8JsonReader r, in Scope scope)
    {
        Error(scope.Path.Property(scope.Name).ToString(), scope.NameAt, "unknown-property", $"unknown property '{Clip(scope.Name)}'; property names are case-sensitive and must be spelled as in the round format (see docs/data-format.md or the JSON schema)");
        Stream.Skip(ref r);
    }

    // At the start of a list: false for null (no items) and for any value other than an array (reported, skipped).
    private bool BeginArray(ref Utf8JsonReader r, scoped Where where, string expected)
    {
        if (r.TokenType == JsonTokenType.Null)
        {
            return false;
        }

        if (r.TokenType != JsonTokenType.StartArray)
        {
            WrongType(where.Lazy.ToString(), where.At, expected, r.TokenType);
            Stream.Skip(ref r);
            return false;
        }

        return true;
    }

    protected EquatableArray<T> Array<T>(ref Utf8JsonReader r, scoped Where where, ItemReader<T> read, List<(long Offset, TextPosition At)>? starts = null)
        where T : class
    {
        if (!BeginArray(ref r, where, "an array"))
        {
            return [];
        }

        var path = where.Lazy;

        var start = _top;
        var index = 0;
        while (Stream.Read(ref r) && r.TokenType != JsonTokenType.EndArray)
        {
            var at = Stream.Position(r);
            starts?.Add((Stream.Offset(r), at));
            if (read(ref r, path.Item(index), at) is { } value)
            {
                Push(value);
            }
            else
            {
                // The item is not an object (reported). Paths of later items must keep the document's
                // indices, which a gap would shift, so the rest of this list is not mapped.
                while (Stream.Read(ref r) && r.TokenType != JsonTokenType.EndArray)
                {
                    Stream.Skip(ref r);
                }

                break;
            }

            index++;
        }

        return PopFrom<T>(start);
    }

    protected EquatableArray<string> Strings(ref Utf8JsonReader r, scoped Where where)
    {
        if (!BeginArray(ref r, where, "an array of strings"))
        {
            return [];
        }

        var path = where.Lazy;

        var start = _top;
        var index = 0;
        while (Stream.Read(ref r) && r.TokenType != JsonTokenType.EndArray)
        {
            var at = Stream.Position(r);
            var item = new Where(in path, null, index, at);
            if (r.TokenType == JsonTokenType.String)
            {
                Push(Chars(ref r, item) ?? string.Empty);
            }
            else
            {
                WrongType(item.Path, at, "a string", r.TokenType);
                Stream.Skip(ref r);
                Push(string.Empty);
            }

            index++;
        }

        return PopFrom<string>(start);
    }

    // The text of a string token, or null after a problem: an escaped lone surrogate ("\ud800") is one problem
    // per string; bytes that are not UTF-8 (a file saved as GBK, say) are one problem for the whole file, at the
    // first place they occur — every later string of such a file would say the same.
    protected string? Chars(ref Utf8JsonReader r, scoped Where where)
    {
        var span = r.ValueSpan;
        if (!r.ValueIsEscaped)
        {
            try
            {
                return _strings.Get(span, StrictUtf8);
            }
            catch (DecoderFallbackException)
            {
                RawBytes(where.Path, where.At);
                return null;
            }
        }

        if (!System.Text.Unicode.Utf8.IsValid(span))
        {
            RawBytes(where.Path, where.At);
            return null;
        }

        try
        {
            return r.GetString();
        }
        catch (InvalidOperationException)
        {
            Error(where.Path, where.At, "encoding", JsonEncoding.LoneSurrogate);
            return null;
        }
    }

    private string? PropertyName(ref Utf8JsonReader r, LazyJsonPath parent, TextPosition at)
    {
        if (!System.Text.Unicode.Utf8.IsValid(r.ValueSpan))
        {
            RawBytes(parent.Property(Encoding.UTF8.GetString(r.ValueSpan)).ToString(), at);
            return null;
        }

        try
        {
            return r.GetString() ?? string.Empty;
        }
        catch (InvalidOperationException)
        {
            Error(parent.Property("\uFFFD").ToString(), at, "encoding", JsonEncoding.LoneSurrogate);
            return null;
        }
    }

    private void RawBytes(string path, TextPosition at)
    {
        _unreadable.Add(path);
        if (_rawBytesReported)
        {
            return;
        }

        _rawBytesReported = true;
        Error(path, at, "encoding", JsonEncoding.NotUtf8);
    }

    protected string? String(ref Utf8JsonReader r, scoped Where where)
    {
        switch (r.TokenType)
        {
            case JsonTokenType.String:
                return Chars(ref r, where) ?? string.Empty;
            case JsonTokenType.Null:
                return null;
            default:
                WrongType(where.Path, where.At, "a string", r.TokenType);
                Stream.Skip(ref r);
                return string.Empty;
        }
    }

    protected int? Int(ref Utf8JsonReader r, scoped Where where)
    {
        if (r.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (r.TokenType == JsonTokenType.Number && r.TryGetInt32(out var value))
        {
            return value;
        }

        WrongType(where.Path, where.At, "a whole number", r.TokenType);
        Stream.Skip(ref r);
        return null;
    }

    protected bool? Bool(ref Utf8JsonReader r, scoped Where where)
    {
        switch (r.TokenType)
        {
            case JsonTokenType.True:
                return true;
            case JsonTokenType.False:
                return false;
            case JsonTokenType.Null:
                return null;
            default:
                WrongType(where.Path, where.At, "true or false", r.TokenType);
                Stream.Skip(ref r);
                return null;
        }
    }

    protected LocalDate? Date(ref Utf8JsonReader r, scoped Where where)
    {
        if (r.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (r.TokenType != JsonTokenType.String)
        {
            WrongType(where.Path, where.At, "a date string YYYY-MM-DD", r.TokenType);
            Stream.Skip(ref r);
            return default(LocalDate);
        }

        // The common case without a string: ten ASCII bytes uuuu-MM-dd naming a day that exists.
        if (!r.ValueIsEscaped && FastDate(r.ValueSpan) is { } fast && SupportedDates.Contains(fast))
        {
            return fast;
        }

        if (Chars(ref r, where) is not { } text)
        {
            return default(LocalDate);
        }

        var result = DatePattern.Parse(text);
        if (result.Success && SupportedDates.Contains(result.Value))
        {
            return result.Value;
        }

        // A real date outside the range is told so; "not in the calendar" is only for 2022-02-30 and the like.
        Error(where.Path, where.At, "date", result.Success
            ? $"'{Clip(text)}' is outside the supported dates {SupportedDates.Range}"
            : $"'{Clip(text)}' is not a valid date; dates are written YYYY-MM-DD (e.g. 2022-11-14), between {SupportedDates.Range}, and must exist in the calendar");
        return default(LocalDate);
    }

    private static LocalDate? FastDate(ReadOnlySpan<byte> s)
    {
        if (s.Length != 10 || s[4] != (byte)'-' || s[7] != (byte)'-')
        {
            return null;
        }

        var year = 0;
        for (var i = 0; i < 4; i++)
        {
            var d = s[i] - (byte)'0';
            if ((uint)d > 9)
            {
                return null;
            }

            year = (year * 10) + d;
        }

        var m1 = s[5] - (byte)'0';
        var m2 = s[6] - (byte)'0';
        var d1 = s[8] - (byte)'0';
        var d2 = s[9] - (byte)'0';
        if ((uint)m1 > 9 || (uint)m2 > 9 || (uint)d1 > 9 || (uint)d2 > 9)
        {
            return null;
        }

        var month = (m1 * 10) + m2;
        var day = (d1 * 10) + d2;
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return null;
        }

        return new LocalDate(year, month, day);
    }

    // Vocabularies of the round format, by their kebab-case codes.
    protected T? Enum<T>(ref Utf8JsonReader r, scoped Where where)
        where T : struct, System.Enum
    {
        if (r.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (r.TokenType != JsonTokenType.String)
        {
            WrongType(where.Path, where.At, "a string", r.TokenType);
            Stream.Skip(ref r);
            return default(T);
        }

        if (!r.ValueIsEscaped && Utf8Codes<T>.Find(r.ValueSpan) is { } known)
        {
            return known;
        }

        if (Chars(ref r, where) is not { } text)
        {
            return default(T);
        }

        if (Vocabulary.TryParseCode<T>(text, out var value))
        {
            return value;
        }

        Error(where.Path, where.At, "unknown-value", $"'{Clip(text)}' is not a known {where.Name}; expected one of: {Vocabulary.CodeList<T>()}");
        return default(T);
    }

    // The items of the arrays being read, innermost last: one buffer for every list instead of a List per list.
    private object?[] _stack = new object?[64];
    private int _top;

    private void Push(object item)
    {
        if (_top == _stack.Length)
        {
            System.Array.Resize(ref _stack, _stack.Length * 2);
        }

        _stack[_top++] = item;
    }

    private ImmutableArray<T> PopFrom<T>(int start)
        where T : class
    {
        var count = _top - start;
        if (count == 0)
        {
            return [];
        }

        var items = new T[count];
        for (var i = 0; i < count; i++)
        {
            items[i] = Unsafe.As<T>(_stack[start + i])!;
        }

        System.Array.Clear(_stack, start, count);
        _top = start;
        return ImmutableCollectionsMarshal.AsImmutableArray(items);
    }

    // The codes of a vocabulary as UTF-8, to read a code without making a string of it.
    private static class Utf8Codes<T>
        where T : struct, System.Enum
    {
        // A plain loop: LINQ over a vocabulary enum would JIT-compile a dozen generic methods per vocabulary at
        // the start of every command, even in the ReadyToRun tool.
        private static readonly (byte[] Code, T Value)[] Codes = Build();

        private static (byte[] Code, T Value)[] Build()
        {
            var terms = Vocabulary.TermList<T>();
            var codes = new (byte[] Code, T Value)[terms.Count];
            for (var i = 0; i < codes.Length; i++)
            {
                codes[i] = (Encoding.UTF8.GetBytes(terms[i].Code), terms[i].Value);
            }

            return codes;
        }

        public static T? Find(ReadOnlySpan<byte> utf8)
        {
            foreach (var (code, value) in Codes)
            {
                if (utf8.SequenceEqual(code))
                {
                    return value;
                }
            }

            return null;
        }
    }

    protected string Required(string? value, in Scope scope, string name)
    {
        if (value is null)
        {
            Missing(scope, name);
            return string.Empty;
        }

        return value;
    }

    protected LocalDate Required(LocalDate? value, in Scope scope, string name)
    {
        if (value is null)
        {
            Missing(scope, name);
            return default;
        }

        return value.Value;
    }

    protected T Required<T>(T? value, in Scope scope, string name)
        where T : struct, System.Enum
    {
        if (value is null)
        {
            Missing(scope, name);
            return default;
        }

        return value.Value;
    }

    protected void Missing(in Scope scope, string name) =>
        Error(scope.Path.Property(name).ToString(), At(scope, name), "required", $"required property '{name}' is missing");

    private void Duplicate(string parent, string name, TextPosition firstAt) =>
        Error(JsonPath.Property(parent, name), firstAt, "duplicate-property", $"property '{name}' appears more than once in the same object");

    protected void WrongType(string path, TextPosition at, string expected, JsonTokenType actual) =>
        Error(path, at, "type", $"expected {expected}, found {Describe(actual)}");

    protected void Error(string path, TextPosition at, string rule, string message)
    {
        _unreadable.Add(path);
        _problems.Add(Diagnostic.Error(rule, message, DiagnosticLocation.Json(path, at.Line, at.Column)));
    }

    private static string Describe(JsonTokenType kind) => kind switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "true/false",
        JsonTokenType.Null => "null",
        _ => "nothing",
    };

    protected static string D(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    protected static string Clip(string value) => value.Length <= 60 ? value : string.Concat(value.AsSpan(0, 57), "…");
}

// The property names of a format, found by their UTF-8 bytes without making a string per property read.
internal sealed class PropertyNames
{
    private readonly string[] _names;
    private readonly byte[][] _utf8;
    private readonly Dictionary<string, int> _index;
    private readonly int[][] _byLength;

    // Plain loops rather than LINQ over ints and tuples, whose generic code is JIT-compiled at the start of every
    // command even in the ReadyToRun tool (docs/performance.md, "Start-up").
    public PropertyNames(string[] names)
    {
        _index = new Dictionary<string, int>(names.Length, StringComparer.Ordinal);
        var distinct = new List<string>(names.Length);
        foreach (var name in names)
        {
            if (_index.TryAdd(name, distinct.Count))
            {
                distinct.Add(name);
            }
        }

        _names = [.. distinct];
        _utf8 = new byte[_names.Length][];
        var longest = 0;
        for (var i = 0; i < _names.Length; i++)
        {
            _utf8[i] = Encoding.UTF8.GetBytes(_names[i]);
            longest = Math.Max(longest, _utf8[i].Length);
        }

        var counts = new int[longest + 1];
        foreach (var utf8 in _utf8)
        {
            counts[utf8.Length]++;
        }

        _byLength = new int[longest + 1][];
        for (var length = 0; length <= longest; length++)
        {
            _byLength[length] = new int[counts[length]];
            counts[length] = 0;
        }

        for (var i = 0; i < _utf8.Length; i++)
        {
            _byLength[_utf8[i].Length][counts[_utf8[i].Length]++] = i;
        }
    }

    public int Count => _names.Length;

    public string this[int index] => _names[index];

    public int IndexOf(string name) => _index.TryGetValue(name, out var i) ? i : -1;

    public (string? Name, int Index) Find(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length < _byLength.Length)
        {
            foreach (var i in _byLength[utf8.Length])
            {
                if (utf8.SequenceEqual(_utf8[i]))
                {
                    return (_names[i], i);
                }
            }
        }

        return (null, -1);
    }
}
