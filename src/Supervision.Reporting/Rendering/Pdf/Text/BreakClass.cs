namespace Supervision.Reporting.Rendering.Pdf.Text;

/// <summary>Line-breaking classes after W3C clreq §3.1.7 (reduced to what official documents use).</summary>
internal enum BreakClass
{
    /// <summary>Hanzi, kana, full-width symbols: a break is allowed on either side.</summary>
    Ideographic,

    /// <summary>Must not end a line: （《「『“‘〔【〖 and half-width ( [ {.</summary>
    Opening,

    /// <summary>Must not start a line: ，。、；：？！）》」』”’…—〕】〗 and half-width forms.</summary>
    Closing,

    /// <summary>Letters of a Latin word.</summary>
    Letter,

    /// <summary>Digits (and . , % inside numbers), kept with their word.</summary>
    Digit,

    Space,

    /// <summary>A forced line break ('\n').</summary>
    Newline,
}
