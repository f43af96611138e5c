using Supervision.Reporting.Rendering.Pdf.Fonts;
using Supervision.Reporting.Rendering.Pdf.Text;

namespace Supervision.Reporting.Rendering.Pdf.Layout;

/// <summary>What blocks need while planning: the fonts of this render and where warnings go.</summary>
internal sealed class LayoutContext(FontSet fonts)
{
    public FontSet Fonts { get; } = fonts;

    public List<LayoutWarning> Warnings { get; } = [];
}
