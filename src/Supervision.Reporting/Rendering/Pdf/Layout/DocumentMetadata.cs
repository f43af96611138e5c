namespace Supervision.Reporting.Rendering.Pdf.Layout;

/// <summary>
/// PDF document information. The creation date comes from the caller (the document's own date),
/// never from the clock, so that the same input gives the same bytes.
/// </summary>
internal sealed record DocumentMetadata(string Title, string Author, string Subject, string Keywords, string Creator, DateTimeOffset CreationDate);
