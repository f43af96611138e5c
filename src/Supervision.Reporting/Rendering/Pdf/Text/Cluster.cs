using Supervision.Reporting.Rendering.Pdf.Fonts;

namespace Supervision.Reporting.Rendering.Pdf.Text;

/// <summary>
/// One drawable character (a code point) with its face and width in points. <see cref="Offset"/> is where the
/// glyph's origin sits relative to the cell's left edge (a full-width glyph is centred in its grid cell; a
/// compressed opening bracket is drawn half a cell to the left so that its ink stays in the cell). A Traditional mark
/// drawn centred (。，、；：！？) has <see cref="Centring"/> included in <see cref="Offset"/> and is raised by <see cref="Rise"/>
/// points; both are dropped when it is compressed.
/// </summary>
internal readonly record struct Cluster(
    string Text, FontFace Face, TextStyle Style, double Width, double Advance, BreakClass Class, bool FullWidth,
    double Offset = 0, PunctuationInk Ink = PunctuationInk.None, bool Squeezed = false, double Centring = 0, double Rise = 0)
{
    /// <summary>How much of the cell compression may still remove: the blank half of a full-width mark.</summary>
    public double Compressible => Ink == PunctuationInk.None || Squeezed ? 0 : Width / 2;

    /// <summary>The cluster set at half its cell: the blank half of the mark's em box is removed (标点挤压).</summary>
    public Cluster Compressed()
    {
        double k = Compressible;
        return Ink switch
        {
            // A centred Traditional mark set at half width goes back to the left half, where its blank is removed.
            PunctuationInk.Left => this with { Width = Width - k, Squeezed = true, Offset = Offset - Centring, Centring = 0, Rise = 0 },
            PunctuationInk.Right => this with { Width = Width - k, Offset = Offset - k, Squeezed = true },
            _ => this,
        };
    }
}
