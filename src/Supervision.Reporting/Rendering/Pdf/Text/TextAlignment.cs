namespace Supervision.Reporting.Rendering.Pdf.Text;

/// <summary>Horizontal alignment of a paragraph's lines.</summary>
internal enum TextAlignment
{
    Left,
    Center,
    Right,

    /// <summary>Every line but the last (and lines ended by a forced break) fills the measure.</summary>
    Justify,

    /// <summary>Every line, the last included, fills the measure (分散对齐).</summary>
    Distributed,
}
