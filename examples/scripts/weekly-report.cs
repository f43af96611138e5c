#:project ../../src/Supervision.Reporting/Supervision.Reporting.csproj
// A report script as office staff write them (.NET 10 file-based app):
//   dotnet run examples/scripts/weekly-report.cs -- examples/data/guilin-2022-11.json 2022-11-30
// prints this week's figures against last week's and writes the statistical bulletin and the ledger.
using NodaTime;
using NodaTime.Text;
using Supervision.Reporting.Analytics;
using Supervision.Reporting.Rendering.Excel;
using Supervision.Reporting.Rendering.Pdf.Bulletins;
using Supervision.Reporting.Serialization;
using Supervision.Reporting.Formatting;

var path = args.Length > 0 ? args[0] : "examples/data/guilin-2022-11.json";
var asOf = args.Length > 1 ? LocalDatePattern.Iso.Parse(args[1]).Value : new LocalDate(2022, 11, 30);

var read = RoundJson.ReadFile(path);
if (!read.IsValid)
{
    Console.Error.WriteLine(read.Report);
    return 1;
}

var round = read.Round!;
var thisWeek = RoundAnalytics.Compute(round, asOf);
var lastWeek = RoundAnalytics.Compute(round, asOf.PlusDays(-7));
var change = RoundAnalytics.Compare(lastWeek, thisWeek);

Console.WriteLine($"截至{ChineseFormat.Date(asOf)}：发现问题{thisWeek.Findings}个（本周新增{change.FindingsDelta}个），" +
    $"已整改{thisWeek.Rectified}个，整改率{ChineseFormat.Percent(thisWeek.RectificationRate)}，逾期{thisWeek.Overdue}个。");

Bulletin.WriteFile(round, "weekly-statistics.pdf", new BulletinSpec { Kind = BulletinKind.Statistics, AsOf = asOf });
RectificationLedger.WriteFile(round, "weekly-ledger.xlsx", new LedgerOptions { AsOf = asOf });
Console.WriteLine("weekly-statistics.pdf, weekly-ledger.xlsx");
return 0;
