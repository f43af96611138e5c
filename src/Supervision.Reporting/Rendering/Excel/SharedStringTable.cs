using System.Globalization;
using System.Text;
using System.Xml;

namespace Supervision.Reporting.Rendering.Excel;

// The detail sheet's shared strings (xl/sharedStrings.xml, ECMA-376 Part 1 §18.4): a text written again and
// again down a column — a unit, a group, a category, a status, a standard measure or progress note — is stored
// once and each cell holds its index, as Excel itself saves a workbook. Inline strings repeat every cell's text
// and, with every cell's style, break deflate's matches; the index keeps the file near the size of bare rows.
//
// Bounded, so that memory stays flat however large the round: once the table holds MaxEntries texts or
// MaxCharacters characters, a text not yet in it is written inline (as SpreadCheetah writes it), while the
// texts already in it go on being shared. Indexes are given in order of first use, so the same rows give the
// same part.
internal sealed class SharedStringTable(int maxEntries = SharedStringTable.MaxEntries, long maxCharacters = SharedStringTable.MaxCharacters)
{
    // 65,536 texts and 4 Mi characters: the table holds at most about 8 MB of text however large the round.
    public const int MaxEntries = 65_536;
    public const long MaxCharacters = 4L * 1024 * 1024;

    private readonly Dictionary<string, int> indexes = new(StringComparer.Ordinal);
    private readonly List<string> texts = [];
    private long characters;
    private long references;

    public int Count => texts.Count;

    // The index of `text`, added if there is room; false when the table is full and does not hold it.
    public bool TryIndex(string text, out int index)
    {
        if (!indexes.TryGetValue(text, out index))
        {
            if (texts.Count >= maxEntries || characters + text.Length > maxCharacters)
            {
                index = -1;
                return false;
            }

            index = texts.Count;
            indexes.Add(text, index);
            texts.Add(text);
            characters += text.Length;
        }

        references++;
        return true;
    }

    // The part, with the texts as the cells had them inline: <t> without xml:space, newlines as they are.
    public void Write(Stream to)
    {
        using var writer = XmlWriter.Create(to, new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            CloseOutput = false,
            NewLineHandling = NewLineHandling.None,
        });
        writer.WriteStartDocument(standalone: true);
        writer.WriteStartElement("sst", PackageFinisher.MainNamespace);
        writer.WriteAttributeString("count", references.ToString(CultureInfo.InvariantCulture));
        writer.WriteAttributeString("uniqueCount", texts.Count.ToString(CultureInfo.InvariantCulture));
        foreach (var text in texts)
        {
            writer.WriteStartElement("si", PackageFinisher.MainNamespace);
            writer.WriteElementString("t", PackageFinisher.MainNamespace, text);
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
        writer.WriteEndDocument();
    }
}
