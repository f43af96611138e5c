using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Supervision.Reporting.Rendering.Pdf.Bulletins.Content;

namespace Supervision.Reporting.Rendering.Word;

// Writes composed bulletin content as a WordprocessingML document in the GB/T 9704 layout, in Word's own terms
// (styles, the document grid, odd/even footers with PAGE fields, real tables, native charts), so that WPS, Word
// and LibreOffice show the official layout and a reviewer edits it with tracked changes. It maps the same
// BulletinContent that BulletinLayout maps for the PDF, block for block, so the two never disagree in text.
internal static class WordRenderer
{
    private const string BlankFooterId = "rId6";

    private const string MainContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

    public static WordRenderResult Render(BulletinContent content, byte[]? sealPng, Stream output, WordRenderOptions options)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(options);

        // The document's own date (Beijing time, as the PDF's metadata), never the wall clock.
        var created = new DateTimeOffset(content.Date.AtMidnight().ToDateTimeUnspecified(), TimeSpan.FromHours(8));
        using var raw = new MemoryStream();
        WordRenderResult result;
        using (var document = WordprocessingDocument.Create(raw, WordprocessingDocumentType.Document, autoSave: true))
        {
            // Every relationship gets an explicit id: the SDK would otherwise make them from new GUIDs.
            var main = document.AddNewPart<MainDocumentPart>(MainContentType, "rId1");
            var styles = main.AddNewPart<StyleDefinitionsPart>("rId1");
            styles.Styles = WordStyles.Create();
            var settings = main.AddNewPart<DocumentSettingsPart>("rId2");
            settings.Settings = Settings(content);
            var fonts = main.AddNewPart<FontTablePart>("rId3");
            fonts.Fonts = WordFonts.FontTable();
            var odd = main.AddNewPart<FooterPart>("rId4");
            odd.Footer = Footer(JustificationValues.Right);
            var even = main.AddNewPart<FooterPart>("rId5");
            even.Footer = Footer(JustificationValues.Left);

            // Where the 版记 goes is the PDF layout's decision, taken once for both renderers (GB/T 9704 §7.4): on the
            // last text page when that page is even and has room, else on a page of its own — which the .docx
            // starts as a section beginning on an even page (w:type evenPage: the word processor adds the blank page
            // when the text ends on an even page). As in the PDF, the 版记's page is numbered unless a blank page
            // comes before it; then the section's footers are blank (§7.5: neither page is numbered).
            var placement = content.ShowImprint ? ImprintPlacement.Of(content, sealPng) : new ImprintPlacement(false, false, 1);
            if (placement.BlankBefore)
            {
                var blank = main.AddNewPart<FooterPart>(BlankFooterId);
                blank.Footer = new Footer(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = WordStyles.PageNumber })));
            }

            var body = new WordBody(main, content, sealPng, created) { Placement = placement, TextSection = placement.OwnPage ? Section() : null };
            var built = body.Build();
            built.Append(placement.OwnPage ? ImprintSection(placement.BlankBefore) : Section());
            main.Document = new Document(built);
            if (content.Language == Language.English)
            {
                LatinQuotes(styles.Styles, main.Document);
            }
            else if (content.Language == Language.ZhHant)
            {
                foreach (var languages in styles.Styles.Descendants<Languages>())
                {
                    languages.EastAsia = EastAsianLanguage(content);
                }
            }

            var core = document.AddNewPart<CoreFilePropertiesPart>("rId2");
            using (var stream = core.GetStream(FileMode.Create))
            {
                stream.Write(WordPackage.CoreProperties(content.Title, content.Subject, content.Author, content.Keywords, created));
            }

            var app = document.AddNewPart<ExtendedFilePropertiesPart>("rId3");
            app.Properties = new DocumentFormat.OpenXml.ExtendedProperties.Properties(
                new DocumentFormat.OpenXml.ExtendedProperties.Application(options.Application),
                new DocumentFormat.OpenXml.ExtendedProperties.DocumentSecurity("0"),
                new DocumentFormat.OpenXml.ExtendedProperties.ScaleCrop("false"),
                new DocumentFormat.OpenXml.ExtendedProperties.LinksUpToDate("false"),
                new DocumentFormat.OpenXml.ExtendedProperties.SharedDocument("false"),
                new DocumentFormat.OpenXml.ExtendedProperties.HyperlinksChanged("false"),
                new DocumentFormat.OpenXml.ExtendedProperties.ApplicationVersion("1.0000"));
            result = new WordRenderResult(body.Paragraphs, body.Tables, body.Charts, body.Warnings);
        }

        // Rewritten into a second buffer first, so that a failure leaves the caller's stream untouched.
        raw.Position = 0;
        using var final = new MemoryStream();
        WordPackage.Normalise(raw, final, created);
        final.Position = 0;
        final.CopyTo(output);
        return result;
    }

    // Word sets the characters it shares between scripts (‘ ’ “ ” …) in the run's east-Asian font when the run's
    // fonts hint eastAsia (ECMA-376 §17.3.2.26, rFonts hint): in an English edition that would give 仿宋's
    // full-width quotes between Latin words. Without the hint they take the Latin font (ascii/hAnsi, Times New Roman);
    // hanzi stay in the east-Asian font, which Word picks for them by their range.
    private static void LatinQuotes(Styles styles, Document document)
    {
        foreach (var fonts in styles.Descendants<RunFonts>().Concat(document.Descendants<RunFonts>()))
        {
            fonts.Hint = null;
        }
    }

    // A zh-Hant edition's east-Asian text is Traditional Chinese (Taiwan): zh-TW on its runs (the style defaults) and
    // for its kinsoku sets, so that Word picks a Traditional face and its punctuation forms (centred 。，、；：！？ in
    // faces such as 新細明體 or 標楷體; Word itself does not move glyphs, the face draws them where it has them).
    private static string EastAsianLanguage(BulletinContent content) => content.Language == Language.ZhHant ? "zh-TW" : "zh-CN";

    private static Settings Settings(BulletinContent content) => new(
        new Zoom { Percent = "100" },
        new DefaultTabStop { Val = WordGeometry.Char3 * 2 },

        // Odd pages number on the right, even pages on the left (GB/T 9704 §7.5): two footers.
        new EvenAndOddHeaders(),
        // 标点挤压 as the PDF sets it: adjacent full-width marks share 1.5 em, line-end marks may compress.
        new CharacterSpacingControl { Val = CharacterSpacingValues.CompressPunctuation },

        // The PDF's line-breaking rule (clreq §3.1.7) as Word's custom kinsoku sets: never a closing mark at a line's
        // start, never an opening mark at its end.
        new NoLineBreaksAfterKinsoku { Language = EastAsianLanguage(content), Val = Pdf.Text.Clreq.Opening },
        new NoLineBreaksBeforeKinsoku { Language = EastAsianLanguage(content), Val = Pdf.Text.Clreq.Closing },
        new Compatibility(new CompatibilitySetting { Name = CompatSettingNameValues.CompatibilityMode, Uri = "http://schemas.microsoft.com/office/word", Val = "15" }),
        new ThemeFontLanguages { Val = "en-US", EastAsia = EastAsianLanguage(content) },
        new DecimalSymbol { Val = "." },
        new ListSeparator { Val = content.Language == Language.English ? "," : "，" });

    // "— 1 —" in 4号宋体, one character in from the outer edge (§7.5.1), the figure a PAGE field.
    private static Footer Footer(JustificationValues side)
    {
        var indentation = side == JustificationValues.Right
            ? new Indentation { Right = WordGeometry.Char4.ToString(System.Globalization.CultureInfo.InvariantCulture) }
            : new Indentation { Left = WordGeometry.Char4.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        return new Footer(new Paragraph(
            new ParagraphProperties(new ParagraphStyleId { Val = WordStyles.PageNumber }, indentation, new Justification { Val = side }),
            Text("— "),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
            new Run(new FieldCode(" PAGE ") { Space = SpaceProcessingModeValues.Preserve }),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
            Text("1"),
            new Run(new FieldChar { FieldCharType = FieldCharValues.End }),
            Text(" —")));
    }

    private static Run Text(string text) => new(new Text(text) { Space = SpaceProcessingModeValues.Preserve });

    // The 版记's section when it has a page of its own: it begins on an even page; its footers are blank when a blank
    // page comes before it (that page, which the word processor adds, and the 版记's page carry no page number).
    private static SectionProperties ImprintSection(bool blankBefore)
    {
        var section = blankBefore ? Section(BlankFooterId, BlankFooterId) : Section();
        section.InsertAt(new SectionType { Val = SectionMarkValues.EvenPage }, 2);
        return section;
    }

    private static SectionProperties Section(string even = "rId5", string odd = "rId4") => new(
        new FooterReference { Type = HeaderFooterValues.Even, Id = even },
        new FooterReference { Type = HeaderFooterValues.Default, Id = odd },
        new PageSize { Width = WordGeometry.PageWidth, Height = WordGeometry.PageHeight },
        new PageMargin
        {
            Top = WordGeometry.MarginTop,
            Right = WordGeometry.MarginRight,
            Bottom = WordGeometry.MarginBottom,
            Left = WordGeometry.MarginLeft,
            Header = WordGeometry.HeaderDistance,
            Footer = WordGeometry.FooterDistance,
            Gutter = 0,
        },
        new Columns { Space = "425" },
        new DocGrid { Type = DocGridValues.Lines, LinePitch = WordGeometry.LinePitch });
}
