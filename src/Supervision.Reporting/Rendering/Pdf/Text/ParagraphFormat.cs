namespace Supervision.Reporting.Rendering.Pdf.Text;

/// <summary>
/// Paragraph settings. <see cref="GridPitch"/> switches on grid setting (GB/T 9704 "每行28字"):
/// every full-width character occupies exactly one cell of that width, whatever its advance.
/// </summary>
internal sealed record ParagraphFormat
{
    public TextAlignment Alignment { get; init; } = TextAlignment.Justify;

    /// <summary>First-line indent in characters (cells in grid mode, em otherwise); 2 for body text.</summary>
    public double FirstLineIndentChars { get; init; }

    public double LeftIndent { get; init; }

    public double RightIndent { get; init; }

    /// <summary>Fixed distance between baselines in points; null → 1.5 × the largest font size.</summary>
    public double? LinePitch { get; init; }

    /// <summary>Cell width for full-width characters in points, or null for natural advances.</summary>
    public double? GridPitch { get; init; }

    /// <summary>
    /// Puts the top of the em box at the top of the line box (grid setting, so that the text
    /// area's first glyphs touch its top edge); otherwise the em box is centred in the pitch.
    /// </summary>
    public bool EmBoxAtTop { get; init; }

    public double SpaceBefore { get; init; }

    public double SpaceAfter { get; init; }

    public bool KeepWithNext { get; init; }

    /// <summary>
    /// Balances the lines of a multi-line paragraph (titles: "排列对称，长短适宜"): the narrowest
    /// measure that needs no more lines is used, so no line is left with a single character.
    /// </summary>
    public bool Balance { get; init; }

    /// <summary>Keeps all lines on one page (titles, signature blocks).</summary>
    public bool KeepTogether { get; init; }
}
