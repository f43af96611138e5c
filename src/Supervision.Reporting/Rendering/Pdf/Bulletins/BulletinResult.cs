namespace Supervision.Reporting.Rendering.Pdf.Bulletins;

/// <summary>What was produced: the number of pages and the warnings (e.g. a character no font has, drawn as 〓).</summary>
/// <param name="PageCount">The number of pages.</param>
/// <param name="Warnings">Warnings for the caller to show; never personal names.</param>
public sealed record BulletinResult(int PageCount, IReadOnlyList<string> Warnings);
