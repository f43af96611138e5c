using System.Globalization;
using System.Text;

namespace Supervision.Reporting;

/// <summary>
/// Where a <see cref="Diagnostic"/> is: a JSON path (<c>$.findings[3].rectification.deadline</c>) with its 1-based
/// line and column when read from text, a cell of a workbook (<c>整改台账!K7</c>), or an element of a generated document
/// (<c>body[4].paragraph</c>); with the file it came from when several are read together.
/// </summary>
public sealed record DiagnosticLocation
{
    private DiagnosticLocation()
    {
    }

    /// <summary>No particular place: the input as a whole.</summary>
    public static DiagnosticLocation None { get; } = new();

    /// <summary>The JSON path, or the path of a document element; null for a workbook cell.</summary>
    public string? Path { get; private init; }

    /// <summary>The 1-based line in the source text, when known.</summary>
    public int? Line { get; private init; }

    /// <summary>The 1-based column (in characters) in the source text, when known.</summary>
    public int? Column { get; private init; }

    /// <summary>The worksheet's name, for a workbook cell.</summary>
    public string? Sheet { get; private init; }

    /// <summary>The cell reference (<c>K7</c>) or row (<c>7</c>) or column (<c>K</c>), for a workbook.</summary>
    public string? Cell { get; private init; }

    /// <summary>The id of the item the place belongs to, when it has one (e.g. the finding id on a ledger row); ids, never names.</summary>
    public string? ItemId { get; private init; }

    /// <summary>The file the input came from, when several were read together (e.g. returned ledgers); otherwise null.</summary>
    public string? Source { get; private init; }

    /// <summary>A place in JSON.</summary>
    /// <param name="path">The JSON path, starting with <c>$</c>.</param>
    /// <param name="line">The 1-based line, when known.</param>
    /// <param name="column">The 1-based column in characters, when known.</param>
    /// <returns>The location.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or empty, or a position is below 1.</exception>
    public static DiagnosticLocation Json(string path, int? line = null, int? column = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (line < 1 || column < 1)
        {
            throw new ArgumentException("Lines and columns are 1-based.", line < 1 ? nameof(line) : nameof(column));
        }

        return new DiagnosticLocation { Path = path, Line = line, Column = column };
    }

    /// <summary>A cell (or row or column) of a workbook.</summary>
    /// <param name="sheet">The worksheet's name.</param>
    /// <param name="cell">The cell reference, e.g. <c>K7</c>.</param>
    /// <returns>The location.</returns>
    /// <exception cref="ArgumentException"><paramref name="sheet"/> or <paramref name="cell"/> is null or empty.</exception>
    public static DiagnosticLocation SheetCell(string sheet, string cell)
    {
        ArgumentException.ThrowIfNullOrEmpty(sheet);
        ArgumentException.ThrowIfNullOrEmpty(cell);
        return new DiagnosticLocation { Sheet = sheet, Cell = cell };
    }

    /// <summary>An element of a generated document (e.g. <c>body[4].paragraph</c>).</summary>
    /// <param name="path">The element's path.</param>
    /// <returns>The location.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or empty.</exception>
    public static DiagnosticLocation Element(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return new DiagnosticLocation { Path = path };
    }

    /// <summary>The same place with its line and column.</summary>
    /// <param name="line">The 1-based line.</param>
    /// <param name="column">The 1-based column.</param>
    /// <returns>The location.</returns>
    public DiagnosticLocation WithPosition(int line, int column) => this with { Line = Math.Max(1, line), Column = Math.Max(1, column) };

    /// <summary>The same place, belonging to the item with id <paramref name="itemId"/>.</summary>
    /// <param name="itemId">The item's id (e.g. a finding id), or null.</param>
    /// <returns>The location.</returns>
    public DiagnosticLocation ForItem(string? itemId) => this with { ItemId = string.IsNullOrEmpty(itemId) ? null : itemId };

    /// <summary>The same place in the named file.</summary>
    /// <param name="source">The file's name (a name, not a full path, where the message may be shown to others).</param>
    /// <returns>The location.</returns>
    public DiagnosticLocation InSource(string? source) => this with { Source = string.IsNullOrEmpty(source) ? null : source };

    /// <summary>The location as written in messages: <c>$.a.b (line 3, column 7)</c>, <c>整改台账!K7</c>, <c>file.xlsx: 整改台账!K7</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        if (Source is not null)
        {
            text.Append(Source).Append(": ");
        }

        if (Sheet is not null)
        {
            text.Append(Sheet).Append('!').Append(Cell);
            if (ItemId is not null)
            {
                text.Append(" (").Append(ItemId).Append(')');
            }
        }
        else if (Path is not null)
        {
            text.Append(Path);
            if (Line is { } line)
            {
                text.Append(CultureInfo.InvariantCulture, $" (line {line}, column {Column ?? 1})");
            }
        }
        else if (Source is null)
        {
            text.Append('$');
        }
        else
        {
            text.Length -= 2;
        }

        return text.ToString();
    }
}
