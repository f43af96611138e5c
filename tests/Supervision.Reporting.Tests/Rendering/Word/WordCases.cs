using NodaTime;
using Supervision.Reporting.Domain;
using Supervision.Reporting.Privacy;
using Supervision.Reporting.Rendering.Pdf.Bulletins;
using Supervision.Reporting.Rendering.Pdf.Bulletins.Content;
using Supervision.Reporting.Rendering.Word;
using Supervision.Reporting.Tests.Support;

namespace Supervision.Reporting.Tests.Rendering.Word;

// The Guilin example's bulletins as the demo writes them, in every kind × language × audience, rendered as
// .docx through the renderer (and, for comparisons, as PDF from the same composed content).
internal static class WordCases
{
    public static readonly BulletinSpec TypicalCases = new() { DocumentNumber = "桂纪通〔2022〕12号", CopyTo = "市委办公室" };

    public static readonly BulletinSpec Statistics = new() { Kind = BulletinKind.Statistics, DocumentNumber = "桂纪通〔2022〕13号", AsOf = new LocalDate(2022, 11, 30), CopyTo = "市委办公室" };

    public static readonly BulletinSpec Daily = new() { Kind = BulletinKind.Daily, ReportDate = new LocalDate(2022, 11, 17) };

    public static IEnumerable<BulletinSpec> All()
    {
        foreach (var kind in new[] { TypicalCases, Statistics, Daily })
        {
            foreach (var language in new[] { Language.ZhHans, Language.ZhHant, Language.English })
            {
                foreach (var audience in new[] { Audience.Public, Audience.Internal })
                {
                    yield return kind with { Language = language, Audience = audience };
                }
            }
        }
    }

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var spec in All())
        {
            data.Add(Name(spec));
        }

        return data;
    }

    public static string Name(BulletinSpec spec) => string.Join("-", spec.Kind, spec.Language, spec.Audience);

    public static BulletinSpec ByName(string name) => All().Single(s => Name(s) == name);

    public static BulletinContent Content(BulletinSpec spec) => Bulletin.Compose(Example.Guilin, spec with { UseSystemFonts = false });

    public static byte[] Docx(BulletinContent content, byte[]? seal = null)
    {
        using var stream = new MemoryStream();
        WordRenderer.Render(content, seal, stream, WordRenderOptions.Default);
        return stream.ToArray();
    }

    public static byte[] Docx(BulletinSpec spec) => Docx(Content(spec));

    public static byte[] Pdf(BulletinContent content)
    {
        var document = BulletinLayout.Document(content, []);
        using var stream = new MemoryStream();
        Supervision.Reporting.Rendering.Pdf.Layout.PdfRenderer.Render(document, stream, Supervision.Reporting.Rendering.Pdf.Layout.RenderOptions.BundledOnly);
        return stream.ToArray();
    }
}
