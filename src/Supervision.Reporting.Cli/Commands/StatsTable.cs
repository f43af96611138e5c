using Spectre.Console;
using Spectre.Console.Rendering;
using Supervision.Reporting.Analytics;
using Supervision.Reporting.Domain;
using Supervision.Reporting.Formatting;

namespace Supervision.Reporting.Cli.Commands;

// The readable form of `stats`: headline figures, accountability, then one table per breakdown.
internal static class StatsTable
{
    public static void Render(TextWriter output, SupervisionRound round, RoundStatistics s, Language language)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Out = new AnsiConsoleOutput(output),
        });
        console.Profile.Width = 120;
        string T(string zhHans, string zhHant, string english) => language switch
        {
            Language.English => english,
            Language.ZhHant => zhHant,
            _ => zhHans,
        };
        string Count(int n, CountUnit unit) => ChineseFormat.Count(n, unit, language);
        string Pct(double fraction) => ChineseFormat.Percent(fraction);

        console.Write(new Text($"{round.Title} — {T("截至", "截至", "as of")} {ChineseFormat.Date(s.AsOf, language)}"));
        console.WriteLine();

        var headline = NewTable(T("指标", "指標", "Figure"), T("数值", "數值", "Value"));
        Row(headline, T("检查", "檢查", "Inspections"), Count(s.Inspections, CountUnit.Times));
        Row(headline, T("检查单位", "檢查單位", "Units visited"), Count(s.UnitsVisited, CountUnit.Items));
        Row(headline, T("发现问题", "發現問題", "Problems found"), Count(s.Findings, CountUnit.Cases));
        Row(headline, T("办实事", "辦實事", "Service problems solved"), Count(s.ServiceProblems, CountUnit.Pieces));
        Row(headline, T("已整改", "已整改", "Rectified"), $"{Count(s.Rectified, CountUnit.Cases)} ({Pct(s.RectificationRate)})");
        Row(headline, T("已销号", "已銷號", "Closed"), $"{Count(s.Closed, CountUnit.Cases)} ({Pct(s.ClosureRate)})");
        Row(headline, T("未整改", "未整改", "Open"), Count(s.Open, CountUnit.Cases));
        Row(headline, T("逾期未整改", "逾期未整改", "Overdue"), Count(s.Overdue, CountUnit.Cases));
        Row(headline, T("按期整改率", "按期整改率", "On-time rate"), Pct(s.OnTimeRate));
        var time = s.TimeToRectify;
        Row(headline, T("整改用时（工作日）", "整改用時（工作日）", "Time to rectify (working days)"), time.Count == 0
            ? "—"
            : $"{T("中位数", "中位數", "median")} {Number(time.Median)} / {T("平均", "平均", "mean")} {Number(time.Mean)} / P90 {Number(time.P90)}");
        Row(headline, T("未整改问题账龄（工作日）", "未整改問題賬齡（工作日）", "Open problems by age (working days)"),
            $"0–5: {s.Aging.ZeroToFive}  6–10: {s.Aging.SixToTen}  11–20: {s.Aging.ElevenToTwenty}  21+: {s.Aging.TwentyOneOrMore}");
        Row(headline, T("亮灯（绿/黄/红/蓝）", "亮燈（綠/黃/紅/藍）", "Lights (green/yellow/red/blue)"),
            $"{s.Lights.Green} / {s.Lights.Yellow} / {s.Lights.Red} / {s.Lights.Blue}");
        Row(headline, T("问责", "問責", "Accountability"), $"{Count(s.Measures.PersonTimes, CountUnit.PersonTimes)}, {Count(s.Measures.People, CountUnit.People)}");
        Row(headline, T("立案审查调查", "立案審查調查", "Cases filed for review and investigation"), Count(s.CasesFiled, CountUnit.Pieces));
        Row(headline, T("通报曝光典型问题", "通報曝光典型問題", "Typical cases made public"), Count(s.TypicalCasesMadePublic, CountUnit.Cases));
        console.Write(headline);

        var four = NewTable(T("四种形态", "四種形態", "Four forms"), T("人次", "人次", "Person-times"), T("人数", "人數", "People"), T("占比", "佔比", "Share"));
        foreach (var entry in s.Measures.ByFourForms)
        {
            four.AddRow(new Text(Vocabulary.Label(entry.Form, language)), new Text(Int(entry.PersonTimes)), new Text(Int(entry.People)), new Text(Pct(entry.Share)));
        }

        foreach (var entry in s.Measures.ByForm)
        {
            four.AddRow(new Text("  " + Vocabulary.Label(entry.Form, language)), new Text(Int(entry.PersonTimes)), new Text(Int(entry.People)), new Text(Pct(entry.Share)));
        }

        console.Write(four);

        var groups = NewTable(
            BreakdownLabels.Of(BreakdownDimension.Group, language),
            T("检查次数", "檢查次數", "Inspections"),
            T("检查单位", "檢查單位", "Units visited"),
            T("问题数", "問題數", "Problems"),
            T("已整改", "已整改", "Rectified"),
            T("整改率", "整改率", "Rate"),
            T("逾期", "逾期", "Overdue"));
        foreach (var group in s.ByGroup)
        {
            groups.AddRow(
                new Text(BreakdownLabels.Of(round, BreakdownDimension.Group, group.GroupId, language)),
                new Text(Int(group.Inspections)),
                new Text(Int(group.UnitsVisited)),
                new Text(Int(group.Counts.Findings)),
                new Text(Int(group.Counts.Rectified)),
                new Text(Pct(group.Counts.RectificationRate)),
                new Text(Int(group.Counts.Overdue)));
        }

        if (s.ByGroup.Count > 0)
        {
            console.Write(groups);
        }

        foreach (var dimension in Enum.GetValues<BreakdownDimension>())
        {
            var rows = dimension == BreakdownDimension.Group ? default : s.BreakdownBy(dimension);
            if (rows.Count == 0)
            {
                continue;
            }

            var table = NewTable(
                BreakdownLabels.Of(dimension, language),
                T("问题数", "問題數", "Problems"),
                T("已整改", "已整改", "Rectified"),
                T("整改率", "整改率", "Rate"),
                T("已销号", "已銷號", "Closed"),
                T("逾期", "逾期", "Overdue"));
            foreach (var row in rows)
            {
                var c = row.Counts;
                table.AddRow(
                    new IRenderable[]
                    {
                        new Text(BreakdownLabels.Of(round, dimension, row.Key, language)),
                        new Text(Int(c.Findings)),
                        new Text(Int(c.Rectified)),
                        new Text(Pct(c.RectificationRate)),
                        new Text(Int(c.Closed)),
                        new Text(Int(c.Overdue)),
                    });
            }

            console.Write(table);
        }

        if (s.OverdueFindings.Count > 0)
        {
            var overdue = NewTable(
                T("逾期问题", "逾期問題", "Overdue problem"),
                T("整改时限", "整改時限", "Deadline"),
                T("逾期天数", "逾期天數", "Days overdue"),
                T("逾期工作日", "逾期工作日", "Working days overdue"));
            foreach (var item in s.OverdueFindings)
            {
                var summary = round.FindFinding(item.FindingId)?.Summary;
                overdue.AddRow(
                    new Text(summary is null ? item.FindingId : $"{item.FindingId} {summary}"),
                    new Text(ChineseFormat.MonthDay(item.EffectiveDeadline, language)),
                    new Text(Int(item.DaysOverdue)),
                    new Text(Int(item.WorkingDaysOverdue)));
            }

            console.Write(overdue);
        }
    }

    private static Table NewTable(params string[] headers)
    {
        var table = new Table().Border(TableBorder.Simple);
        for (var i = 0; i < headers.Length; i++)
        {
            var column = new TableColumn(new Text(headers[i]));
            if (i > 0)
            {
                column.RightAligned();
            }

            table.AddColumn(column);
        }

        return table;
    }

    // Text, not markup: names from the data may contain [brackets] that markup would interpret.
    private static void Row(Table table, string label, string value) => table.AddRow(new Text(label), new Text(value));

    private static string Int(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Number(double? value) =>
        value is { } v ? v.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) : "—";
}
