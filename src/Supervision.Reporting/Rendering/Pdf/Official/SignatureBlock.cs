using Supervision.Reporting.Rendering.Pdf.Layout;
using Supervision.Reporting.Rendering.Pdf.Text;

namespace Supervision.Reporting.Rendering.Pdf.Official;

/// <summary>
/// 发文机关署名 and 成文日期 for a sealed document (§7.3.5.1): the date right-aligned four
/// characters in from the right edge of the text area, the signing organ centred over the date,
/// both two lines below the body; an optional seal image (PNG) centred over both.
/// </summary>
internal sealed class SignatureBlock(string signer, string date) : Block
{
    /// <summary>"成文日期一般右空四字编排".</summary>
    public const int DateRightIndentChars = 4;

    public string Signer { get; } = signer;

    public string Date { get; } = date;

    public byte[]? SealPng { get; init; }

    /// <summary>Seal diameter; official seals are 40–45 mm.</summary>
    public double SealSize { get; init; } = 42 * GbT9704.PointsPerMillimetre;

    public override string Kind => "Signature";

    public override BlockPlan Plan(LayoutContext context, double width, string path)
    {
        var format = new ParagraphFormat { Alignment = TextAlignment.Left, LinePitch = GbT9704.LinePitch, GridPitch = GbT9704.CharPitch, EmBoxAtTop = true };
        var dateLine = ParagraphLayouter.Layout([new TextRun(Date, GbT9704Templates.Body)], format, width, context.Fonts, context.Warnings, path + "/Date")[0];
        double dateLeft = width - (DateRightIndentChars * GbT9704.CharPitch) - dateLine.Right;
        double centre = dateLeft + (dateLine.Right / 2);

        // 联合行文 (§7.3.5.1): every issuing organ is named, in order, one line each, centred over the date.
        var signers = new List<(TextLine Line, double Left)>();
        foreach (var organ in Signer.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            foreach (var line in ParagraphLayouter.Layout([new TextRun(organ, GbT9704Templates.Body)], format, width, context.Fonts, context.Warnings, path + "/Signer"))
            {
                signers.Add((line, Math.Max(0, Math.Min(width - line.Right, centre - (line.Right / 2)))));
            }
        }

        return new BlockPlan([new SignatureSlab(this, signers, dateLine, dateLeft, path)])
        {
            SpaceBefore = 2 * GbT9704.LinePitch,
            KeepTogether = true,

            // §7.3.5: never a page holding only the signature and date. Close up to one line first, else take
            // the body's last two lines along.
            MinSpaceBefore = GbT9704.LinePitch,
            KeepWithPreviousLines = 2,
            GridLinePitch = GbT9704.LinePitch,
        };
    }

    private sealed class SignatureSlab(SignatureBlock block, List<(TextLine Line, double Left)> signers, TextLine date, double dateLeft, string path) : Slab(path)
    {
        public override double Height => signers.Sum(s => s.Line.Height) + date.Height;

        public override string Fingerprint => string.Concat(signers.Select(s => s.Line.Text)) + date.Text;

        public override void Draw(Canvas canvas, double x, double y, double width)
        {
            if (block.SealPng is { } png)
            {
                using var stream = new MemoryStream(png, writable: false);
                using var image = PdfSharp.Drawing.XImage.FromStream(stream);
                double cx = x + dateLeft + (date.Right / 2);
                double cy = y + (Height / 2);
                canvas.Graphics.DrawImage(image, cx - (block.SealSize / 2), cy - (block.SealSize / 2), block.SealSize, block.SealSize);
            }

            double top = y;
            foreach (var (line, left) in signers)
            {
                canvas.DrawLine(line, x + left, top);
                top += line.Height;
            }

            canvas.DrawLine(date, x + dateLeft, top);
        }
    }
}
