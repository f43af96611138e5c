namespace Supervision.Reporting.Rendering.Word;

// What went into the .docx: its paragraphs, tables and native charts (Word paginates it itself, so there is no
// page count to report), and warnings for anything the Word form could not carry.
internal sealed record WordRenderResult(int Paragraphs, int Tables, int Charts, IReadOnlyList<string> Warnings);
