namespace Supervision.Reporting;

/// <summary>One returned ledger given to a batch import as a stream: its name (how the change report refers to it) and its bytes.</summary>
/// <param name="Name">The name the change report gives the file, e.g. the attachment's file name; not empty.</param>
/// <param name="Workbook">The .xlsx or .xls bytes; the stream is read, not closed.</param>
public sealed record LedgerImportSource(string Name, Stream Workbook);
