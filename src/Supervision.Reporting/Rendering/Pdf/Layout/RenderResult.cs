using Supervision.Reporting.Rendering.Pdf.Text;

namespace Supervision.Reporting.Rendering.Pdf.Layout;

/// <summary>What a render produced besides the bytes: page count and warnings (characters no font has).</summary>
internal sealed record RenderResult(int PageCount, IReadOnlyList<LayoutWarning> Warnings);
