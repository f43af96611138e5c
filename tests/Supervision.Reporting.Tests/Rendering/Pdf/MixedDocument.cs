using System.Globalization;
using Supervision.Reporting.Rendering.Pdf;
using Supervision.Reporting.Rendering.Pdf.Charts;
using Supervision.Reporting.Rendering.Pdf.Layout;
using Supervision.Reporting.Rendering.Pdf.Official;
using Supervision.Reporting.Rendering.Pdf.Tables;
using Supervision.Reporting.Rendering.Pdf.Text;

namespace Supervision.Reporting.Tests.Rendering.Pdf;

/// <summary>The ~20-page mixed document of the issue: 版头, title, 主送, text, a table over pages, three charts, signature, 版记.</summary>
internal static class MixedDocument
{
    public const string TableMarker = "表1　各县（市、区）发现问题及整改情况";

    public static readonly string[] Areas = ["秀峰区", "叠彩区", "象山区", "七星区", "雁山区", "临桂区", "阳朔县", "灵川县", "全州县", "兴安县", "永福县", "灌阳县", "龙胜各族自治县", "资源县", "平乐县", "荔浦市", "恭城瑶族自治县"];

    public static (byte[] Bytes, RenderResult Result) Render() => PdfTestKit.Render(Blocks());

    public static List<Block> Blocks()
    {
        var blocks = new List<Block>
        {
            new VersionHead(["中共桂林市纪律检查委员会"], "文件", "桂纪通〔2022〕12号"),
            OfficialBlocks.Title("关于2022年第四季度监督检查发现问题整改落实情况的通报"),
            OfficialBlocks.Addressee("各县（市、区）纪委监委，市纪委监委各派驻（出）纪检监察组"),
        };

        for (int section = 0; section < 5; section++)
        {
            blocks.Add(OfficialBlocks.Heading1(Chinese.Numeral(section + 1) + "、关于监督检查发现问题的整改情况"));
            for (int sub = 0; sub < 2; sub++)
            {
                blocks.Add(OfficialBlocks.Heading2("（" + Chinese.Numeral(sub + 1) + "）突出问题和整改措施"));
                for (int p = 0; p < 3; p++)
                {
                    blocks.Add(OfficialBlocks.Body(PdfTestKit.Hanzi(110 + (p * 30), (section * 10) + (sub * 3) + p)
                        + "。截至11月30日，全市10个监督检查组共开展监督检查" + (120 + section).ToString(CultureInfo.InvariantCulture)
                        + "次，发现问题" + (300 + p).ToString(CultureInfo.InvariantCulture) + "个，整改率79.3%，依据桂纪通〔2022〕5号文件，“四种形态”运用情况见下。"));
                }
            }

            if (section == 1)
            {
                blocks.Add(IssueTable());
            }

            if (section == 3)
            {
                blocks.AddRange(Charts());
            }
        }

        blocks.Add(new SignatureBlock("中共桂林市纪律检查委员会", OfficialBlocks.Date(2022, 11, 30)));
        blocks.Add(new Imprint("中共桂林市委办公室，市人大常委会办公室，市政府办公室，市政协办公室", "中共桂林市纪律检查委员会办公室", OfficialBlocks.Date(2022, 11, 30)));
        return blocks;
    }

    public static Table IssueTable(int repeat = 3)
    {
        var cellStyle = TextStyle.Of(PdfFontRole.Table, 12);
        var headStyle = TextStyle.Of(PdfFontRole.Heading1, 12);
        var center = new ParagraphFormat { Alignment = TextAlignment.Center, LinePitch = 18 };
        var left = new ParagraphFormat { Alignment = TextAlignment.Justify, LinePitch = 18 };
        TableCell H(string s, int span = 1, int rows = 1) => new(new Paragraph(s, headStyle, center), span, rows);
        TableCell C(string s) => new(new Paragraph(s, cellStyle, center));
        TableCell L(string s) => new(new Paragraph(s, cellStyle, left));
        var rows = new List<TableRow>();
        for (int r = 0; r < Areas.Length * repeat; r++)
        {
            string area = Areas[r % Areas.Length];
            int found = 20 + ((r * 37) % 50);
            int fixedCount = found - ((r * 7) % 11);
            rows.Add(new TableRow([
                C((r + 1).ToString(CultureInfo.InvariantCulture)),
                C(area),
                C(found.ToString(CultureInfo.InvariantCulture)),
                C(fixedCount.ToString(CultureInfo.InvariantCulture)),
                C((100.0 * fixedCount / found).ToString("0.0", CultureInfo.InvariantCulture) + "%"),
                L(r % 9 == 4 ? PdfTestKit.Hanzi(180, r) + "，已于12月底前完成整改并报送整改报告。" : "公务用车管理不规范，已整改"),
            ]));
        }

        return new Table(
            [TableColumn.Fitted(), TableColumn.Fixed(72), TableColumn.Fitted(), TableColumn.Fitted(), TableColumn.Fitted(), TableColumn.Relative()],
            [
                new TableRow([H("序号", rows: 2), H("地区", rows: 2), H("问题数", 3), H("主要问题及整改情况", rows: 2)]),
                new TableRow([H("发现"), H("已整改"), H("整改率")]),
            ],
            rows)
        {
            SpaceBefore = 8,
            SpaceAfter = 8,
        };
    }

    public static IEnumerable<Block> Charts()
    {
        yield return new LineChart("图1　11月每日发现问题数",
            Enumerable.Range(1, 30).Select(d => "11-" + d.ToString("00", CultureInfo.InvariantCulture)).ToList(),
            [
                ("发现问题", Enumerable.Range(1, 30).Select(d => (double)(8 + ((d * 7) % 13))).ToList()),
                ("完成整改", Enumerable.Range(1, 30).Select(d => (double)(4 + ((d * 5) % 11))).ToList()),
            ],
            220);
        yield return new BarChart("图2　发现问题分类", ["公务用车", "公务接待", "办公用房", "违规收送礼品礼金", "违规发放津补贴", "其他"], [46, 38, 21, 17, 12, 9], 220);
        yield return new PieChart("图3　运用“四种形态”处理人次占比", ["第一种形态", "第二种形态", "第三种形态", "第四种形态"], [128, 41, 9, 3], 200) { Donut = true };
        yield return new BarChart("图4　各地整改率", Areas.Take(8).ToList(), [96.5, 91.2, 88, 85.7, 83.1, 79.3, 75, 70.4], 230) { Horizontal = true, Unit = "%", Color = ChartPalette.MutedBlue };
    }
}
