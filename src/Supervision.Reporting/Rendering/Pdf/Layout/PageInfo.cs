namespace Supervision.Reporting.Rendering.Pdf.Layout;

/// <summary>Page number (1-based) and the document's page count, known when decorations draw.</summary>
internal readonly record struct PageInfo(int Number, int Total)
{
    public bool IsOdd => Number % 2 == 1;
}
