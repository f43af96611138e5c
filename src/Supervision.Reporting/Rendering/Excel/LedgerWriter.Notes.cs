using SpreadCheetah;
using SpreadCheetah.Worksheets;
using Supervision.Reporting.Domain;
using Supervision.Reporting.Privacy;

namespace Supervision.Reporting.Rendering.Excel;

// The notes sheet (说明): the source, the as-of date, the colour legend and what each column means.
internal sealed partial class LedgerWriter
{
    private async Task WriteNotesAsync(Spreadsheet spreadsheet, int findingRows, int measureRows, CancellationToken cancellationToken)
    {
        var sheet = LedgerText.NotesSheet(language);
        await spreadsheet.StartWorksheetAsync(sheet, new WorksheetOptions(), cancellationToken).ConfigureAwait(false);
        var widths = new ColumnWidths([(14, 24), (30, 80)]);
        await WriteTitleRowsAsync(spreadsheet, 2, Title() + LedgerText.Pick(language, "（说明）", "（說明）", " (notes)"), cancellationToken).ConfigureAwait(false);
        var row = 2;
        var key = styles.Header;
        var value = styles.Body(CellKind.Text, LightFill.None);

        async Task Pair(string name, string text, SpreadCheetah.Styling.StyleId? style = null)
        {
            row++;
            var clean = Text(text, sheet, 2, row);
            widths.Observe(0, name);
            var lines = widths.Observe(1, clean);
            await spreadsheet.AddRowAsync([new Cell(name, key), new Cell(clean, style ?? value)], Height(Math.Max(20, (lines * LineHeight) + 6)), cancellationToken).ConfigureAwait(false);
        }

        async Task Section(string title)
        {
            row += 2;
            await spreadsheet.AddRowAsync([new Cell(string.Empty)], cancellationToken).ConfigureAwait(false);
            await spreadsheet.AddRowAsync([new Cell(title, styles.Section)], Height(22), cancellationToken).ConfigureAwait(false);
        }

        var l = language;
        await Section(LedgerText.Pick(l, "一、基本情况", "一、基本情況", "1. About this ledger"));
        await Pair(LedgerText.Pick(l, "专项监督", "專項監督", "Round"), $"{round.Authority} {round.Title}");
        await Pair(LedgerText.RoundIdLabel(l), round.Id);
        if (scope is not null)
        {
            await Pair(LedgerText.ScopeLabel(l), LedgerText.ScopeKind(scope.By, l) + LedgerText.Pick(l, "：", "：", ": ") + scope.Name);
            await Pair(LedgerText.ScopeReferenceLabel(l), scope.Reference);
        }

        await Pair(LedgerText.Pick(l, "监督期间", "監督期間", "Period"), $"{DateText(round.Period.Start)} — {DateText(round.Period.End)}");
        await Pair(LedgerText.Pick(l, "统计截至", "統計截至", "As of"), DateText(asOf));
        await Pair(
            LedgerText.Pick(l, "版本", "版本", "Edition"),
            options.Audience == Audience.Public
                ? LedgerText.Pick(l, "公开版：姓名按“姓+某”处理，不公开人员不列姓名", "公開版：姓名按「姓+某」處理，不公開人員不列姓名", "Public: names masked as surname + 某; withheld people are not named")
                : LedgerText.Pick(l, "内部版：含完整姓名，注意保密", "內部版：含完整姓名，注意保密", "Internal: full names — handle accordingly"));
        await Pair(
            LedgerText.Pick(l, "统计口径", "統計口徑", "Scope"),
            string.Format(
                System.Globalization.CultureInfo.InvariantCulture,
                LedgerText.Pick(l, "截至统计日期发现的问题{0}个（不含办实事事项），问责{1}人次；统计日期后的进展、完成、销号和问责不计入", "截至統計日期發現的問題{0}個（不含辦實事事項），問責{1}人次；統計日期後的進展、完成、銷號和問責不計入", "{0} problems found by the as-of date (service problems excluded), {1} accountability measures; later progress, completion, closure and measures are not counted"),
                findingRows,
                measureRows));

        await Section(LedgerText.Pick(l, "二、颜色说明", "二、顏色說明", "2. Colours"));
        var lights = statistics!.Lights;
        string Count(int n) => string.Format(System.Globalization.CultureInfo.InvariantCulture, LedgerText.Pick(l, "（{0}个）", "（{0}個）", " ({0})"), n);
        await Pair(LedgerText.Pick(l, "绿色", "綠色", "Green"), LedgerText.Pick(l, "已整改或已销号", "已整改或已銷號", "Rectified or closed") + Count(lights.Green), styles.Light[0]);
        await Pair(LedgerText.Pick(l, "黄色", "黃色", "Yellow"), string.Format(System.Globalization.CultureInfo.InvariantCulture, LedgerText.Pick(l, "未完成整改，距整改时限不足{0}个工作日", "未完成整改，距整改時限不足{0}個工作日", "Open, due within {0} working days"), analytics.DueSoonWorkingDays) + Count(lights.Yellow), styles.Light[1]);
        await Pair(LedgerText.Pick(l, "红色", "紅色", "Red"), LedgerText.Pick(l, "已超过整改时限仍未完成整改（逾期）", "已超過整改時限仍未完成整改（逾期）", "Overdue: not rectified and past the deadline") + Count(lights.Red), styles.Light[2]);
        await Pair(LedgerText.Pick(l, "蓝色", "藍色", "Blue"), LedgerText.Pick(l, "长期坚持类整改事项", "長期堅持類整改事項", "Ongoing rectification (长期坚持)") + Count(lights.Blue), styles.Light[3]);
        await Pair(LedgerText.Pick(l, "无色", "無色", "No colour"), LedgerText.Pick(l, "正在整改，未到提醒期限", "正在整改，未到提醒期限", "Open, not yet due soon") + Count(lights.None));
        await Pair(
            LedgerText.Pick(l, "动态提示", "動態提示", "Live"),
            LedgerText.Pick(l, "颜色按统计日期标注；打开文件时，整改时限已过且状态不是“已整改/已销号”的行（长期坚持类除外）自动显示为红色，状态改为“已整改/已销号”的行自动显示为绿色", "顏色按統計日期標註；打開文件時，整改時限已過且狀態不是「已整改/已銷號」的行（長期堅持類除外）自動顯示為紅色，狀態改為「已整改/已銷號」的行自動顯示為綠色", "Colours are as of the as-of date; when the file is opened, rows past their deadline that are not rectified or closed (ongoing ones excepted) turn red, and rows set to rectified or closed turn green"));

        await Section(LedgerText.Pick(l, "三、栏目说明", "三、欄目說明", "3. Columns"));
        foreach (var column in ColumnsFor(options.OptionalColumns))
        {
            await Pair(LedgerText.Header(column, l), LedgerText.Meaning(column, l));
        }

        finishes.Add(new SheetFinish
        {
            Name = sheet,
            ColumnWidths = [widths.Width(0), widths.Width(1)],
            Paper = LedgerPaper.A4,
            Landscape = false,
            Footer = Footer(),
        });
    }
}
