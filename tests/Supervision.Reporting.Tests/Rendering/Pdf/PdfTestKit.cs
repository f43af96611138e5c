using Supervision.Reporting.Rendering.Pdf.Layout;
using Supervision.Reporting.Rendering.Pdf.Official;
using Supervision.Reporting.Rendering.Pdf.Text;
using UglyToad.PdfPig;

namespace Supervision.Reporting.Tests.Rendering.Pdf;

/// <summary>Renders layout documents and reads them back with PdfPig (an independent reader).</summary>
internal static class PdfTestKit
{
    public const double Mm = 72.0 / 25.4;

    public static readonly DocumentMetadata Meta = new("测试文档", "测试机关", "版式测试", "测试;版式", "Supervision.Reporting tests",
        new DateTimeOffset(2022, 11, 30, 0, 0, 0, TimeSpan.FromHours(8)));

    public static (byte[] Bytes, RenderResult Result) Render(IReadOnlyList<Block> blocks, PageTemplate? template = null, RenderOptions? options = null)
    {
        var document = new LayoutDocument(template ?? GbT9704Templates.Page, blocks, Meta);
        using var stream = new MemoryStream();
        var result = PdfRenderer.Render(document, stream, options ?? RenderOptions.BundledOnly);
        return (stream.ToArray(), result);
    }

    public static PdfDocument Open(byte[] bytes) => PdfDocument.Open(bytes);

    public static Paragraph Body(string text) => new(text, GbT9704Templates.Body, GbT9704Templates.BodyFormat);

    /// <summary>Letters of a page grouped into lines by baseline, top to bottom, each line left to right.</summary>
    public static List<List<UglyToad.PdfPig.Content.Letter>> Lines(UglyToad.PdfPig.Content.Page page, double minY = double.MinValue) =>
        page.Letters
            .Where(l => !string.IsNullOrWhiteSpace(l.Value) && l.StartBaseLine.Y > minY)
            .GroupBy(l => Math.Round(l.StartBaseLine.Y, 1))
            .OrderByDescending(g => g.Key)
            .Select(g => g.OrderBy(l => l.StartBaseLine.X).ToList())
            .ToList();

    /// <summary>Hanzi-only text, deterministic, long enough for several pages.</summary>
    public static string Hanzi(int count, int seed = 1)
    {
        const string pool = "监督检查组发现问题整改落实情况通报全市纪检监察机关深入开展专项治理工作推动形成长效机制各级党组织要切实履行主体责任加强日常管理";
        var rng = new Random(seed);
        return new string(Enumerable.Range(0, count).Select(_ => pool[rng.Next(pool.Length)]).ToArray());
    }
}
