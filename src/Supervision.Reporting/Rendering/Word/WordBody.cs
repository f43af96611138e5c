using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Supervision.Reporting.Rendering.Pdf.Bulletins.Content;
using A = DocumentFormat.OpenXml.Drawing;
using Dc = DocumentFormat.OpenXml.Drawing.Charts;
using Dw = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace Supervision.Reporting.Rendering.Word;

// The document body, part by part in the order of GB/T 9704 and of BulletinLayout: 版头 (or a daily report's
// 报头), title, 主送, the body blocks, signature and 成文日期, 版记. Element order inside pPr, rPr and tblPr follows
// the schema (ECMA-376 Part 1 §17.3.1.26, §17.3.2.28, §17.4.60): Word refuses a document whose children are out
// of order, and the tests run the SDK's validator over every output.
internal sealed class WordBody(MainDocumentPart main, BulletinContent content, byte[]? sealPng, DateTimeOffset created)
{
    private const double CharPitch = WordGeometry.TextWidth / 28.0;

    private readonly List<string> _warnings = [];

    private bool _lastPageStarted;

    /// <summary>Where the PDF layout puts the 版记: on the last text page or on a page of its own, and its 抄送's lines.</summary>
    public ImprintPlacement Placement { get; init; } = new(false, false, 1);

    /// <summary>The text's section properties when the 版记 has a section (a page) of its own.</summary>
    public SectionProperties? TextSection { get; init; }

    public int Paragraphs { get; private set; }

    public int Tables { get; private set; }

    public int Charts { get; private set; }

    public IReadOnlyList<string> Warnings => _warnings;

    public Body Build()
    {
        var body = new Body();
        if (content.Masthead is { } head)
        {
            Masthead(body, head);
        }
        else
        {
            VersionHead(body);
        }

        if (content.ShowTitle)
        {
            // The PDF's title lines (broken between words, balanced), as line breaks: the word processor would
            // fill the first line and leave a short last one.
            body.Append(Para(WordStyles.Title, Runs(Pdf.Official.OfficialBlocks.TitleText(content.Title)), spacingBefore: WordGeometry.TitleSpaceBefore));
        }

        if (FrameText.Addressee(content) is { } addressee)
        {
            body.Append(Para(WordStyles.Addressee, Runs(addressee), spacingBefore: WordGeometry.LinePitch));
        }

        foreach (var block in content.Body)
        {
            Block(body, block);
        }

        if (!content.Signatory.IsEmpty)
        {
            KeepLastLinesWithSignature(body);
            Signature(body);
        }

        if (!content.Attachment.IsEmpty)
        {
            body.Append(new Paragraph(new Run(new Break { Type = BreakValues.Page })));
            foreach (var block in content.Attachment)
            {
                Block(body, block);
            }
        }

        if (content.ShowImprint)
        {
            if (TextSection is { } section)
            {
                // The text's section ends here; the 版记's section (the body's last sectPr) begins on an even page.
                // LibreOffice 7.4 drops a section break that a floating table follows directly: a hairline between.
                body.Append(Hairline(section));
                body.Append(Hairline());
            }

            Imprint(body);

            // The floating 版记's anchor: Word and LibreOffice put a floating table on the page of the paragraph
            // after it. A hairline fits at the foot of a full page, where an empty line would take the 版记 onward.
            body.Append(Hairline());
        }
        else if (body.LastChild is Table)
        {
            // A body that ends with a table needs a paragraph after it (Word adds one).
            body.Append(Para(WordStyles.Plain, []));
        }

        return body;
    }

