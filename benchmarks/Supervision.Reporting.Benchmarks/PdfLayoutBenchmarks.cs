using System.Globalization;
using BenchmarkDotNet.Attributes;
using Supervision.Reporting.Rendering.Pdf;
using Supervision.Reporting.Rendering.Pdf.Layout;
using Supervision.Reporting.Rendering.Pdf.Official;
using Supervision.Reporting.Rendering.Pdf.Tables;
using Supervision.Reporting.Rendering.Pdf.Text;

namespace Supervision.Reporting.Benchmarks;

/// <summary>
/// Pages per second of the PDF layout layer (DESIGN §11: a 100-page appendix ≥ 100 pages/s):
/// a GB/T 9704 document of about 100 pages, half grid-set body text, half a table that spans
/// pages. Bundled fonts only, as in a bare container.
/// </summary>
[MemoryDiagnoser]
public class PdfLayoutBenchmarks
{
    private LayoutDocument _document = null!;

    [GlobalSetup]
    public void Setup()
    {
        _document = BuildHundredPageDocument();

        // Load the bundled fonts and install the resolver outside the measurement.
        using var warmup = new MemoryStream();
        PdfRenderer.Render(_document, warmup, RenderOptions.BundledOnly);
    }

    [Benchmark]
    public int Render100Pages()
    {
        using var stream = new MemoryStream();
        return PdfRenderer.Render(_document, stream, RenderOptions.BundledOnly).PageCount;
    }

    /// <summary>About 50 pages of body text and a 50-page table.</summary>
    internal static LayoutDocument BuildHundredPageDocument()
    {
        const string pool = "监督检查组发现问题整改落实情况通报全市纪检监察机关深入开展专项治理工作推动形成长效机制各级党组织要切实履行主体责任加强日常管理";
        var rng = new Random(42);
        string Hanzi(int n) => new(Enumerable.Range(0, n).Select(_ => pool[rng.Next(pool.Length)]).ToArray());
        var blocks = new List<Block>
        {
            new VersionHead(["中共桂林市纪律检查委员会"], "文件", "桂纪通〔2022〕12号"),
            OfficialBlocks.Title("关于监督检查发现问题整改落实情况的通报"),
            OfficialBlocks.Addressee("各县（市、区）纪委监委"),
        };
        for (int i = 0; i < 170; i++)
        {
            if (i % 10 == 0)
            {
                blocks.Add(OfficialBlocks.Heading1("一、关于第" + (i / 10 + 1).ToString(CultureInfo.InvariantCulture) + "批问题的整改情况"));
            }

            blocks.Add(OfficialBlocks.Body(Hanzi(150) + "，截至11月30日共发现问题" + i.ToString(CultureInfo.InvariantCulture) + "个，整改率79.3%，依据桂纪通〔2022〕5号文件。"));
        }

        var style = TextStyle.Of(PdfFontRole.Table, 12);
        var center = new ParagraphFormat { Alignment = TextAlignment.Center, LinePitch = 18 };
        var justify = new ParagraphFormat { Alignment = TextAlignment.Justify, LinePitch = 18 };
        var rows = Enumerable.Range(0, 1100).Select(r => new TableRow([
            new TableCell(new Paragraph((r + 1).ToString(CultureInfo.InvariantCulture), style, center)),
            new TableCell(new Paragraph("秀峰区", style, center)),
            new TableCell(new Paragraph((20 + (r % 50)).ToString(CultureInfo.InvariantCulture), style, center)),
            new TableCell(new Paragraph(r % 7 == 0 ? Hanzi(60) : "公务用车管理不规范，已整改", style, justify)),
        ])).ToList();
        var header = new TableRow([
            new TableCell(new Paragraph("序号", style, center)),
            new TableCell(new Paragraph("地区", style, center)),
            new TableCell(new Paragraph("问题数", style, center)),
            new TableCell(new Paragraph("主要问题及整改情况", style, center)),
        ]);
        blocks.Add(new Table([TableColumn.Fitted(), TableColumn.Fixed(72), TableColumn.Fitted(), TableColumn.Relative()], [header], rows));
        var meta = new DocumentMetadata("基准文档", "基准", "基准", "基准", "Supervision.Reporting benchmarks", new DateTimeOffset(2022, 11, 30, 0, 0, 0, TimeSpan.FromHours(8)));
        return new LayoutDocument(GbT9704Templates.Page, blocks, meta);
    }
}
