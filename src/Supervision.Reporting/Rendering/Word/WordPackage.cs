using System.IO.Compression;
using System.Xml;

namespace Supervision.Reporting.Rendering.Word;

// What makes the same content give the same bytes: the package is rewritten with its entries in one order
// ([Content_Types].xml first, as some readers expect, then by name) and every entry stamped with the
// document's own date, never the time of writing.
internal static class WordPackage
{
    public static void Normalise(Stream package, Stream output, DateTimeOffset time)
    {
        var stamp = time.Year < 1980 ? new DateTimeOffset(1980, 1, 1, 0, 0, 0, TimeSpan.Zero) : time;
        using var source = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true);
        using var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        var entries = source.Entries
            .OrderBy(e => e.FullName == "[Content_Types].xml" ? 0 : e.FullName == "_rels/.rels" ? 1 : 2)
            .ThenBy(e => e.FullName, StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            var copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
            copy.LastWriteTime = stamp;
            using var from = entry.Open();
            using var to = copy.Open();
            from.CopyTo(to);
        }
    }

    // docProps/core.xml written by hand: System.IO.Packaging's own core properties go into a part named by a
    // fresh GUID, which would change the bytes on every run.
    public static byte[] CoreProperties(string title, string subject, string creator, string keywords, DateTimeOffset created)
    {
        const string Cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
        const string Dc = "http://purl.org/dc/elements/1.1/";
        const string Dcterms = "http://purl.org/dc/terms/";
        const string Xsi = "http://www.w3.org/2001/XMLSchema-instance";
        string when = created.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
        using var buffer = new MemoryStream();
        using (var w = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new System.Text.UTF8Encoding(false) }))
        {
            w.WriteStartDocument(standalone: true);
            w.WriteStartElement("cp", "coreProperties", Cp);
            w.WriteAttributeString("xmlns", "dc", null, Dc);
            w.WriteAttributeString("xmlns", "dcterms", null, Dcterms);
            w.WriteAttributeString("xmlns", "xsi", null, Xsi);
            w.WriteElementString("dc", "title", Dc, title);
            w.WriteElementString("dc", "subject", Dc, subject);
            w.WriteElementString("dc", "creator", Dc, creator);
            w.WriteElementString("cp", "keywords", Cp, keywords);
            w.WriteElementString("cp", "lastModifiedBy", Cp, creator);
            foreach (var name in new[] { "created", "modified" })
            {
                w.WriteStartElement("dcterms", name, Dcterms);
                w.WriteAttributeString("xsi", "type", Xsi, "dcterms:W3CDTF");
                w.WriteString(when);
                w.WriteEndElement();
            }

            w.WriteEndElement();
        }

        return buffer.ToArray();
    }
}