    private void VersionHead(Body body)
    {
        var organs = content.AuthorityMark;
        string suffix = content.MarkSuffix ?? string.Empty;
        if (organs.Count <= 1)
        {
            string mark = string.Concat(organs) + suffix;
            body.Append(Para(WordStyles.Mark, Runs(mark, Scale(mark)), spacingBefore: WordGeometry.MarkTop, exactLine: 0));
        }
        else if (suffix.Length == 0)
        {
            // Joint organs without a suffix: stacked, each justified to the widest (distributed), the block centred.
            int widest = organs.Max(o => MarkWidth(o));
            int? scale = widest > WordGeometry.TextWidth ? Math.Max(1, WordGeometry.TextWidth * 100 / widest) : null;
            int inset = Math.Max(0, (WordGeometry.TextWidth - Math.Min(widest, WordGeometry.TextWidth)) / 2);
            for (var i = 0; i < organs.Count; i++)
            {
                body.Append(Para(WordStyles.Mark, Runs(organs[i], scale), spacingBefore: i == 0 ? WordGeometry.MarkTop : null, exactLine: 0, justification: JustificationValues.Distribute, indentLeft: inset, indentRight: inset));
            }
        }
        else
        {
            // 联合行文 with a suffix: the organs stacked and justified to the widest, the suffix centred beside them
            // — a borderless two-column table without cell margins, which is how Word templates set a joint mark.
            body.Append(Para(WordStyles.Plain, [], exactLine: WordGeometry.MarkTop - WordGeometry.LinePitch));
            int widest = organs.Max(o => MarkWidth(o));
            int suffixWidth = MarkWidth(suffix);
            int? scale = widest + suffixWidth + 360 > WordGeometry.TextWidth ? Math.Max(1, WordGeometry.TextWidth * 100 / (widest + suffixWidth + 360)) : null;
            int left = scale is { } sc ? widest * sc / 100 : widest;
            left = Math.Min(left + 180, WordGeometry.TextWidth - 360);
            var organCell = new TableCell(new TableCellProperties(new TableCellWidth { Width = Tw(left), Type = TableWidthUnitValues.Dxa }, new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center }));
            foreach (var organ in organs)
            {
                organCell.Append(Para(WordStyles.Mark, Runs(organ, scale), exactLine: 0, justification: JustificationValues.Distribute));
            }

            var suffixCell = new TableCell(
                new TableCellProperties(new TableCellWidth { Width = Tw(WordGeometry.TextWidth - left), Type = TableWidthUnitValues.Dxa }, new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center }),
                Para(WordStyles.Mark, Runs(suffix, scale), justification: JustificationValues.Left));
            body.Append(new Table(
                new TableProperties(
                    new TableWidth { Width = Tw(WordGeometry.TextWidth), Type = TableWidthUnitValues.Dxa },
                    new TableJustification { Val = TableRowAlignmentValues.Center },
                    new TableLayout { Type = TableLayoutValues.Fixed },
                    new TableCellMarginDefault(
                        new TableCellLeftMargin { Width = 0, Type = TableWidthValues.Dxa },
                        new TableCellRightMargin { Width = 0, Type = TableWidthValues.Dxa })),
                new TableGrid(new GridColumn { Width = Tw(left) }, new GridColumn { Width = Tw(WordGeometry.TextWidth - left) }),
                new TableRow(organCell, suffixCell)));
            Tables++;
        }

        // 发文字号 two lines below the mark, centred; the red separator 4 mm under it as the paragraph's border.
        body.Append(Para(
            WordStyles.Plain,
            Runs(content.NumberLine ?? string.Empty),
            spacingBefore: 2 * WordGeometry.LinePitch,
            justification: JustificationValues.Center,
            border: new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = WordGeometry.SeparatorBorder, Space = 8, Color = WordGeometry.Red })));
    }

    private void Masthead(Body body, Masthead head)
    {
        body.Append(Para(WordStyles.Mark, Runs(head.Name, Scale(head.Name)), spacingBefore: WordGeometry.Millimetres(4), exactLine: 0));
        body.Append(Para(WordStyles.Plain, Runs(head.Issue), spacingBefore: WordGeometry.LinePitch / 2, justification: JustificationValues.Center));

        // 编发单位 one character in from the left, the date one character in from the right, on one line.
        body.Append(Para(
            WordStyles.Plain,
            [.. Runs(head.Office), new Run(new TabChar()), .. Runs(head.Date)],
            justification: JustificationValues.Left,
            indentLeft: WordGeometry.Char3,
            indentRight: WordGeometry.Char3,
            tabs: new Tabs(new TabStop { Val = TabStopValues.Right, Position = WordGeometry.TextWidth - WordGeometry.Char3 }),
            border: new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = WordGeometry.SeparatorBorder, Space = 8, Color = WordGeometry.Red }),
            spacingAfter: WordGeometry.LinePitch / 2));
    }

    private void Block(Body body, BodyBlock block)
    {
        switch (block)
        {
            case BodyParagraph p:
                body.Append(Para(WordStyles.Body, Runs(p.Text)));
                break;
            case BodyHeading { Level: 1, RunIn: null } h:
                body.Append(Para(WordStyles.Heading1, Runs(h.Text)));
                break;
            case BodyHeading { Level: 1 } h:
                body.Append(Para(WordStyles.Body, [.. Runs(h.Text, face: WordFonts.Heading1), .. Runs(h.RunIn!)]));
                break;
            case BodyHeading { RunIn: null } h:
                body.Append(Para(WordStyles.Heading2, Runs(h.Text)));
                break;
            case BodyHeading h:
                body.Append(Para(WordStyles.Body, [.. Runs(h.Text, face: WordFonts.Heading2), .. Runs(h.RunIn!)]));
                break;
            case BodyTable t:
                body.Append(Para(WordStyles.Caption, Runs(t.Caption), pageBreakBefore: StartsLastPage(t.Caption)));
                body.Append(Table(t));
                break;
            case BodyChart c:
                Chart(body, c);
                break;
            default:
                throw new InvalidOperationException($"No Word form for {block.GetType().Name}.");
        }
    }

    private Table Table(BodyTable table)
    {
        var widths = ColumnWidths(table);
        var grid = new TableGrid(widths.Select(w => new GridColumn { Width = Tw(w) }));
        var result = new Table(
            new TableProperties(
                new TableStyle { Val = WordStyles.Grid },
                new TableWidth { Width = Tw(widths.Sum()), Type = TableWidthUnitValues.Dxa },
                new TableJustification { Val = TableRowAlignmentValues.Center },
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableLook { Val = "0000", FirstRow = true, LastRow = false, FirstColumn = false, LastColumn = false, NoHorizontalBand = true, NoVerticalBand = true }),
            grid);

        // The header row repeats on every page the table runs onto (w:tblHeader); no row splits across pages.
        result.Append(Row(table.Columns.Select(c => c.Header).ToList(), widths, WordStyles.TableHead, table, header: true));
        for (var r = 0; r < table.Rows.Count; r++)
        {
            string style = table.LastRowIsTotal && r == table.Rows.Count - 1 ? WordStyles.TableHead : WordStyles.TableText;
            result.Append(Row([.. table.Rows[r]], widths, style, table, header: false));
        }

        Tables++;
        return result;
    }

    private TableRow Row(IReadOnlyList<string> cells, int[] widths, string style, BodyTable table, bool header)
    {
        var properties = new TableRowProperties(new CantSplit());
        if (header)
        {
            properties.Append(new TableHeader());
        }

        var row = new TableRow(properties);
        for (var c = 0; c < widths.Length; c++)
        {
            bool label = !header && table.Columns[c].Kind == BodyColumnKind.Label;
            row.Append(new TableCell(
                new TableCellProperties(new TableCellWidth { Width = Tw(widths[c]), Type = TableWidthUnitValues.Dxa }, new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center }),
                Para(style, Runs(c < cells.Count ? cells[c] : string.Empty), justification: label ? JustificationValues.Left : null)));
        }

        return row;
    }

    // As the PDF sets a table (BulletinLayout: label columns relative, the others fitted): every column but the
    // labels at the width of its widest cell, the labels sharing what is left of the text area and wrapping in it.
    // Only when that would leave a label less than four characters' width does every column shrink in proportion.
    internal static int[] ColumnWidths(BodyTable table)
    {
        const int Padding = 120 + 100;
        const int MinimumLabel = (4 * WordGeometry.SizeSmall4 * 10) + Padding;
        var natural = new int[table.Columns.Count];
        for (var c = 0; c < natural.Length; c++)
        {
            double ems = Ems(table.Columns[c].Header);
            foreach (var row in table.Rows)
            {
                if (c < row.Count)
                {
                    ems = Math.Max(ems, Ems(row[c]));
                }
            }

            natural[c] = (int)Math.Ceiling(ems * WordGeometry.SizeSmall4 * 10) + Padding;
        }

        var labels = Enumerable.Range(0, natural.Length).Where(c => table.Columns[c].Kind == BodyColumnKind.Label).ToList();
        int fixedWidth = Enumerable.Range(0, natural.Length).Where(c => !labels.Contains(c)).Sum(c => natural[c]);
        int spare = WordGeometry.TextWidth - fixedWidth;
        if (labels.Count > 0 && spare >= labels.Count * MinimumLabel)
        {
            var widths = (int[])natural.Clone();
            int share = spare / labels.Count;
            foreach (var c in labels)
            {
                widths[c] = share;
            }

            widths[labels[^1]] += spare - (share * labels.Count);
            return widths;
        }

        // Too wide (or no label column): every column in proportion to its need, summing to the text area.
        int total = natural.Sum();
        var scaled = natural.Select(n => (int)Math.Floor((double)n * WordGeometry.TextWidth / total)).ToArray();
        scaled[^1] += WordGeometry.TextWidth - scaled.Sum();
        return scaled;
    }

    private void Chart(Body body, BodyChart chart)
    {
        Charts++;
        string id = "rIdC" + Charts.ToString(CultureInfo.InvariantCulture);
        var part = main.AddNewPart<ChartPart>(id);
        var workbook = part.AddNewPart<EmbeddedPackagePart>("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "rId1");
        using (var stream = workbook.GetStream(FileMode.Create))
        {
            stream.Write(WordChartWorkbook.Write(chart, created));
        }

        using (var stream = part.GetStream(FileMode.Create))
        {
            stream.Write(WordChart.ChartSpace(chart, "rId1"));
        }

        long cx = WordGeometry.TextWidth * WordGeometry.EmuPerTwip;
        long cy = (long)Math.Round(WordChart.Height(chart) * 12700);
        var inline = new Dw.Inline(
            new Dw.Extent { Cx = cx, Cy = cy },
            new Dw.EffectExtent { LeftEdge = 0, TopEdge = 0, RightEdge = 0, BottomEdge = 0 },
            new Dw.DocProperties { Id = (uint)(100 + Charts), Name = "Chart " + Charts.ToString(CultureInfo.InvariantCulture), Description = chart.Caption },
            new Dw.NonVisualGraphicFrameDrawingProperties(),
            new A.Graphic(new A.GraphicData(new Dc.ChartReference { Id = id }) { Uri = "http://schemas.openxmlformats.org/drawingml/2006/chart" }))
        {
            DistanceFromTop = 0,
            DistanceFromBottom = 0,
            DistanceFromLeft = 0,
            DistanceFromRight = 0,
        };
        // 图题 below the figure, as Chinese convention and the PDF have it (a table's 表题 stays above the table).
        var captioned = !string.IsNullOrEmpty(chart.Caption);
        body.Append(Para(
            WordStyles.Plain,
            [new Run(new Drawing(inline))],
            justification: JustificationValues.Center,
            snap: false,
            spacingBefore: 240,
            spacingAfter: captioned ? 60 : 280,
            keepNext: captioned,
            pageBreakBefore: captioned && StartsLastPage(chart.Caption)));
        if (captioned)
        {
            body.Append(Para(WordStyles.Caption, Runs(chart.Caption, size: WordGeometry.SizeSmall4), spacingBefore: 0, spacingAfter: 280, keepNext: false));
        }
    }

    // The table or chart the PDF's last text page begins with begins a page here too: the word processor sets tables
    // and charts more tightly than the PDF and would end the text a page early — the 版记 on an odd page, or after a
    // blank page the PDF does not have (LibreOffice 7.4 set the Guilin statistical bulletin in 7 pages, the PDF in 8).
    private bool StartsLastPage(string caption)
    {
        if (Placement.LastPageStart is not { } start || start != caption || _lastPageStarted)
        {
            return false;
        }

        _lastPageStarted = true;
        return true;
    }

    // Never a page holding only the signature and date (§7.3.5): the paragraphs before it are kept with it, up to and
    // including the last that takes more than one line (a one-line 附件说明 after the body's last paragraph does not
    // count), so that the word processor carries that paragraph's last lines over with the signature, as the PDF
    // layout does. Word keeps the last lines (two, with widow control); LibreOffice 7.4 moves a kept paragraph whole,
    // and a kept paragraph longer than a page took the title onto a page of its own (measured): a paragraph of more
    // than MaxKeptLines lines is left to the word processor's widow control.
    private static void KeepLastLinesWithSignature(Body body)
    {
        const int MaxKeptLines = 4;
        var element = body.LastChild;
        for (var kept = 0; element is Paragraph paragraph && kept < 3; kept++)
        {
            double lines = Ems(paragraph.InnerText) / 28;
            if (lines > MaxKeptLines || paragraph.ParagraphProperties is not { } properties)
            {
                break;
            }

            properties.KeepNext = new KeepNext();
            if (lines > 1)
            {
                break;
            }

            element = element.PreviousSibling();
        }
    }

    // 发文机关署名 centred over the 成文日期, the date four characters in from the right (§7.3.5.1), two lines
    // below the body; each organ of a joint signature on its own line.
    private void Signature(Body body)
    {
        string date = FrameText.SignatureDate(content);
        double dateWidth = Ems(date) * CharPitch;
        int dateIndent = (int)Math.Round(4 * CharPitch);
        for (var i = 0; i < content.Signatory.Count; i++)
        {
            string signer = content.Signatory[i];
            int indent = (int)Math.Round(Math.Max(0, dateIndent + (dateWidth / 2) - (Ems(signer) * CharPitch / 2)));
            body.Append(Para(WordStyles.Plain, Runs(signer), spacingBefore: i == 0 ? 2 * WordGeometry.LinePitch : null, justification: JustificationValues.Right, indentRight: indent, keepNext: true));
        }

        var dateParagraph = Para(WordStyles.Plain, Runs(date), justification: JustificationValues.Right, indentRight: dateIndent);
        if (sealPng is { Length: > 0 } && IsPng(sealPng))
        {
            dateParagraph.Append(Seal(dateWidth, dateIndent));
        }
        else if (sealPng is { Length: > 0 })
        {
            // The part is declared image/png: other bytes would make a package Word refuses to open.
            _warnings.Add("The seal image is not a PNG file; the Word document is written without it.");
        }

        body.Append(dateParagraph);
    }

    // The seal behind the signature and date, centred over the date as the PDF places it: a floating picture
    // anchored to the date's paragraph, behind the text, 42 mm across.
    private Run Seal(double dateWidth, int dateIndent)
    {
        var image = main.AddNewPart<ImagePart>("image/png", "rIdSeal");
        using (var stream = image.GetStream(FileMode.Create))
        {
            stream.Write(sealPng);
        }

        const long Size = 42 * 36000;
        long centreX = (long)Math.Round((WordGeometry.TextWidth - dateIndent - (dateWidth / 2)) * WordGeometry.EmuPerTwip);
        var picture = new DocumentFormat.OpenXml.Drawing.Pictures.Picture(
            new DocumentFormat.OpenXml.Drawing.Pictures.NonVisualPictureProperties(
                new DocumentFormat.OpenXml.Drawing.Pictures.NonVisualDrawingProperties { Id = 1, Name = "seal.png" },
                new DocumentFormat.OpenXml.Drawing.Pictures.NonVisualPictureDrawingProperties()),
            new DocumentFormat.OpenXml.Drawing.Pictures.BlipFill(new A.Blip { Embed = "rIdSeal" }, new A.Stretch(new A.FillRectangle())),
            new DocumentFormat.OpenXml.Drawing.Pictures.ShapeProperties(
                new A.Transform2D(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = Size, Cy = Size }),
                new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle }));
        var anchor = new Dw.Anchor(
            new Dw.SimplePosition { X = 0, Y = 0 },
            new Dw.HorizontalPosition(new Dw.PositionOffset((centreX - (Size / 2)).ToString(CultureInfo.InvariantCulture))) { RelativeFrom = Dw.HorizontalRelativePositionValues.Margin },
            new Dw.VerticalPosition(new Dw.PositionOffset((-(Size / 2) - (WordGeometry.LinePitch * WordGeometry.EmuPerTwip / 2)).ToString(CultureInfo.InvariantCulture))) { RelativeFrom = Dw.VerticalRelativePositionValues.Paragraph },
            new Dw.Extent { Cx = Size, Cy = Size },
            new Dw.EffectExtent { LeftEdge = 0, TopEdge = 0, RightEdge = 0, BottomEdge = 0 },
            new Dw.WrapNone(),
            new Dw.DocProperties { Id = 99, Name = "Seal" },
            new Dw.NonVisualGraphicFrameDrawingProperties(),
            new A.Graphic(new A.GraphicData(picture) { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        {
            DistanceFromTop = 0,
            DistanceFromBottom = 0,
            DistanceFromLeft = 0,
            DistanceFromRight = 0,
            SimplePos = false,
            RelativeHeight = 1,
            BehindDoc = true,
            Locked = false,
            LayoutInCell = true,
            AllowOverlap = true,
        };
        return new Run(new Drawing(anchor));
    }

    // 版记 (§7.4): 抄送 and the 印发 line between full-width rules — a one-column table whose borders are the
    // rules, floated so that its last rule ends on the foot of the text area (262 mm from the page's top) of the page
    // its anchor falls on, as the standard places it. The rows are whole lines of the grid (one 4号 line each, as the
    // PDF's), so the table's height, and with it its top, is known: it is placed from the top margin, not aligned to
    // the bottom (w:tblpYSpec bottom), because LibreOffice 7.4 lays out the foot of the text area of a section that
    // begins on an even page 8.7 mm low (measured). Horizontally it is placed from the page's edge: LibreOffice 7.4
    // floats a positioned table only when it is narrower than the text area less 4.69 mm or, placed from the page,
    // narrower than the page less its smaller margin — a 版记 as wide as the text area placed from the margin stayed
    // in the flow, right under the signature. (Placed from the page's top as well, it was not floated either.)
    private void Imprint(Body body)
    {
        var outer = WordGeometry.ImprintOuterBorder;
        const int Width = WordGeometry.TextWidth;
        int copyToLines = FrameText.CopyToLine(content) is null ? 0 : Math.Max(1, Placement.CopyToLines);
        int height = ((copyToLines + 1) * WordGeometry.LinePitch) + WordGeometry.ImprintRuleAllowance;
        var table = new Table(
            new TableProperties(
                new TablePositionProperties
                {
                    LeftFromText = 0,
                    RightFromText = 0,
                    TopFromText = 0,
                    BottomFromText = 0,
                    VerticalAnchor = VerticalAnchorValues.Margin,
                    HorizontalAnchor = HorizontalAnchorValues.Page,
                    TablePositionX = WordGeometry.MarginLeft,
                    TablePositionY = WordGeometry.TextBottom - WordGeometry.MarginTop - height,
                },
                new TableWidth { Width = Tw(Width), Type = TableWidthUnitValues.Dxa },
                new TableBorders(
                    new TopBorder { Val = BorderValues.Single, Size = outer, Space = 0, Color = "000000" },
                    new BottomBorder { Val = BorderValues.Single, Size = outer, Space = 0, Color = "000000" },
                    new InsideHorizontalBorder { Val = BorderValues.Single, Size = WordGeometry.ImprintInnerBorder, Space = 0, Color = "000000" }),
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableCellMarginDefault(
                    new TableCellLeftMargin { Width = 0, Type = TableWidthValues.Dxa },
                    new TableCellRightMargin { Width = 0, Type = TableWidthValues.Dxa })),
            new TableGrid(new GridColumn { Width = Tw(Width) }));
        if (FrameText.CopyToLine(content) is { } copyTo)
        {
            // Wrapped lines align after the colon: a hanging indent of the three characters of "抄送：".
            table.Append(ImprintRow(Para(WordStyles.Imprint, Runs(copyTo), indentLeft: 4 * WordGeometry.Char4, hanging: 3 * WordGeometry.Char4), Width, copyToLines));
        }

        table.Append(ImprintRow(Para(
            WordStyles.Imprint,
            [.. Runs(content.PrintedBy), new Run(new TabChar()), .. Runs(FrameText.PrintLine(content))],
            tabs: new Tabs(new TabStop { Val = TabStopValues.Right, Position = Width - WordGeometry.Char4 })), Width, 1));
        Tables++;
        body.Append(table);
    }

    // A row of whole grid lines; at least that tall, so that a 抄送 lengthened in the word processor still shows.
    private static TableRow ImprintRow(Paragraph paragraph, int width, int lines) => new(
        new TableRowProperties(new CantSplit(), new TableRowHeight { Val = (uint)(lines * WordGeometry.LinePitch), HeightType = HeightRuleValues.AtLeast }),
        new TableCell(new TableCellProperties(new TableCellWidth { Width = Tw(width), Type = TableWidthUnitValues.Dxa }), paragraph));

    // An empty paragraph 1 pt high, off the grid: a section break or a floating table's anchor that takes no line.
    private Paragraph Hairline(SectionProperties? section = null)
    {
        Paragraphs++;
        var properties = new ParagraphProperties(
            new ParagraphStyleId { Val = WordStyles.Plain },
            new SnapToGrid { Val = false },
            new SpacingBetweenLines { Before = "0", After = "0", Line = "20", LineRule = LineSpacingRuleValues.Exact },
            new ParagraphMarkRunProperties(new FontSize { Val = "2" }, new FontSizeComplexScript { Val = "2" }));
        if (section is not null)
        {
            properties.Append(section);
        }

        return new Paragraph(properties);
    }

    private Paragraph Para(
        string style,
        IEnumerable<OpenXmlElement> runs,
        int? spacingBefore = null,
        int? spacingAfter = null,
        int? exactLine = null,
        JustificationValues? justification = null,
        int? indentLeft = null,
        int? indentRight = null,
        int? hanging = null,
        Tabs? tabs = null,
        ParagraphBorders? border = null,
        bool? keepNext = null,
        bool snap = true,
        bool pageBreakBefore = false)
    {
        Paragraphs++;
        var properties = new ParagraphProperties(new ParagraphStyleId { Val = style });
        if (keepNext is { } keep)
        {
            // false overrides a style that keeps with the next paragraph (the caption below a chart).
            properties.Append(keep ? new KeepNext() : new KeepNext { Val = false });
        }

        if (pageBreakBefore)
        {
            properties.Append(new PageBreakBefore());
        }

        if (border is not null)
        {
            properties.Append(border);
        }

        if (tabs is not null)
        {
            properties.Append(tabs);
        }

        if (!snap)
        {
            properties.Append(new SnapToGrid { Val = false });
        }

        if (spacingBefore is not null || spacingAfter is not null || exactLine is not null)
        {
            var spacing = new SpacingBetweenLines();
            if (spacingBefore is { } before)
            {
                spacing.Before = Tw(before);
            }

            if (spacingAfter is { } after)
            {
                spacing.After = Tw(after);
            }

            // 0 means "the font's own height": the 36 pt mark would otherwise take two grid lines.
            if (exactLine is { } line)
            {
                spacing.Line = Tw(line == 0 ? (WordGeometry.MarkSize * 10) + 120 : line);
                spacing.LineRule = LineSpacingRuleValues.Exact;
            }

            properties.Append(spacing);
        }

        if (indentLeft is not null || indentRight is not null || hanging is not null)
        {
            var indentation = new Indentation();
            if (indentLeft is { } l)
            {
                indentation.Left = Tw(l);
            }

            if (indentRight is { } r)
            {
                indentation.Right = Tw(r);
            }

            if (hanging is { } h)
            {
                indentation.Hanging = Tw(h);
            }

            properties.Append(indentation);
        }

        if (justification is { } jc)
        {
            properties.Append(new Justification { Val = jc });
        }

        var paragraph = new Paragraph(properties);
        paragraph.Append(runs);
        return paragraph;
    }

    // Text as runs: a line break in the content is a line break in Word, a tab a tab.
    private static List<OpenXmlElement> Runs(string text, int? scale = null, string? face = null, int? size = null)
    {
        var result = new List<OpenXmlElement>();
        var lines = text.Split('\n');
        var run = new Run();
        if (face is not null || scale is not null || size is not null)
        {
            var rp = new RunProperties();
            if (face is not null)
            {
                rp.Append(WordFonts.For(face));
            }

            if (scale is { } w)
            {
                rp.Append(new CharacterScale { Val = w });
            }

            if (size is { } sz)
            {
                rp.Append(new FontSize { Val = Tw(sz) }, new FontSizeComplexScript { Val = Tw(sz) });
            }

            run.Append(rp);
        }

        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                run.Append(new Break());
            }

            var parts = lines[i].Split('\t');
            for (var j = 0; j < parts.Length; j++)
            {
                if (j > 0)
                {
                    run.Append(new TabChar());
                }

                if (parts[j].Length > 0)
                {
                    run.Append(new Text(parts[j]) { Space = SpaceProcessingModeValues.Preserve });
                }
            }
        }

        result.Add(run);
        return result;
    }

    // A mark wider than the text area is compressed horizontally (w:w), as the PDF scales it.
    private static int? Scale(string mark)
    {
        double natural = Ems(mark) * WordGeometry.MarkSize * 10;
        return natural > WordGeometry.TextWidth ? Math.Max(1, (int)Math.Floor(WordGeometry.TextWidth * 100 / natural)) : null;
    }

    private static bool IsPng(byte[] bytes) =>
        bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);

    // The natural width of a mark in 36 pt type, in twips.
    private static int MarkWidth(string text) => (int)Math.Ceiling(Ems(text) * WordGeometry.MarkSize * 10);

    // Width in ems: CJK and full-width forms one, everything else (figures, Latin) a half, as 仿宋 sets them.
    private static double Ems(string text)
    {
        double ems = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            ems += rune.Value >= 0x2E80 ? 1 : 0.5;
        }

        return ems;
    }

    private static string Tw(int twips) => twips.ToString(CultureInfo.InvariantCulture);
}
