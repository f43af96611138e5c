using System.Globalization;
using NodaTime;
using Supervision.Reporting.Domain;
using Supervision.Reporting.Rendering.Pdf.Bulletins.Content;
using Supervision.Reporting.Rendering.Pdf.Charts;
using Supervision.Reporting.Rendering.Pdf.Layout;
using Supervision.Reporting.Rendering.Pdf.Official;
using Supervision.Reporting.Rendering.Pdf.Tables;
using Supervision.Reporting.Rendering.Pdf.Text;

namespace Supervision.Reporting.Rendering.Pdf.Bulletins;

// Lays composed content out as a GB/T 9704 document: 版头, title, 主送, body, signature and date, 版记.
internal static class BulletinLayout
{
    // Tables in bulletins are set in 小四 (12 pt): 4号 leaves too little room for seven columns in 156 mm.
    private const double TableSize = 12;

    private static readonly ParagraphFormat CellCentre = new() { Alignment = TextAlignment.Center, LinePitch = 16 };

    private static readonly ParagraphFormat CellLeft = new() { Alignment = TextAlignment.Left, LinePitch = 16 };

    // Captions: 4号黑体, centred, kept with the table below them.
    private static readonly ParagraphFormat Caption = new() { Alignment = TextAlignment.Center, LinePitch = GbT9704.LinePitch, SpaceBefore = 6, KeepWithNext = true };

    public static LayoutDocument Document(BulletinContent content, EquatableArray<byte> sealPng)
    {
        var blocks = new List<Block>
        {
            content.Masthead is { } head
                ? new ReportMasthead(head.Name, head.Issue, head.Office, head.Date)
                : new VersionHead([.. content.AuthorityMark], content.MarkSuffix ?? string.Empty, content.NumberLine ?? string.Empty),
        };
        if (content.ShowTitle)
        {
            blocks.Add(OfficialBlocks.Title(content.Title));
        }

        var frame = CasePhrases.For(content.Language);
        bool english = content.Language == Language.English;
        if (FrameText.Addressee(content) is { } addressee)
        {
            blocks.Add(Ragged(OfficialBlocks.Addressee(addressee), english));
        }

        foreach (var block in content.Body)
        {
            blocks.AddRange(Blocks(block, content.Language).Select(b => b is Paragraph p ? Ragged(p, english) : b));
        }

        if (!content.Signatory.IsEmpty)
        {
            var date = FrameText.SignatureDate(content);
            blocks.Add(new SignatureBlock(string.Join("\n", content.Signatory), date) { SealPng = sealPng.IsEmpty ? null : [.. sealPng] });
        }

        if (!content.Attachment.IsEmpty)
        {
            blocks.Add(new PageBreak());
            foreach (var block in content.Attachment)
            {
                blocks.AddRange(Blocks(block, content.Language).Select(b => b is Paragraph p ? Ragged(p, english) : b));
            }
        }

        if (content.ShowImprint)
        {
            blocks.Add(new Imprint(content.CopyTo, content.PrintedBy, frame.DocumentDate(content.PrintedOn))
            {
                CopyToLabel = frame.CopyToLabel,
                CopyToEnd = frame.CopyToEnd,
                PrintLine = FrameText.PrintLine(content),
            });
        }

        var metadata = new DocumentMetadata(
            content.Title,
            content.Author,
            content.Subject,
            content.Keywords,
            "Supervision.Reporting",
            new DateTimeOffset(content.Date.AtMidnight().ToDateTimeUnspecified(), TimeSpan.FromHours(8)));
        return new LayoutDocument(GbT9704Templates.Page with { Decorations = [new PageNumberDecoration()] }, blocks, metadata)
        {
            CentredPunctuation = content.Language == Language.ZhHant,
        };
    }

    // English is set ragged-right: justifying it on the Chinese grid stretched word spaces by up to 8.5 em, and
    // the Chinese data it quotes would be letter-spaced inside English lines. Ragged-right needs no hyphenation.
    private static Paragraph Ragged(Paragraph paragraph, bool english) =>
        english && paragraph.Format.Alignment == TextAlignment.Justify
            ? new Paragraph(paragraph.Runs, paragraph.Format with { Alignment = TextAlignment.Left })
            : paragraph;

