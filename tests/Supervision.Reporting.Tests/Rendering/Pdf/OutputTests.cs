using static Supervision.Reporting.Tests.Rendering.Pdf.PdfTestKit;

namespace Supervision.Reporting.Tests.Rendering.Pdf;

public sealed class OutputTests
{
    [Fact]
    public void Render_Metadata_ComesFromTheCallerIncludingTheCreationDate()
    {
        var (bytes, _) = Render([Body("元数据")]);

        using var pdf = Open(bytes);
        var info = pdf.Information;
        info.Title.Should().Be(Meta.Title);
        info.Author.Should().Be(Meta.Author);
        info.Subject.Should().Be(Meta.Subject);
        info.Keywords.Should().Be(Meta.Keywords);
        info.Creator.Should().Be(Meta.Creator);
        info.CreationDate.Should().Be("D:20221130000000+08'00'");
        info.ModifiedDate.Should().Be("D:20221130000000+08'00'");
    }

    [Fact]
    public void Render_ContentStreams_AreCompressed()
    {
        var (bytes, _) = Render([Body(Hanzi(3000))]);

        string raw = System.Text.Encoding.Latin1.GetString(bytes);
        raw.Should().Contain("/Filter/FlateDecode");
        raw.Should().NotContain(" Tj\n", "no content stream is written uncompressed");
    }

    [Fact]
    public void Render_ToStream_LeavesTheStreamOpenAndWritesAWholePdf()
    {
        using var stream = new MemoryStream();
        var document = new Supervision.Reporting.Rendering.Pdf.Layout.LayoutDocument(
            Supervision.Reporting.Rendering.Pdf.Official.GbT9704Templates.Page, [Body("流")], Meta);

        Supervision.Reporting.Rendering.Pdf.Layout.PdfRenderer.Render(document, stream, Supervision.Reporting.Rendering.Pdf.Layout.RenderOptions.BundledOnly);

        stream.CanWrite.Should().BeTrue();
        var bytes = stream.ToArray();
        System.Text.Encoding.ASCII.GetString(bytes, 0, 5).Should().Be("%PDF-");
        System.Text.Encoding.ASCII.GetString(bytes, bytes.Length - 6, 5).Should().Be("%%EOF");
    }

    [Fact]
    public void FontRegistry_AfterRender_IsPdfSharpsResolver()
    {
        Render([Body("解析")]);

        var resolver = PdfSharp.Fonts.GlobalFontSettings.FontResolver ?? PdfSharp.Fonts.GlobalFontSettings.FallbackFontResolver;
        resolver.Should().BeOfType<Supervision.Reporting.Rendering.Pdf.Fonts.FontRegistry>();
    }
}
