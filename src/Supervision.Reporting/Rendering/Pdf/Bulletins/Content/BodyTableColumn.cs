namespace Supervision.Reporting.Rendering.Pdf.Bulletins.Content;

// A column of a body table: its header and what it holds, which decides its width and alignment.
internal sealed record BodyTableColumn(string Header, BodyColumnKind Kind);
