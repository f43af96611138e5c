namespace Supervision.Reporting.Rendering.Pdf.Text;

/// <summary>A piece of text in one style. A '\n' inside the text forces a line break.</summary>
internal sealed record TextRun(string Text, TextStyle Style);
