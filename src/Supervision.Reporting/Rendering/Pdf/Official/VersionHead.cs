using Supervision.Reporting.Rendering.Pdf.Layout;
using Supervision.Reporting.Rendering.Pdf.Text;

namespace Supervision.Reporting.Rendering.Pdf.Official;

/// <summary>
/// 版头 of GB/T 9704 §7.2: the red issuing-authority mark (发文机关标志) 35 mm below the top of
/// the text area, the document number (发文字号) two lines below it, and the red separator line
/// 4 mm below the number. Several organs (联合行文) are stacked with the suffix (e.g. 文件)
/// centred beside them. A mark wider than the text area is scaled horizontally to fit.
/// </summary>
internal sealed class VersionHead : Block
{
    /// <summary>"发文机关标志上边缘至版心上边缘为35mm" (§7.2.4).</summary>
    public const double MarkTopOffset = 35 * GbT9704.PointsPerMillimetre;

    public VersionHead(IReadOnlyList<string> organs, string suffix, string documentNumber)
    {
        ArgumentNullException.ThrowIfNull(organs);
        if (organs.Count == 0 || organs.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("The issuing-authority mark needs at least one organ name, none of them blank.", nameof(organs));
        }

        Organs = organs;
        Suffix = suffix ?? string.Empty;
        DocumentNumber = documentNumber ?? string.Empty;
    }

    public IReadOnlyList<string> Organs { get; }

    public string Suffix { get; }

    public string DocumentNumber { get; }

    /// <summary>Mark size; the standard leaves it to the office ("醒目、美观、庄重"), 36 pt (小初) is common practice.</summary>
    public double MarkSize { get; init; } = 36;

    public override string Kind => "VersionHead";

    public override BlockPlan Plan(LayoutContext context, double width, string path)
    {
        var markStyle = new TextStyle(PdfFontRole.Title, MarkSize, false, GbT9704.Red);
        var oneLine = new ParagraphFormat { Alignment = TextAlignment.Left, LinePitch = MarkSize * 1.15, EmBoxAtTop = true };
        var organLines = Organs.Select((o, i) => ParagraphLayouter.Layout([new TextRun(o, markStyle)], oneLine, double.MaxValue / 4, context.Fonts, context.Warnings, path + "/Organ[" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]")[0]).ToList();
        TextLine? suffixLine = string.IsNullOrEmpty(Suffix)
            ? null
            : ParagraphLayouter.Layout([new TextRun(Suffix, markStyle)], oneLine, double.MaxValue / 4, context.Fonts, context.Warnings, path + "/Suffix")[0];
        double organsWidth = organLines.Count == 0 ? 0 : organLines.Max(l => l.Right);
        double gap = Organs.Count > 1 && suffixLine is not null ? MarkSize / 2 : 0;
        double natural = Organs.Count > 1 || suffixLine is null
            ? organsWidth + gap + (suffixLine?.Right ?? 0)
            : organsWidth + suffixLine.Right;
        double scale = natural > width ? width / natural : 1;

        var numberFormat = new ParagraphFormat { Alignment = TextAlignment.Center, LinePitch = GbT9704.LinePitch, EmBoxAtTop = true };
        var numberLine = ParagraphLayouter.Layout([new TextRun(DocumentNumber, GbT9704Templates.Body)], numberFormat, width, context.Fonts, context.Warnings, path + "/DocumentNumber")[0];
        return new BlockPlan([new HeadSlab(organLines, suffixLine, organsWidth, gap, natural, scale, numberLine, path)]);
    }

    private sealed class HeadSlab(List<TextLine> organs, TextLine? suffix, double organsWidth, double gap, double natural, double scale, TextLine number, string path) : Slab(path)
    {
        private double MarkHeight => organs.Count * organs[0].Height;

        /// <summary>Two blank lines ("下空二行") between the mark and the number.</summary>
        private double NumberTop => MarkTopOffset + MarkHeight + (2 * GbT9704.LinePitch);

        /// <summary>4 mm below the bottom of the number's characters.</summary>
        private double SeparatorY => NumberTop + GbT9704.Size3 + GbT9704.SeparatorGap;

        public override double Height => SeparatorY + GbT9704.SeparatorThickness;

        public override string Fingerprint => string.Concat(organs.Select(o => o.Text)) + suffix?.Text + number.Text;

        public override void Draw(Canvas canvas, double x, double y, double width)
        {
            var g = canvas.Graphics;
            double left = x + ((width - (natural * scale)) / 2);
            var state = g.Save();
            g.TranslateTransform(left, y + MarkTopOffset);
            g.ScaleTransform(scale, 1);
            double lineY = 0;
            foreach (var organ in organs)
            {
                // Joint organs are justified to the widest one, so the stack reads as a block.
                canvas.DrawLine(organs.Count > 1 ? Stretch(organ, organsWidth) : organ, 0, lineY);
                lineY += organ.Height;
            }

            if (suffix is not null)
            {
                double sx = organs.Count > 1 ? organsWidth + gap : organsWidth;
                double sy = organs.Count > 1 ? (MarkHeight - suffix.Height) / 2 : 0;
                canvas.DrawLine(suffix, sx, sy);
            }

            g.Restore(state);
            canvas.DrawLine(number, x, y + NumberTop);
            canvas.Line(x, y + SeparatorY, x + width, y + SeparatorY, GbT9704.SeparatorThickness, GbT9704.Red);
        }

        private static TextLine Stretch(TextLine line, double width)
        {
            int n = line.Clusters.Count;
            if (n < 2 || line.Right >= width)
            {
                return line;
            }

            double extra = (width - line.Right) / (n - 1);
            return line with { Clusters = line.Clusters.Select((c, i) => c with { X = c.X + (extra * i) }).ToList() };
        }
    }
}
