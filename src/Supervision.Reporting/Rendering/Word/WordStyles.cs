using DocumentFormat.OpenXml.Wordprocessing;

namespace Supervision.Reporting.Rendering.Word;

// The paragraph styles a clerk sees in Word's style list, named for what they are in a 公文: body (正文) on the
// 22 × 28 grid, title (标题), 一级/二级/三级标题, 主送, 成文日期, table caption and cells, 版记 and page numbers. Direct
// formatting in the document is kept to what varies per paragraph, so editing with styles keeps the layout.
internal static class WordStyles
{
    public const string Body = "BulletinBody";
    public const string Title = "BulletinTitle";
    public const string Heading1 = "Heading1";
    public const string Heading2 = "Heading2";
    public const string Heading3 = "Heading3";
    public const string Addressee = "BulletinAddressee";
    public const string Mark = "BulletinMark";
    public const string Plain = "BulletinPlain";
    public const string Caption = "BulletinCaption";
    public const string TableText = "BulletinTableText";
    public const string TableHead = "BulletinTableHead";
    public const string Imprint = "BulletinImprint";
    public const string PageNumber = "BulletinPageNumber";
    public const string Grid = "BulletinTable";

    public static Styles Create()
    {
        var styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    WordFonts.For(WordFonts.Body),
                    new FontSize { Val = Sz(WordGeometry.Size3) },
                    new FontSizeComplexScript { Val = Sz(WordGeometry.Size3) },
                    new Languages { Val = "en-US", EastAsia = "zh-CN", Bidi = "ar-SA" })),
                // As the PDF sets lines: kinsoku on (the settings' clreq sets), no punctuation hanging past the
                // margin (a line-end mark compresses instead), no automatic space between hanzi and Latin or digits.
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                    new Kinsoku { Val = true },
                    new OverflowPunctuation { Val = false },
                    new AutoSpaceDE { Val = false },
                    new AutoSpaceDN { Val = false },
                    new SpacingBetweenLines { Before = "0", After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto },
                    new Justification { Val = JustificationValues.Both }))));

        styles.Append(Paragraph("Normal", "Normal", null, isDefault: true, run: [new Spacing { Val = WordGeometry.BodyCharacterSpacing }]));
        styles.Append(Paragraph(Body, "正文", "Normal", paragraph: [new Indentation { FirstLineChars = 200, FirstLine = Tw(2 * WordGeometry.Char3) }], primary: true));
        styles.Append(Paragraph(Title, "公文标题", "Normal",
            paragraph: [new KeepNext(), new KeepLines(), new SnapToGrid { Val = false }, new SpacingBetweenLines { Line = Tw(WordGeometry.TitleLinePitch), LineRule = LineSpacingRuleValues.Exact }, new Justification { Val = JustificationValues.Center }],
            run: [WordFonts.For(WordFonts.Title), new Spacing { Val = 0 }, new FontSize { Val = Sz(WordGeometry.Size2) }, new FontSizeComplexScript { Val = Sz(WordGeometry.Size2) }], primary: true));
        styles.Append(Paragraph(Heading1, "heading 1", Body,
            paragraph: [new KeepNext(), new OutlineLevel { Val = 0 }],
            run: [WordFonts.For(WordFonts.Heading1)], primary: true));
        styles.Append(Paragraph(Heading2, "heading 2", Body,
            paragraph: [new KeepNext(), new OutlineLevel { Val = 1 }],
            run: [WordFonts.For(WordFonts.Heading2)], primary: true));
        styles.Append(Paragraph(Heading3, "heading 3", Body,
            paragraph: [new KeepNext(), new OutlineLevel { Val = 2 }],
            run: [WordFonts.For(WordFonts.Heading3), new Bold(), new BoldComplexScript()], primary: true));
        styles.Append(Paragraph(Addressee, "主送机关", "Normal", paragraph: [new KeepNext()], primary: true));
        styles.Append(Paragraph(Plain, "无缩进正文", "Normal"));
        styles.Append(Paragraph(Mark, "发文机关标志", "Normal",
            paragraph: [new SnapToGrid { Val = false }, new Justification { Val = JustificationValues.Center }],
            run: [WordFonts.For(WordFonts.Title), new Color { Val = WordGeometry.Red }, new Spacing { Val = 0 }, new FontSize { Val = Sz(WordGeometry.MarkSize) }, new FontSizeComplexScript { Val = Sz(WordGeometry.MarkSize) }]));
        styles.Append(Paragraph(Caption, "表题", "Normal",
            paragraph: [new KeepNext(), new SpacingBetweenLines { Before = "120" }, new Justification { Val = JustificationValues.Center }],
            run: [WordFonts.For(WordFonts.Heading1), new Spacing { Val = 0 }, new FontSize { Val = Sz(WordGeometry.Size4) }, new FontSizeComplexScript { Val = Sz(WordGeometry.Size4) }]));
        styles.Append(Paragraph(TableText, "表格文字", "Normal",
            paragraph: [new SnapToGrid { Val = false }, new SpacingBetweenLines { Line = "320", LineRule = LineSpacingRuleValues.Exact }, new Justification { Val = JustificationValues.Center }],
            run: [new Spacing { Val = 0 }, new FontSize { Val = Sz(WordGeometry.SizeSmall4) }, new FontSizeComplexScript { Val = Sz(WordGeometry.SizeSmall4) }]));
        styles.Append(Paragraph(TableHead, "表头", TableText, run: [WordFonts.For(WordFonts.Heading1)]));
        styles.Append(Paragraph(Imprint, "版记", "Normal",
            paragraph: [new Indentation { Left = Tw(WordGeometry.Char4), Right = Tw(WordGeometry.Char4) }],
            run: [new Spacing { Val = 0 }, new FontSize { Val = Sz(WordGeometry.Size4) }, new FontSizeComplexScript { Val = Sz(WordGeometry.Size4) }]));
        styles.Append(Paragraph(PageNumber, "页码", "Normal",
            paragraph: [new SnapToGrid { Val = false }],
            run: [WordFonts.For(WordFonts.PageNumber), new Spacing { Val = 0 }, new FontSize { Val = Sz(WordGeometry.Size4) }, new FontSizeComplexScript { Val = Sz(WordGeometry.Size4) }]));
        styles.Append(new Style(
            new StyleName { Val = "公文表格" },
            new PrimaryStyle(),
            new StyleTableProperties(
                new TableBorders(
                    new TopBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
                    new LeftBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
                    new BottomBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
                    new RightBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
                    new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
                    new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" }),
                new TableCellMarginDefault(
                    new TopMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                    new TableCellLeftMargin { Width = 60, Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                    new TableCellRightMargin { Width = 60, Type = TableWidthValues.Dxa })))
        { Type = StyleValues.Table, StyleId = Grid });
        return styles;
    }

    private static Style Paragraph(string id, string name, string? basedOn, bool isDefault = false, DocumentFormat.OpenXml.OpenXmlElement[]? paragraph = null, DocumentFormat.OpenXml.OpenXmlElement[]? run = null, bool primary = false)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id };
        if (isDefault)
        {
            style.Default = true;
        }

        style.Append(new StyleName { Val = name });
        if (basedOn is not null)
        {
            style.Append(new BasedOn { Val = basedOn });
        }

        style.Append(new NextParagraphStyle { Val = id == Title || id == Heading1 || id == Heading2 || id == Heading3 ? Body : id });
        if (primary)
        {
            style.Append(new PrimaryStyle());
        }

        if (paragraph is { Length: > 0 })
        {
            style.Append(new StyleParagraphProperties(paragraph));
        }

        if (run is { Length: > 0 })
        {
            style.Append(new StyleRunProperties(run));
        }

        return style;
    }

    private static string Sz(int halfPoints) => halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Tw(int twips) => twips.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
