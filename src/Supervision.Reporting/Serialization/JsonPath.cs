namespace Supervision.Reporting.Serialization;

// JSON paths in the form users see in messages: $.findings[3].rectification.deadline.
internal static class JsonPath
{
    public static string Property(string parent, string name) =>
        IsIdentifier(name) ? string.Concat(parent, ".", name) : string.Concat(parent, "['", name.Replace("'", "\\'", StringComparison.Ordinal), "']");

    public static string Item(string parent, int index) => string.Concat(parent, "[", index.ToString(System.Globalization.CultureInfo.InvariantCulture), "]");

    // The path one level up, or null at the root.
    public static string? Parent(string path)
    {
        if (path.Length <= 1)
        {
            return null;
        }

        var end = path.Length - 1;
        if (path[end] == ']')
        {
            var open = path.LastIndexOf('[');
            return open > 0 ? path[..open] : null;
        }

        var dot = path.LastIndexOf('.');
        return dot > 0 ? path[..dot] : null;
    }

    public static bool IsAtOrBelow(string path, string ancestor) =>
        path.Length == ancestor.Length
            ? string.Equals(path, ancestor, StringComparison.Ordinal)
            : path.Length > ancestor.Length && path.StartsWith(ancestor, StringComparison.Ordinal) && path[ancestor.Length] is '.' or '[';

    private static bool IsIdentifier(string name)
    {
        if (name.Length == 0 || !(char.IsAsciiLetter(name[0]) || name[0] == '_'))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c == '_'))
            {
                return false;
            }
        }

        return true;
    }
}
