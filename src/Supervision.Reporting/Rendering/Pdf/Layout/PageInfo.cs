namespace Supervision.Reporting.Rendering.Pdf.Layout;

/// <summary>Page number (1-based) and the document's page count, known when decorations draw.</summary>
internal readonly record struct PageInfo(int Number, int Total)
{
    /// <summary>
    /// False for a blank page and the 版记 page after it, which GB/T 9704 §7.5 leaves without a page number.
    /// </summary>
    public bool Numbered { get; init; } = true;

    public bool IsOdd => Number % 2 == 1;
}
