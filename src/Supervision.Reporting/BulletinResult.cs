namespace Supervision.Reporting;

/// <summary>What a bulletin generator produced: the number of pages and the warnings (e.g. a character no font has, drawn as 〓), each with the document element it is in.</summary>
public sealed record BulletinResult
{
    internal BulletinResult(BulletinFormat format, int pageCount, EquatableArray<Diagnostic> warnings)
    {
        Format = format;
        PageCount = pageCount;
        Warnings = warnings;
    }

    /// <summary>The format written.</summary>
    public BulletinFormat Format { get; }

    /// <summary>The number of pages of a PDF; 0 for a Word document, which the word processor paginates.</summary>
    public int PageCount { get; }

    /// <summary>Warnings for the caller to show; never personal names.</summary>
    public EquatableArray<Diagnostic> Warnings { get; }
}
