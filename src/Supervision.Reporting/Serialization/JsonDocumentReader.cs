using System.Globalization;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using Supervision.Reporting.Calendar;
using Supervision.Reporting.Domain;
using Supervision.Reporting.Validation;

namespace Supervision.Reporting.Serialization;

// Reads typed values out of a JsonDocument while collecting every problem with its JSON path,
// instead of stopping at the first: the shared mechanism of the library's JSON formats (the
// round, and the document specs of the bulletins).
internal abstract class JsonDocumentReader
{
    private static readonly LocalDatePattern DatePattern = LocalDatePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd");

    private readonly List<Diagnostic> _problems = [];

    public IReadOnlyList<Diagnostic> Problems => _problems;

    // Enumerates an object's properties, reporting duplicates (the last one would silently win otherwise).
    protected List<Property> Properties(JsonElement e, string path)
    {
        // Names are read once; duplicates are found by a linear scan, which beats hashing for the dozen
        // properties an object of the format has.
        var list = new List<Property>(16);
        foreach (var p in e.EnumerateObject())
        {
            string name;
            try
            {
                name = p.Name;
            }
            catch (InvalidOperationException)
            {
                // An escaped lone surrogate in the name (bytes that are not UTF-8 were refused before parsing).
                Error(JsonPath.Property(path, "\uFFFD"), "encoding", JsonEncoding.LoneSurrogate);
                continue;
            }

            if (list.Exists(q => string.Equals(q.Name, name, StringComparison.Ordinal)))
            {
                Error(JsonPath.Property(path, name), "duplicate-property", $"property '{name}' appears more than once in the same object");
                continue;
            }

            list.Add(new Property(name, p.Value));
        }

        return list;
    }

    protected readonly record struct Property(string Name, JsonElement Value);

