#r "nuget: Supervision.Reporting, 1.0.0"
// The weekly statistical bulletin (情况通报) with week-on-week figures, as a dotnet-script file (the same report as
// weekly-report.cs):
//   dotnet script weekly-report.csx -- guilin-2022-11.json [as-of yyyy-MM-dd] [output folder]
// The as-of date defaults to the round's default (its last day, or today in its zone while it runs); the output
// folder to the current one. Prints this week's figures against last week's, writes the bulletin and the ledger.
using Supervision.Reporting;

if (Args.Count < 1)
{
    Console.Error.WriteLine("usage: dotnet script weekly-report.csx -- <round.json> [as-of yyyy-MM-dd] [output folder]");
    return 2;
}

var read = RoundJson.ReadFile(Args[0]);
if (!read.IsValid)
{
    Console.Error.WriteLine(read.Report);
    return 1;
}

var round = read.Value;
var asOf = Args.Count > 1
    ? NodaTime.Text.LocalDatePattern.Iso.Parse(Args[1]).GetValueOrThrow()
    : round.DefaultAsOf(NodaTime.SystemClock.Instance);
var folder = Args.Count > 2 ? Args[2] : ".";
Directory.CreateDirectory(folder);

var thisWeek = RoundAnalytics.Compute(round, asOf);
var lastWeek = RoundAnalytics.Compute(round, asOf.PlusDays(-7));
var change = RoundAnalytics.Compare(lastWeek, thisWeek);

Console.WriteLine($"截至{Supervision.Reporting.Formatting.ChineseFormat.Date(asOf)}：发现问题{thisWeek.Findings}个（本周新增{change.FindingsDelta}个），" +
    $"已整改{thisWeek.Rectified}个（本周{change.RectifiedDelta:+0;-0;0}个），" +
    $"整改率{Supervision.Reporting.Formatting.ChineseFormat.Percent(thisWeek.RectificationRate)}，逾期{thisWeek.Overdue}个（较上周{change.OverdueDelta:+0;-0;0}个）。");

var bulletin = Path.Combine(folder, "weekly-statistics.pdf");
var ledger = Path.Combine(folder, "weekly-ledger.xlsx");
Bulletin.WriteFile(round, bulletin, new BulletinSpec { Kind = BulletinKind.Statistics, AsOf = asOf });
RectificationLedger.WriteFile(round, ledger, new LedgerOptions { AsOf = asOf });
Console.WriteLine(bulletin);
Console.WriteLine(ledger);
return 0;
