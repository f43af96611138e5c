using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;
using Supervision.Reporting.Domain;
using Supervision.Reporting.Rendering.Pdf.Bulletins.Content;
using Supervision.Reporting.Tests.Rendering.Pdf;
using Supervision.Reporting.Tests.Rendering.Word;
using Supervision.Reporting.Tests.Support;

namespace Supervision.Reporting.Tests.Rendering.Bulletins;

// Issue 13 item 5, read back from the PDFs with PdfPig: a table leaves at least three body rows (or its whole self)
// at a page's foot, every page it continues on starts with 续表N and its header row, and no page is left more than
// half empty before a table that starts on the next page.
public sealed partial class TablePaginationTests
{
    // A text area of 225 mm: half of it in points.
    private const double HalfTextArea = 225 * PdfTestKit.Mm / 2;

    public static TheoryData<string> Demos => ["statistics-ZhHans", "statistics-ZhHant", "statistics-English", "daily-ZhHans", "daily-ZhHant", "daily-English"];

    [Theory]
    [MemberData(nameof(Demos))]
    public void Write_Demo_TablesKeepThreeRowsAtTheFootAndContinueUnder续表AndTheirHeader(string demo)
    {
        var parts = demo.Split('-');
        var spec = (parts[0] == "daily" ? WordCases.Daily : WordCases.Statistics) with { Language = Enum.Parse<Language>(parts[1]) };
        var pdf = new PdfReadBack(WordCases.Pdf(WordCases.Content(spec)));

        var tables = Check(pdf, demo);

        tables.Should().BeGreaterThan(0, "the demo has tables");
    }

    [Fact]
    public void Write_DailyReport17November_StaysOnTwoPagesWith续表()
    {
        var pdf = new PdfReadBack(WordCases.Pdf(WordCases.Content(WordCases.Daily)));

        pdf.Pages.Should().HaveCount(2);
        pdf.Pages[1][0].Text.Should().Be("续表1");
    }

    [Fact]
    public void Write_GeneratedTablesAfterTextOfEveryLength_FollowTheRules()
    {
        var continued = 0;
        for (var lines = 1; lines <= 21; lines += 2)
        {
            foreach (var rows in new[] { 1, 2, 3, 4, 6, 9, 30 })
            {
                var pdf = new PdfReadBack(WordCases.Pdf(Generated(lines, rows)));
                var name = string.Create(CultureInfo.InvariantCulture, $"{lines} lines then {rows} rows");
                Check(pdf, name).Should().Be(2, name);
                continued += pdf.Pages.Count(p => p.Count > 0 && p[0].Text.StartsWith("续表", StringComparison.Ordinal));
            }
        }

        continued.Should().BeGreaterThan(10, "some generated tables run over a page");
    }

    // Body text of the given number of full lines, then two tables of the given number of rows.
    private static BulletinContent Generated(int lines, int rows)
    {
        BodyTable Table(int n) => new(
            string.Create(CultureInfo.InvariantCulture, $"表{n}　生成的表格"),
            [new BodyTableColumn("序号", BodyColumnKind.Index), new BodyTableColumn("单位", BodyColumnKind.Label), new BodyTableColumn("问题数", BodyColumnKind.Number)],
            [.. Enumerable.Range(1, rows).Select(r => (EquatableArray<string>)[r.ToString(CultureInfo.InvariantCulture), PdfTestKit.Hanzi(6, r), (r * 3).ToString(CultureInfo.InvariantCulture)])],
            LastRowIsTotal: false);

        return new BulletinContent
        {
            AuthorityMark = ["测试机关"],
            NumberLine = "测试〔2022〕1号",
            Title = "关于表格分页测试的通报",
            Body = [new BodyParagraph(PdfTestKit.Hanzi((28 * lines) - 2, lines)), Table(1), new BodyParagraph(PdfTestKit.Hanzi(28 * 3, 7)), Table(2)],
            Signatory = ["测试机关"],
            Date = new LocalDate(2022, 11, 30),
            ShowImprint = false,
            PrintedBy = "测试机关办公室",
            PrintedOn = new LocalDate(2022, 11, 30),
            Subject = "表格测试",
            Keywords = "测试",
            Author = "测试机关",
        };
    }

