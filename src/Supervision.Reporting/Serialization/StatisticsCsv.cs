using System.Globalization;
using System.Text;
using Supervision.Reporting.Analytics;
using Supervision.Reporting.Domain;
using Supervision.Reporting.Formatting;

namespace Supervision.Reporting.Serialization;

/// <summary>
/// Writes the breakdowns of <see cref="RoundStatistics"/> as one CSV table (the output of
/// <c>supervision-report stats --format csv</c>).
/// </summary>
/// <remarks>
/// <para>
/// RFC 4180: comma separated, CRLF line ends, fields quoted when they contain a comma, quote or line break,
/// quotes doubled. UTF-8 with a byte order mark, because Excel opens a BOM-less UTF-8 CSV in the system
/// code page and garbles the Chinese.
/// </para>
/// <para>
/// Columns: dimension code, dimension label, key, label, findings, rectified, closed, overdue,
/// rectificationRate, closureRate, inspections, unitsVisited (the last two for group rows only, empty
/// otherwise). The header row is in the chosen language; dimension codes and keys stay codes so scripts can
/// rely on them. Rates are fractions rounded to 4 decimals (format them as percentages in the sheet).
/// Rows follow <see cref="BreakdownDimension"/> order, then each breakdown's order. Every text field (codes,
/// keys and labels alike; they come from outside data) that begins with <c>=</c>, <c>+</c>, <c>-</c>,
/// <c>@</c>, a tab or a carriage return is prefixed with an apostrophe so that a spreadsheet does not run it
/// as a formula (the OWASP rule); a text that is a number (<c>-12</c>) and the count and rate columns are
/// written as they are.
/// </para>
/// </remarks>
public static class StatisticsCsv
{
    private static readonly UTF8Encoding Utf8WithBom = new(encoderShouldEmitUTF8Identifier: true);

    /// <summary>Writes the CSV table to <paramref name="output"/> (UTF-8 with a byte order mark).</summary>
    /// <param name="statistics">The statistics.</param>
    /// <param name="round">The round they were computed from (for labels).</param>
    /// <param name="language">The language of the header and the vocabulary labels.</param>
    /// <param name="output">The stream to write to; left open.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(RoundStatistics statistics, SupervisionRound round, Language language, Stream output)
    {
        ArgumentNullException.ThrowIfNull(statistics);
        ArgumentNullException.ThrowIfNull(round);
        ArgumentNullException.ThrowIfNull(output);
        using var writer = new StreamWriter(output, Utf8WithBom, 65536, leaveOpen: true) { NewLine = "\r\n" };
        WriteTable(writer, statistics, round, language);
    }

    /// <summary>The CSV table as a string (without the byte order mark).</summary>
    /// <param name="statistics">The statistics.</param>
    /// <param name="round">The round they were computed from (for labels).</param>
    /// <param name="language">The language of the header and the vocabulary labels.</param>
    /// <returns>The CSV text.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static string Serialize(RoundStatistics statistics, SupervisionRound round, Language language)
    {
        ArgumentNullException.ThrowIfNull(statistics);
        ArgumentNullException.ThrowIfNull(round);
        using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\r\n" };
        WriteTable(writer, statistics, round, language);
        return writer.ToString();
    }

    private static void WriteTable(TextWriter writer, RoundStatistics statistics, SupervisionRound round, Language language)
    {
        WriteRow(writer, Header(language));
        var groups = statistics.ByGroup.ToDictionary(static g => g.GroupId, StringComparer.Ordinal);
        foreach (var dimension in Enum.GetValues<BreakdownDimension>())
        {
            var dimensionCode = Code(dimension);
            var dimensionLabel = BreakdownLabels.Of(dimension, language);
            foreach (var row in statistics.BreakdownBy(dimension))
            {
                var group = dimension == BreakdownDimension.Group ? groups.GetValueOrDefault(row.Key) : null;
                WriteRow(writer,
                [
                    Defused(dimensionCode),
                    Defused(dimensionLabel),
                    Defused(row.Key),
                    Defused(BreakdownLabels.Of(round, dimension, row.Key, language)),
                    Int(row.Counts.Findings),
                    Int(row.Counts.Rectified),
                    Int(row.Counts.Closed),
                    Int(row.Counts.Overdue),
                    Rate(row.Counts.RectificationRate),
                    Rate(row.Counts.ClosureRate),
                    group is null ? string.Empty : Int(group.Inspections),
                    group is null ? string.Empty : Int(group.UnitsVisited),
                ]);
            }
        }
    }

    private static string[] Header(Language language) => language switch
    {
        Language.English => ["dimension", "dimensionLabel", "key", "label", "findings", "rectified", "closed", "overdue", "rectificationRate", "closureRate", "inspections", "unitsVisited"],
        Language.ZhHant => ["維度代碼", "維度", "代碼", "名稱", "問題數", "已整改", "已銷號", "逾期", "整改率", "銷號率", "檢查次數", "檢查單位數"],
        _ => ["维度代码", "维度", "代码", "名称", "问题数", "已整改", "已销号", "逾期", "整改率", "销号率", "检查次数", "检查单位数"],
    };

    private static string Code(BreakdownDimension dimension) => dimension switch
    {
        BreakdownDimension.Category => "category",
        BreakdownDimension.FocusArea => "focus-area",
        BreakdownDimension.ResponsibleUnit => "responsible-unit",
        BreakdownDimension.Area => "area",
        BreakdownDimension.Group => "group",
        BreakdownDimension.Severity => "severity",
        _ => "source",
    };

    private static void WriteRow(TextWriter writer, string[] fields)
    {
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0)
            {
                writer.Write(',');
            }

            writer.Write(Quoted(fields[i]));
        }

        writer.WriteLine();
    }

    internal static string Quoted(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;

    // OWASP "CSV injection": a cell that starts with one of these runs as a formula in Excel, LibreOffice
    // and Google Sheets. A leading apostrophe makes it text there; a number keeps its sign untouched.
    internal static string Defused(string text) =>
        text.Length > 0 && (text[0] is '=' or '@' or '\t' or '\r' || (text[0] is '+' or '-' && !IsNumber(text)))
            ? "'" + text
            : text;

    // Plain digits with an optional point after the sign; no spaces or exponents that could hide more.
    private static bool IsNumber(string text) =>
        text.Length > 1 && text.AsSpan(1).IndexOfAnyExcept("0123456789.") < 0 && char.IsAsciiDigit(text[1]);

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Rate(double value) => Math.Round(value, 4, MidpointRounding.AwayFromZero).ToString("0.####", CultureInfo.InvariantCulture);
}