    private static IEnumerable<Block> Blocks(BodyBlock block, Language language)
    {
        // The 楷体 of a second-level heading is a handwriting face: right for 「（一）」 in Chinese, wrong for an
        // English "(1)" lead-in, which takes the body face.
        bool english = language == Language.English;
        var heading2 = TextStyle.Of(english ? PdfFontRole.Body : PdfFontRole.Heading2, GbT9704.Size3);
        switch (block)
        {
            case BodyParagraph p:
                yield return OfficialBlocks.Body(p.Text);
                break;
            case BodyHeading { Level: 1, RunIn: null } h:
                yield return OfficialBlocks.Heading1(h.Text);
                break;
            case BodyHeading { Level: 1 } h:
                yield return OfficialBlocks.Body([new TextRun(h.Text, TextStyle.Of(PdfFontRole.Heading1, GbT9704.Size3)), new TextRun(h.RunIn!, GbT9704Templates.Body)]);
                break;
            case BodyHeading { RunIn: null } h:
                yield return english ? new Paragraph(h.Text, heading2, GbT9704Templates.BodyFormat with { KeepWithNext = true }) : OfficialBlocks.Heading2(h.Text);
                break;
            case BodyHeading h:
                yield return OfficialBlocks.Body([new TextRun(h.Text, heading2), new TextRun(h.RunIn!, GbT9704Templates.Body)]);
                break;
            case BodyTable t:
                yield return new Paragraph(t.Caption, TextStyle.Of(PdfFontRole.Heading1, GbT9704.Size4), Caption);
                yield return Table(t, language);
                break;
            case BodyChart c:
                yield return Chart(c);
                break;
            default:
                throw new InvalidOperationException($"No layout for {block.GetType().Name}.");
        }
    }

    /// <summary>"续表1" (續表1, "Table 1 (continued)") from the caption "表1　…" / "Table 1: …".</summary>
    private static string ContinuedCaption(string caption, Language language)
    {
        if (language == Language.English)
        {
            int colon = caption.IndexOf(':', StringComparison.Ordinal);
            return (colon > 0 ? caption[..colon] : caption) + " (continued)";
        }

        int space = caption.IndexOfAny(['　', ' ']);
        return (language == Language.ZhHant ? "續" : "续") + (space > 0 ? caption[..space] : caption);
    }

    private static Table Table(BodyTable table, Language language)
    {
        var head = TextStyle.Of(PdfFontRole.Heading1, TableSize);
        var cell = TextStyle.Of(PdfFontRole.Table, TableSize);
        var columns = table.Columns.Select(c => c.Kind == BodyColumnKind.Label ? TableColumn.Relative() : TableColumn.Fitted()).ToList();
        var align = table.Columns.Select(c => c.Kind == BodyColumnKind.Label ? CellLeft : CellCentre).ToList();
        var header = new TableRow([.. table.Columns.Select(c => new TableCell(new Paragraph(c.Header, head, CellCentre)))]);
        var rows = new List<TableRow>(table.Rows.Count);
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var style = table.LastRowIsTotal && r == table.Rows.Count - 1 ? head : cell;
            var values = table.Rows[r];
            rows.Add(new TableRow([.. values.Select((v, c) => new TableCell(new Paragraph(v, style, align[c])))]));
        }

        return new Table(columns, [header], rows)
        {
            SpaceBefore = 4,
            SpaceAfter = 12,
            Style = new TableStyle { PaddingY = 2 },
            ContinuedCaption = new Paragraph(ContinuedCaption(table.Caption, language), TextStyle.Of(PdfFontRole.Heading1, GbT9704.Size4), Caption with { SpaceBefore = 0, KeepWithNext = false }),
        };
    }

    private static Chart Chart(BodyChart chart)
    {
        var labels = chart.Labels.ToList();
        var first = chart.Series.IsEmpty ? [] : chart.Series[0].Values.ToList();

        // Height grows with the bars of a horizontal chart so that long labels never crowd.
        return chart.Kind switch
        {
            BodyChartKind.Line => new LineChart(chart.Caption, labels, [.. chart.Series.Select(s => (s.Name, (IReadOnlyList<double>)s.Values.ToList()))], 210),
            BodyChartKind.Bars => new BarChart(chart.Caption, labels, first, 210) { Unit = chart.Unit },
            BodyChartKind.HorizontalBars => new BarChart(chart.Caption, labels, first, Math.Max(160, 40 + (22 * labels.Count))) { Horizontal = true, Unit = chart.Unit, Color = ChartPalette.MutedBlue },
            BodyChartKind.Donut => new PieChart(chart.Caption, labels, first, 190) { Donut = true, TotalLabel = chart.TotalLabel, LatinParentheses = chart.LatinParentheses },
            _ => throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"No layout for chart kind {chart.Kind}.")),
        };
    }
}
