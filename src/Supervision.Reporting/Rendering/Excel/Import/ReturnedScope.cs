namespace Supervision.Reporting.Rendering.Excel.Import;

// What a returned file's 说明 sheet says it is: the round's id (数据编号) and, for a split workbook, its scope
// reference (范围编号, e.g. responsible-unit/quanzhou-health). Either is null when the unit deleted it.
internal sealed record ReturnedScope(string? RoundId, string? ScopeReference);
