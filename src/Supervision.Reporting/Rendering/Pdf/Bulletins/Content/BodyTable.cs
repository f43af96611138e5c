namespace Supervision.Reporting.Rendering.Pdf.Bulletins.Content;

// A table of figures in a bulletin: the caption above it ("表1　各县（市、区）问题整改情况"), one header
// row and rows of text; when LastRowIsTotal the last row is the 合计 row, set in the heading face.
internal sealed record BodyTable(string Caption, EquatableArray<BodyTableColumn> Columns, EquatableArray<EquatableArray<string>> Rows, bool LastRowIsTotal) : BodyBlock;
