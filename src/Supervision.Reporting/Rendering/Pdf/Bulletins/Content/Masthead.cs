namespace Supervision.Reporting.Rendering.Pdf.Bulletins.Content;

// The head of a daily report instead of a 版头: the report's name, its issue (第17期), the editing office and the date line.
internal sealed record Masthead(string Name, string Issue, string Office, string Date);
