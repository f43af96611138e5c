namespace Supervision.Reporting.Rendering.Excel;

// An expression-based conditional format (cfRule type="expression"), which SpreadCheetah cannot write.
// Formula is relative to the top-left cell of Range; Dxf indexes PackageFinish.DifferentialFills.
internal sealed record ConditionalRule(string Range, string Formula, int Dxf, bool StopIfTrue);
