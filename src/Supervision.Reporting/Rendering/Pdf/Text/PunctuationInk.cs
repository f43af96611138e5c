namespace Supervision.Reporting.Rendering.Pdf.Text;

/// <summary>
/// Where the ink of a full-width punctuation mark sits in its em box (clreq §3.1.6). A mark whose ink fills one
/// half can be set at half width (标点挤压) by a change of advance alone; no half-width glyph is needed.
/// </summary>
internal enum PunctuationInk
{
    /// <summary>Not a compressible mark (hanzi, letters, ……, ——, ·).</summary>
    None,

    /// <summary>Ink in the left half: ，。、；：？！）》」』”’〕】〗〉］｝ (the blank is on the right).</summary>
    Left,

    /// <summary>Ink in the right half: （《「『“‘〔【〖〈［｛ (the blank is on the left).</summary>
    Right,
}
