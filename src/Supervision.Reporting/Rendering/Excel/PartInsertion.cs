using System.Xml;

namespace Supervision.Reporting.Rendering.Excel;

// An element to put into an Open XML part at the place its schema mandates. When the part already has an
// element of that name: Merge (when given) copies it with additions, else Replace drops the old one and
// writes the new one, else the new one goes after the existing ones.
internal sealed record PartInsertion(string Name, Action<XmlWriter> WriteNew)
{
    public Action<XmlReader, XmlWriter>? Merge { get; init; }

    public bool Replace { get; init; } = true;
}
