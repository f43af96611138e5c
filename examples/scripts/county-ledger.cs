#:package Supervision.Reporting@1.0.0
// The rectification ledger (整改台账) of one county, district or responsible unit only, as a .NET 10 file-based app:
//   dotnet run county-ledger.cs -- guilin-2022-11.json [unit id, default quanzhou] [as-of yyyy-MM-dd] [output.xlsx]
// A finding belongs to the unit when the unit is its top-level area (the county it happened in) or its responsible
// unit. The as-of date defaults to the round's default; the output to <unit id>-ledger.xlsx.
using Supervision.Reporting;

if (args.Length < 1)
{
    Console.Error.WriteLine("usage: dotnet run county-ledger.cs -- <round.json> [unit id] [as-of yyyy-MM-dd] [output.xlsx]");
    return 2;
}

var read = RoundJson.ReadFile(args[0]);
if (!read.IsValid)
{
    Console.Error.WriteLine(read.Report);
    return 1;
}

var round = read.Value;
var unitId = args.Length > 1 ? args[1] : "quanzhou";
var asOf = args.Length > 2
    ? NodaTime.Text.LocalDatePattern.Iso.Parse(args[2]).GetValueOrThrow()
    : round.DefaultAsOf(NodaTime.SystemClock.Instance);
var output = args.Length > 3 ? args[3] : unitId + "-ledger.xlsx";

var unit = round.Units.FirstOrDefault(u => u.Id == unitId);
if (unit is null)
{
    Console.Error.WriteLine($"unknown unit id '{unitId}'; top-level areas: " +
        string.Join(", ", round.Units.Where(u => round.TopLevelAreaOf(u.Id)?.Id == u.Id).Select(u => u.Id)));
    return 2;
}

// The unit's findings only; measures, notices and filed cases keep only the findings that stay, and go when none does, so that
// the smaller round still validates (no reference to a finding it no longer has).
var findings = round.Findings.Where(f => round.TopLevelAreaOf(f)?.Id == unitId || f.ResponsibleUnitId == unitId).ToList();
var kept = findings.Select(f => f.Id).ToHashSet();
var county = round with
{
    Findings = [.. findings],
    Measures = [.. round.Measures.Where(m => m.FindingIds.Any(kept.Contains)).Select(m => m with { FindingIds = [.. m.FindingIds.Where(kept.Contains)] })],
    Notices = [.. round.Notices.Where(n => n.FindingIds.Any(kept.Contains)).Select(n => n with { FindingIds = [.. n.FindingIds.Where(kept.Contains)] })],
    CaseFilings = [.. round.CaseFilings.Where(c => c.FindingIds.Any(kept.Contains)).Select(c => c with { FindingIds = [.. c.FindingIds.Where(kept.Contains)] })],
};

var problems = RoundValidator.Validate(county);
if (problems.HasErrors)
{
    Console.Error.WriteLine(problems);
    return 1;
}

RectificationLedger.WriteFile(county, output, new LedgerOptions { AsOf = asOf });
var statistics = RoundAnalytics.Compute(county, asOf);
Console.WriteLine($"{unit.Name}：{statistics.Findings}个问题，已整改{statistics.Rectified}个，逾期{statistics.Overdue}个 → {output}");
return 0;
