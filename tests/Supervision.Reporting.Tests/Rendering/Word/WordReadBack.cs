using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Supervision.Reporting.Tests.Rendering.Word;

// Reads a generated .docx back with the Open XML SDK: validation errors, the body text in document order,
// styles, section, footers, tables and charts.
internal sealed class WordReadBack : IDisposable
{
    private readonly MemoryStream _stream;

    public WordReadBack(byte[] bytes)
    {
        _stream = new MemoryStream(bytes, writable: false);
        Document = WordprocessingDocument.Open(_stream, false);
    }

    public WordprocessingDocument Document { get; }

    public MainDocumentPart Main => Document.MainDocumentPart!;

    public Body Body => Main.Document.Body!;

    public IReadOnlyList<ValidationErrorInfo> Errors(FileFormatVersions version = FileFormatVersions.Office2019) =>
        [.. new OpenXmlValidator(version).Validate(Document)];

    // Every character of the body's text (w:t), in order, with tabs and breaks left out: what a reader sees.
    public string Text
    {
        get
        {
            var text = new StringBuilder();
            foreach (var t in Body.Descendants<Text>())
            {
                text.Append(t.Text);
            }

            return text.ToString();
        }
    }

    public IEnumerable<Paragraph> Paragraphs => Body.Descendants<Paragraph>();

    // The text's section: the first in the document (a 版记 on a page of its own has a section after it).
    public SectionProperties Section => Body.Descendants<SectionProperties>().First();

    public IReadOnlyList<SectionProperties> Sections => [.. Body.Descendants<SectionProperties>()];

    public Style Style(string id) => Main.StyleDefinitionsPart!.Styles!.Elements<Style>().Single(s => s.StyleId == id);

    public void Dispose()
    {
        Document.Dispose();
        _stream.Dispose();
    }

    public static string WithoutWhitespace(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
