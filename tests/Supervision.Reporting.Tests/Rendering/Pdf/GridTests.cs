using Supervision.Reporting.Rendering.Pdf.Official;
using static Supervision.Reporting.Tests.Rendering.Pdf.PdfTestKit;

namespace Supervision.Reporting.Tests.Rendering.Pdf;

public sealed class GridTests
{
    [Fact]
    public void BodyParagraph_FullPageAtGbT9704Settings_Has22LinesOf28CharactersInTheTextArea()
    {
        var (bytes, _) = Render([Body(Hanzi(26 + (28 * 30)))]);

        using var pdf = Open(bytes);
        var page = pdf.GetPage(1);
        // Exclude the page number, which lies below the text area.
        double textBottom = page.Height - ((37 + 225) * Mm);
        var lines = Lines(page, minY: textBottom);

        lines.Should().HaveCount(22);
        lines[0].Should().HaveCount(26, "the first line is indented by two characters");
        lines.Skip(1).Should().OnlyContain(l => l.Count == 28);

        double left = lines.Skip(1).Min(l => l[0].BoundingBox.Left);
        double top = page.Height - lines[0].Max(l => l.BoundingBox.Top);
        double right = lines.Skip(1).Max(l => l[^1].BoundingBox.Right);
        (left / Mm).Should().BeApproximately(28, 0.5);
        (top / Mm).Should().BeApproximately(37, 0.5);
        (right / Mm).Should().BeApproximately(28 + 156, 0.5);
        (lines[0][0].BoundingBox.Left / Mm).Should().BeApproximately(28 + (2 * 156.0 / 28), 0.5);
    }

    [Fact]
    public void GbT9704_Pitches_DerivedFromTextArea()
    {
        (GbT9704.CharPitch / Mm).Should().BeApproximately(156.0 / 28, 1e-9);
        (GbT9704.LinePitch / Mm).Should().BeApproximately(225.0 / 22, 1e-9);
        (GbT9704.MarginRight / Mm).Should().BeApproximately(26, 1e-9);
    }
}