    /// <summary>Checks every table of the document; returns how many tables it found.</summary>
    private static int Check(PdfReadBack pdf, string name)
    {
        var headers = new Dictionary<int, string>();
        var rowsOnPage = new Dictionary<(int Page, int Table), int>();
        var tables = 0;
        for (var p = 0; p < pdf.Pages.Count; p++)
        {
            var page = pdf.Rows[p].Select(words => new Line(words[0], string.Concat(words), words.Count)).Where(l => !IsPageNumber(l.Text)).ToList();
            int? current = null;
            for (var i = 0; i < page.Count; i++)
            {
                var text = page[i].Text;
                var where = string.Create(CultureInfo.InvariantCulture, $"{name}, page {p + 1}, line {i + 1} \"{text}\"");
                if (Continued().Match(text) is { Success: true } c)
                {
                    var n = int.Parse(c.Groups["n"].Value, CultureInfo.InvariantCulture);
                    i.Should().Be(0, $"a continuation caption heads its page ({where})");
                    headers.Should().ContainKey(n, where);
                    page.Should().HaveCountGreaterThan(1, where);
                    page[1].Text.Should().Be(headers[n], $"the header row follows 续表{n} ({where})");
                    rowsOnPage.GetValueOrDefault((p - 1, n)).Should().BeGreaterThanOrEqualTo(3, $"table {n} left at least three rows at the foot of page {p} ({name})");
                    current = n;
                    i++;
                    continue;
                }

                if ((Caption().Match(page[i].First) is { Success: true } cm ? cm : Caption().Match(text)) is { Success: true } m)
                {
                    var n = int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture);
                    page.Should().HaveCountGreaterThan(i + 2, $"a caption is never left at a page foot without its header and rows ({where})");
                    headers[n] = page[i + 1].Text;
                    tables++;
                    if (i == 0 && p > 0)
                    {
                        var previous = pdf.Pages[p - 1].Where(l => !IsPageNumber(l.Text)).ToList();
                        var used = previous.Count == 0 ? 0 : previous[0].Baseline - previous[^1].Baseline;
                        var forced = previous.Count == 0 || IsSignatureDate(previous[^1].Text);
                        if (!forced)
                        {
                            used.Should().BeGreaterThan(HalfTextArea - 40, $"page {p} is not left more than half empty when table {n} could start on it ({name})");
                        }
                    }

                    current = n;
                    i++;
                    continue;
                }

                // A row starts with its 序号 (or 合计) cell; a line of a wrapped cell or of a later paragraph does not.
                if (current is { } t && page[i].Words >= 3 && IsBodyRow(page[i].First))
                {
                    rowsOnPage[(p, t)] = rowsOnPage.GetValueOrDefault((p, t)) + 1;
                }
            }

            if (p + 1 < pdf.Pages.Count && current is { } open)
            {
                // A row of the table's cells (a chart's tick label is one word on its line).
                var next = pdf.Rows[p + 1].Where(words => !IsPageNumber(string.Concat(words))).ToList();
                if (next.Count > 0 && next[0].Count >= 3 && IsBodyRow(next[0][0]))
                {
                    Assert.Fail($"table {open} continues on page {p + 2} without 续表{open} and its header ({name})");
                }
            }
        }

        return tables;
    }

    private sealed record Line(string First, string Text, int Words);

    private static bool IsBodyRow(string first) => int.TryParse(first, NumberStyles.None, CultureInfo.InvariantCulture, out _) || first is "合计" or "合計" or "Total";

    // The 附件 starts on a new page after the signature's date: that break is forced.
    private static bool IsSignatureDate(string text) => DateLine().IsMatch(text);

    private static bool IsPageNumber(string text) => text.Length > 2 && text[0] == '—' && text[^1] == '—';

    [GeneratedRegex(@"^(续表|續表)(?<n>\d+)$|^Table(?<n>\d+)\(continued\)$")]
    private static partial Regex Continued();

    [GeneratedRegex(@"^表(?<n>\d+)$|^Table(?<n>\d+):")]
    private static partial Regex Caption();

    [GeneratedRegex(@"(\d{4}年\d{1,2}月\d{1,2}日|\d{4})$")]
    private static partial Regex DateLine();
}
