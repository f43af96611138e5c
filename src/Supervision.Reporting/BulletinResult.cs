namespace Supervision.Reporting;

/// <summary>What a bulletin generator produced: the number of pages and the warnings (e.g. a character no font has, drawn as 〓), each with the document element it is in.</summary>
public sealed record BulletinResult
{
    internal BulletinResult(int pageCount, EquatableArray<Diagnostic> warnings)
    {
        PageCount = pageCount;
        Warnings = warnings;
    }

    /// <summary>The number of pages.</summary>
    public int PageCount { get; }

    /// <summary>Warnings for the caller to show; never personal names.</summary>
    public EquatableArray<Diagnostic> Warnings { get; }
}
