namespace Supervision.Reporting.Rendering.Pdf.Bulletins.Content;

// What a body-table column holds: a 序号, a label (a county, a category: takes the spare width, left), a short
// term (第一种形态: as wide as its text, centred) or a figure (count or percentage: as wide as its widest cell,
// centred, as bulletin tables set numbers).
internal enum BodyColumnKind
{
    Index,
    Label,
    Term,
    Number,
}
