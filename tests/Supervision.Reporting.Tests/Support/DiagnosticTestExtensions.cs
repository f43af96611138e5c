namespace Supervision.Reporting.Tests.Support;

// Short forms for assertions on diagnostics read from workbooks.
internal static class DiagnosticTestExtensions
{
    // "整改台账!K7", as a cell is written in messages.
    public static string Cell(this Diagnostic diagnostic) => $"{diagnostic.Location.Sheet}!{diagnostic.Location.Cell}";
}