    protected EquatableArray<T> Array<T>(JsonElement e, string parent, string name, Func<JsonElement, string, T?> read)
        where T : class
    {
        var path = JsonPath.Property(parent, name);
        if (e.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        if (e.ValueKind != JsonValueKind.Array)
        {
            WrongType(path, "an array", e);
            return [];
        }

        var items = new List<T>(e.GetArrayLength());
        var index = 0;
        foreach (var item in e.EnumerateArray())
        {
            if (read(item, JsonPath.Item(path, index)) is { } value)
            {
                items.Add(value);
            }
            else
            {
                // The item is not an object (reported). Paths of later items must keep the document's
                // indices, which a gap would shift, so the rest of this list is not mapped.
                return [.. items];
            }

            index++;
        }

        return [.. items];
    }

    protected EquatableArray<string> Strings(JsonElement e, string parent, string name)
    {
        var path = JsonPath.Property(parent, name);
        if (e.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        if (e.ValueKind != JsonValueKind.Array)
        {
            WrongType(path, "an array of strings", e);
            return [];
        }

        var items = new string[e.GetArrayLength()];
        var index = 0;
        foreach (var item in e.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.String)
            {
                items[index] = Chars(item, JsonPath.Item(path, index)) ?? string.Empty;
            }
            else
            {
                WrongType(JsonPath.Item(path, index), "a string", item);
                items[index] = string.Empty;
            }

            index++;
        }

        return new EquatableArray<string>(System.Collections.Immutable.ImmutableArray.Create(items));
    }

    // The value of a JSON string, or null after one problem at its path when it is no text: an escaped lone
    // surrogate ("\ud800") or bytes that are not UTF-8 inside it make GetString throw. The problem's line
    // and column are added from the path like every other's.
    protected string? Chars(JsonElement e, string path)
    {
        try
        {
            return e.GetString();
        }
        catch (InvalidOperationException)
        {
            Error(path, "encoding", JsonEncoding.LoneSurrogate);
            return null;
        }
    }

    protected string? String(JsonElement e, string parent, string name)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.String:
                return Chars(e, JsonPath.Property(parent, name)) ?? string.Empty;
            case JsonValueKind.Null:
                return null;
            default:
                WrongType(JsonPath.Property(parent, name), "a string", e);
                return string.Empty;
        }
    }

    protected int? Int(JsonElement e, string parent, string name)
    {
        if (e.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (e.ValueKind == JsonValueKind.Number && e.TryGetInt32(out var value))
        {
            return value;
        }

        WrongType(JsonPath.Property(parent, name), "a whole number", e);
        return null;
    }

    protected bool? Bool(JsonElement e, string parent, string name)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.True:
                return true;
            case JsonValueKind.False:
                return false;
            case JsonValueKind.Null:
                return null;
            default:
                WrongType(JsonPath.Property(parent, name), "true or false", e);
                return null;
        }
    }

    protected LocalDate? Date(JsonElement e, string parent, string name)
    {
        if (e.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        var path = JsonPath.Property(parent, name);
        if (e.ValueKind != JsonValueKind.String)
        {
            WrongType(path, "a date string YYYY-MM-DD", e);
            return default(LocalDate);
        }

        if (Chars(e, path) is not { } text)
        {
            return default(LocalDate);
        }

        var result = DatePattern.Parse(text);
        if (result.Success && SupportedDates.Contains(result.Value))
        {
            return result.Value;
        }

        // A real date outside the range is told so; "not in the calendar" is only for 2022-02-30 and the like.
        Error(path, "date", result.Success
            ? $"'{Clip(text)}' is outside the supported dates {SupportedDates.Range}"
            : $"'{Clip(text)}' is not a valid date; dates are written YYYY-MM-DD (e.g. 2022-11-14), between {SupportedDates.Range}, and must exist in the calendar");
        return default(LocalDate);
    }

    // Vocabularies of the round format, by their kebab-case codes.
    protected T? Enum<T>(JsonElement e, string parent, string name)
        where T : struct, System.Enum =>
        Coded<T>(e, parent, name, static text => Vocabulary.TryParseCode<T>(text, out var value) ? value : null, Vocabulary.CodeList<T>);

    protected bool IsObject(JsonElement e, string path)
    {
        if (e.ValueKind == JsonValueKind.Object)
        {
            return true;
        }

        WrongType(path, "an object", e);
        return false;
    }

    protected static bool Has(JsonElement e, string name) => e.TryGetProperty(name, out _);

    protected string Required(string? value, string path, string name)
    {
        if (value is null)
        {
            Missing(path, name);
            return string.Empty;
        }

        return value;
    }

    protected LocalDate Required(LocalDate? value, string path, string name)
    {
        if (value is null)
        {
            Missing(path, name);
            return default;
        }

        return value.Value;
    }

    protected T Required<T>(T? value, string path, string name)
        where T : struct, System.Enum
    {
        if (value is null)
        {
            Missing(path, name);
            return default;
        }

        return value.Value;
    }

    protected void Missing(string path, string name) =>
        Error(JsonPath.Property(path, name), "required", $"required property '{name}' is missing");

    protected void Unknown(string path, string name) =>
        Error(JsonPath.Property(path, name), "unknown-property", $"unknown property '{Clip(name)}'; property names are case-sensitive and must be spelled as in the round format (see docs/data-format.md or the JSON schema)");

    protected void WrongType(string path, string expected, JsonElement actual) =>
        Error(path, "type", $"expected {expected}, found {Describe(actual.ValueKind)}");

    protected void Error(string path, string rule, string message) =>
        _problems.Add(Diagnostic.Error(rule, message, DiagnosticLocation.Json(path)));

    protected static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "true/false",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };

    protected static string D(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    protected static string Clip(string value) => value.Length <= 60 ? value : string.Concat(value.AsSpan(0, 57), "…");


    // Enums that are not vocabularies of the round format: their code is the kebab-case name.
    protected T? Code<T>(JsonElement e, string parent, string name)
        where T : struct, System.Enum =>
        Coded<T>(e, parent, name, static text => System.Enum.GetValues<T>().Cast<T?>().FirstOrDefault(v => string.Equals(KebabCode(v!.Value), text, StringComparison.Ordinal)),
            static () => string.Join(", ", System.Enum.GetValues<T>().Select(v => KebabCode(v))));

    private static string KebabCode<T>(T value)
        where T : struct, System.Enum => JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    // A string that must be one of a list of codes; an unknown one is reported with the list.
    private T? Coded<T>(JsonElement e, string parent, string name, Func<string, T?> parse, Func<string> codes)
        where T : struct, System.Enum
    {
        if (e.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        var path = JsonPath.Property(parent, name);
        if (e.ValueKind != JsonValueKind.String)
        {
            WrongType(path, "a string", e);
            return default(T);
        }

        if (Chars(e, path) is not { } text)
        {
            return default(T);
        }

        if (parse(text) is { } value)
        {
            return value;
        }

        Error(path, "unknown-value", $"'{Clip(text)}' is not a known {name}; expected one of: {codes()}");
        return default(T);
    }

    protected Language? LanguageTag(JsonElement e, string parent, string name)
    {
        var text = String(e, parent, name);
        if (text is null)
        {
            return null;
        }

        if (Vocabulary.TryParseLanguage(text, out var language))
        {
            return language;
        }

        Error(JsonPath.Property(parent, name), "unknown-value", $"'{Clip(text)}' is not a known language; expected one of: zh-Hans, zh-Hant, en");
        return null;
    }
}
