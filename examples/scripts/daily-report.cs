#:package Supervision.Reporting@1.0.0
// Yesterday's daily report (日报), as a .NET 10 file-based app:
//   dotnet run daily-report.cs -- guilin-2022-11.json [report date yyyy-MM-dd] [output.pdf]
// "Yesterday" is the day before the round's default as-of date (its last day once it is over, else today in the
// round's time zone), so a finished round gives the same report every day. Output defaults to daily-<date>.pdf.
using Supervision.Reporting;

if (args.Length < 1)
{
    Console.Error.WriteLine("usage: dotnet run daily-report.cs -- <round.json> [report date yyyy-MM-dd] [output.pdf]");
    return 2;
}

var read = RoundJson.ReadFile(args[0]);
if (!read.IsValid)
{
    Console.Error.WriteLine(read.Report);
    return 1;
}

var round = read.Value;
var date = args.Length > 1
    ? NodaTime.Text.LocalDatePattern.Iso.Parse(args[1]).GetValueOrThrow()
    : round.DefaultAsOf(NodaTime.SystemClock.Instance).PlusDays(-1);
var output = args.Length > 2 ? args[2] : $"daily-{NodaTime.Text.LocalDatePattern.Iso.Format(date)}.pdf";

var result = Bulletin.WriteFile(round, output, new BulletinSpec { Kind = BulletinKind.Daily, ReportDate = date });
foreach (var warning in result.Warnings)
{
    Console.Error.WriteLine($"warning: {warning}");
}

Console.WriteLine(output);
return 0;
