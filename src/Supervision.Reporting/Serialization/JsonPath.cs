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

// A JSON path not spelled out yet: a root text and up to six steps (a property, or an item of the array the path
// names so far). The reader and the rules carry one for every value they look at and spell it (ToString) only
// when there is a problem to report: a valid round of 100,000 findings made several million path strings before.
internal readonly struct LazyJsonPath
{
    private readonly string _root;
    private readonly Step _s0, _s1, _s2, _s3, _s4, _s5;
    private readonly int _count;

    public LazyJsonPath(string root) => _root = root;

    private LazyJsonPath(in LazyJsonPath from, Step step)
    {
        _root = from._root;
        _count = from._count + 1;
        _s0 = from._s0;
        _s1 = from._s1;
        _s2 = from._s2;
        _s3 = from._s3;
        _s4 = from._s4;
        _s5 = from._s5;
        switch (from._count)
        {
            case 0: _s0 = step; break;
            case 1: _s1 = step; break;
            case 2: _s2 = step; break;
            case 3: _s3 = step; break;
            case 4: _s4 = step; break;
            default: _s5 = step; break;
        }
    }

    public static implicit operator LazyJsonPath(string root) => new(root);

    public LazyJsonPath Property(string name) => Append(new Step(name, 0));

    public LazyJsonPath Item(int index) => Append(new Step(null, index));

    public override string ToString()
    {
        var path = _root;
        for (var i = 0; i < _count; i++)
        {
            var step = i switch { 0 => _s0, 1 => _s1, 2 => _s2, 3 => _s3, 4 => _s4, _ => _s5 };
            path = step.Name is { } name ? JsonPath.Property(path, name) : JsonPath.Item(path, step.Index);
        }

        return path;
    }

    // Deeper than the format goes: the path so far is spelled out.
    private LazyJsonPath Append(Step step) => _count < 6 ? new(this, step) : new(new LazyJsonPath(ToString()), step);

    private readonly record struct Step(string? Name, int Index);
}
