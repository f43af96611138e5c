namespace Supervision.Reporting.Rendering.Pdf.Bulletins.Content;

// Numbers the headings (一、二、… / 1. 2. …), tables (表1 / Table 1) and charts (图1 / Figure 1) of a bulletin in
// document order, so that sections left out for lack of data leave no gaps.
// Tables in the body are cited as 表N, in the 附件 as 附件表N.
internal sealed class Numbering(StatisticsPhrases phrases, bool tablesInBody = false)
{
    private int _heading;
    private int _table;
    private int _chart;

    // The number the next table will get, for prose that refers to it before it appears.
    public int NextTable => _table + 1;

    // A summary sentence followed by "具体情况见附件表N。" for the table the next Table call numbers.
    public string CiteNextTable(string sentence) =>
        sentence.TrimEnd('。', '.') + (phrases.Language == Language.English ? ". " : "。") + phrases.SeeTable(NextTable, annex: !tablesInBody);

    public BodyHeading Heading(string text) => new(1, phrases.Heading(++_heading, text));

    public string Table(string text) => phrases.TableCaption(++_table, text);

    public string Chart(string text) => phrases.ChartCaption(++_chart, text);
}
