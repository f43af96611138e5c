namespace Supervision.Reporting;

/// <summary>The file format of a bulletin: the final PDF, or the editable Word draft of the same content (docs/bulletins.md, "Editing and re-issuing").</summary>
public enum BulletinFormat
{
    /// <summary>PDF, laid out to GB/T 9704-2012 by the library: the final form, byte-identical for the same inputs.</summary>
    Pdf,

    /// <summary>
    /// An Office Open XML word-processing document (.docx) in the GB/T 9704 layout expressed in Word's own terms
    /// (styles with the official face names, the document grid, PAGE fields, real tables, native charts): the draft
    /// that offices review with tracked changes in WPS, Word or LibreOffice before the final PDF.
    /// </summary>
    Word,
}
