using Supervision.Reporting.Rendering.Pdf.Layout;
using Supervision.Reporting.Rendering.Pdf.Official;
using Supervision.Reporting.Rendering.Pdf.Text;

namespace Supervision.Reporting.Rendering.Pdf.Bulletins;

// The 报头 of a daily report (日报, 简报): the report's name in red (e.g. 疫情防控专项监督工作日报), the issue
// (第17期) centred below it, then the editing office flush left and the date flush right on one line, and the
// red separator. This is how 简报-type documents head their issues (GB/T 9704 §10 leaves them the 信函式 freedom);
// VersionHead cannot express the office/date line, so the head is built here from the same parts.
internal sealed class ReportMasthead(string name, string issue, string office, string date) : Block
{
    // A shorter drop than the 35 mm of a 发文机关标志: a daily report must keep to one or two pages.
    private const double NameTop = 4 * GbT9704.PointsPerMillimetre;

    private const double NameSize = 36;

    public override string Kind => "ReportMasthead";

    public override BlockPlan Plan(LayoutContext context, double width, string path)
    {
        var nameStyle = new TextStyle(PdfFontRole.Title, NameSize, false, GbT9704.Red);
        var single = new ParagraphFormat { Alignment = TextAlignment.Left, LinePitch = NameSize * 1.15, EmBoxAtTop = true };
        var nameLine = ParagraphLayouter.Layout([new TextRun(name, nameStyle)], single, double.MaxValue / 4, context.Fonts, context.Warnings, path + "/Name")[0];
        var lineFormat = new ParagraphFormat { Alignment = TextAlignment.Left, LinePitch = GbT9704.LinePitch, EmBoxAtTop = true };
        TextLine Line(string text, string part) =>
            ParagraphLayouter.Layout([new TextRun(text, GbT9704Templates.Body)], lineFormat, width, context.Fonts, context.Warnings, path + "/" + part)[0];
        return new BlockPlan([new HeadSlab(nameLine, Line(issue, "Issue"), Line(office, "Office"), Line(date, "Date"), path)]);
    }

    private sealed class HeadSlab(TextLine name, TextLine issue, TextLine office, TextLine date, string path) : Slab(path)
    {
        private double IssueTop => NameTop + name.Height + (GbT9704.LinePitch / 2);

        private double OfficeTop => IssueTop + GbT9704.LinePitch;

        private double SeparatorY => OfficeTop + GbT9704.Size3 + GbT9704.SeparatorGap;

        // Half a line below the red line, so the first heading does not touch it.
        public override double Height => SeparatorY + GbT9704.SeparatorThickness + (GbT9704.LinePitch / 2);

        public override string Fingerprint => string.Concat(name.Text, issue.Text, office.Text, date.Text);

        public override void Draw(Canvas canvas, double x, double y, double width)
        {
            // A name wider than the text area is compressed horizontally, as VersionHead does with a long mark.
            double scale = name.Right > width ? width / name.Right : 1;
            var g = canvas.Graphics;
            var state = g.Save();
            g.TranslateTransform(x + ((width - (name.Right * scale)) / 2), y + NameTop);
            g.ScaleTransform(scale, 1);
            canvas.DrawLine(name, 0, 0);
            g.Restore(state);

            canvas.DrawLine(issue, x + ((width - issue.Right) / 2), y + IssueTop);

            // 编发单位 one character in from the left, the date one character in from the right, as in 简报 heads.
            canvas.DrawLine(office, x + GbT9704.CharPitch, y + OfficeTop);
            canvas.DrawLine(date, x + width - date.Right - GbT9704.CharPitch, y + OfficeTop);
            canvas.Line(x, y + SeparatorY, x + width, y + SeparatorY, GbT9704.SeparatorThickness, GbT9704.Red);
        }
    }
}
