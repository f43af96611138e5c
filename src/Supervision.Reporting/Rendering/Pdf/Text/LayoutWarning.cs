using System.Globalization;

namespace Supervision.Reporting.Rendering.Pdf.Text;

/// <summary>What layout could not do as the rules ask, and where (the block path); reported as a warning diagnostic.</summary>
internal enum LayoutWarningKind
{
    /// <summary>A character no font of the chain has; drawn as 〓.</summary>
    MissingGlyph,

    /// <summary>A paragraph's last line is one character plus its closing marks (孤字), because every set of breaks that avoids it spreads a line by more than 1 em.</summary>
    LoneLine,
}

/// <summary>One warning of layout: its kind, the block path, a message for people, and the code point where one is concerned.</summary>
internal sealed record LayoutWarning(LayoutWarningKind Kind, string Path, string Message)
{
    /// <summary>The missing character (for <see cref="LayoutWarningKind.MissingGlyph"/>).</summary>
    public int? CodePoint { get; init; }

    /// <summary>The code of the diagnostic it becomes.</summary>
    public string Code => Kind switch
    {
        LayoutWarningKind.MissingGlyph => "missing-glyph",
        _ => "lone-line",
    };

    /// <summary>The warning diagnostic every writer of PDF output reports (bulletins, notices).</summary>
    public Diagnostic ToDiagnostic() =>
        Diagnostic.Warning(Code, Message, DiagnosticLocation.Element(Path.Length == 0 ? "document" : Path));

    public static LayoutWarning MissingGlyph(int codePoint, string path) =>
        new(LayoutWarningKind.MissingGlyph, path, string.Create(CultureInfo.InvariantCulture,
            $"no font has U+{codePoint:X4} '{char.ConvertFromUtf32(codePoint)}'; drawn as 〓 (geta mark, the typesetter's sign for a missing character)"))
        {
            CodePoint = codePoint,
        };

    public static LayoutWarning LoneLine(string path, string lastLine) =>
        new(LayoutWarningKind.LoneLine, path,
            $"the paragraph ends with a lone character on its last line (\"{lastLine}\"): every other set of line breaks spreads a line by more than 1 em (long unbreakable numbers leave too little slack); rewording the paragraph avoids it");
}
