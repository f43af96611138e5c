using Supervision.Reporting.Rendering.Pdf.Fonts;

namespace Supervision.Reporting.Rendering.Pdf.Text;

/// <summary>One drawable character (a code point) with its face and width in points.</summary>
internal readonly record struct Cluster(string Text, FontFace Face, TextStyle Style, double Width, double Advance, BreakClass Class, bool FullWidth);
