namespace Supervision.Reporting.Rendering.Pdf.Bulletins.Content;

// The words of the frame around a bulletin's body — the 主送 line, the 成文日期, the 抄送 line and the 印发 line —
// worded once here, so that the PDF layout and the Word renderer print exactly the same text.
internal static class FrameText
{
    // The 主送 line ends with a colon, full-width in Chinese or the Latin one an English document gives it.
    public static string? Addressee(BulletinContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content.Recipients is not { Length: > 0 } recipients)
        {
            return null;
        }

        string organs = CasePhrases.For(content.Language).Addressee(recipients);
        return WithColon(organs);
    }

    public static string WithColon(string organs) =>
        organs.EndsWith('：') || organs.EndsWith(':') ? organs : organs + "：";

    // The 成文日期 under the signature.
    public static string SignatureDate(BulletinContent content) =>
        CasePhrases.For(content.Language).DocumentDate(content.Date);

    // "抄送：…。": one closing mark, whatever the spec's text ended with.
    public static string? CopyToLine(BulletinContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (string.IsNullOrEmpty(content.CopyTo))
        {
            return null;
        }

        var frame = CasePhrases.For(content.Language);
        return CopyToLine(frame.CopyToLabel, content.CopyTo, frame.CopyToEnd);
    }

    public static string CopyToLine(string label, string copyTo, string end) => label + copyTo.TrimEnd('。', '.') + end;

    // The date half of the 印发 line ("2022年11月30日印发").
    public static string PrintLine(BulletinContent content) =>
        CasePhrases.For(content.Language).PrintLine(content.PrintedOn);
}
