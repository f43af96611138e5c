using Supervision.Reporting.Rendering.Pdf;
using Supervision.Reporting.Rendering.Pdf.Layout;
using Supervision.Reporting.Rendering.Pdf.Official;
using Supervision.Reporting.Rendering.Pdf.Text;

namespace Supervision.Reporting.Tests.Rendering.Pdf;

/// <summary>The ~20-page mixed document of the issue: official head, text, a table over pages, three charts.</summary>
internal static class MixedDocument
{
    public static (byte[] Bytes, RenderResult Result) Render() => PdfTestKit.Render(Blocks());

    public static List<Block> Blocks()
    {
        var blocks = new List<Block>();
        var h1 = new ParagraphFormat { Alignment = TextAlignment.Justify, FirstLineIndentChars = 2, LinePitch = GbT9704.LinePitch, GridPitch = GbT9704.CharPitch, EmBoxAtTop = true, KeepWithNext = true };
        var h1Style = TextStyle.Of(PdfFontRole.Heading1, GbT9704.Size3);
        for (int section = 0; section < 8; section++)
        {
            blocks.Add(new Paragraph(Chinese.Numeral(section + 1) + "、关于监督检查发现问题的整改情况", h1Style, h1));
            for (int p = 0; p < 6; p++)
            {
                blocks.Add(PdfTestKit.Body(PdfTestKit.Hanzi(120 + (p * 17), (section * 10) + p) + "，整改率79.3%，涉及Latin words和〔2022〕5号文件。"));
            }
        }

        return blocks;
    }
}
