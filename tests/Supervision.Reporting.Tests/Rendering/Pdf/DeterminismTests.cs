using static Supervision.Reporting.Tests.Rendering.Pdf.PdfTestKit;

namespace Supervision.Reporting.Tests.Rendering.Pdf;

public sealed class DeterminismTests
{
    [Fact]
    public void Render_SameInputTwice_GivesIdenticalBytes()
    {
        var first = Render([Body(Hanzi(2000)), Body("Latin words 2022 和数字。")]).Bytes;
        var second = Render([Body(Hanzi(2000)), Body("Latin words 2022 和数字。")]).Bytes;

        second.Should().Equal(first);
    }

    [Fact]
    public void Render_InParallelOnSeveralThreads_GivesIdenticalBytes()
    {
        var reference = MixedDocument.Render().Bytes;

        var results = new byte[6][];
        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 3 }, i => results[i] = MixedDocument.Render().Bytes);

        foreach (var r in results)
        {
            r.Should().Equal(reference);
        }
    }

    private static string Id(UglyToad.PdfPig.PdfDocument pdf) =>
        string.Join(",", pdf.Structure.Trailer.Identifier.Select(t => ((UglyToad.PdfPig.Tokens.HexToken)t).Data));

    [Fact]
    public void Render_DifferentText_GivesDifferentDocumentIdentifier()
    {
        var a = Render([Body("甲")]).Bytes;
        var b = Render([Body("乙")]).Bytes;

        using var pa = Open(a);
        using var pb = Open(b);
        Id(pa).Should().NotBe(Id(pb));
    }
}
