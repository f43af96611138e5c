using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using NodaTime;
using Supervision.Reporting.Analytics;
using Supervision.Reporting.Domain;
using Supervision.Reporting.Formatting;

namespace Supervision.Reporting.Serialization;

/// <summary>
/// Writes <see cref="RoundStatistics"/> as the JSON document of docs/analytics.md (the output of
/// <c>supervision-report stats --format json</c>).
/// </summary>
/// <remarks>
/// <para>
/// The members of §6 come first, exactly as named: <c>asOf, inspections, unitsVisited, findings,
/// serviceProblems, rectified, closed, overdue, rectificationRate, closureRate, onTimeRate,
/// medianWorkingDaysToRectify, measures {personTimes, people, byForm, byFourForms}, byCategory, byArea,
/// byGroup</c>. Further members follow them (<c>open</c>, <c>rectifiedOnTime</c>, <c>timeToRectify</c>,
/// <c>aging</c>, <c>lights</c>, <c>byFocusArea</c>, <c>byResponsibleUnit</c>, <c>bySeverity</c>, <c>bySource</c>,
/// <c>overdueFindings</c>, <c>daily</c>, <c>casesFiled</c>, <c>typicalCasesMadePublic</c>), and objects of §6 may carry further members after theirs.
/// </para>
/// <para>
/// Rates are fractions at full double precision (shortest round-trip form), not rounded: round only for
/// display. <c>medianWorkingDaysToRectify</c> is null when nothing is rectified. Keys of breakdown objects
/// follow the order of <see cref="RoundStatistics"/>, so the output is deterministic. Chinese is not escaped.
/// </para>
/// </remarks>
public static class StatisticsJson
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes the document as UTF-8 (without a byte order mark) to <paramref name="utf8Output"/>.</summary>
    /// <param name="statistics">The statistics.</param>
    /// <param name="utf8Output">The stream to write to; left open.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(RoundStatistics statistics, Stream utf8Output)
    {
        ArgumentNullException.ThrowIfNull(statistics);
        ArgumentNullException.ThrowIfNull(utf8Output);
        using var w = new Utf8JsonWriter(utf8Output, Options);
        WriteDocument(w, statistics);
    }

    /// <summary>The document as a string.</summary>
    /// <param name="statistics">The statistics.</param>
    /// <returns>The indented JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="statistics"/> is null.</exception>
    public static string Serialize(RoundStatistics statistics)
    {
        using var buffer = new MemoryStream();
        Write(statistics, buffer);
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static void WriteDocument(Utf8JsonWriter w, RoundStatistics s)
    {
        w.WriteStartObject();
        Date(w, "asOf", s.AsOf);
        w.WriteNumber("inspections", s.Inspections);
        w.WriteNumber("unitsVisited", s.UnitsVisited);
        w.WriteNumber("findings", s.Findings);
        w.WriteNumber("serviceProblems", s.ServiceProblems);
        w.WriteNumber("rectified", s.Rectified);
        w.WriteNumber("closed", s.Closed);
        w.WriteNumber("overdue", s.Overdue);
        w.WriteNumber("rectificationRate", s.RectificationRate);
        w.WriteNumber("closureRate", s.ClosureRate);
        w.WriteNumber("onTimeRate", s.OnTimeRate);
        Number(w, "medianWorkingDaysToRectify", s.TimeToRectify.Median);

        WriteMeasures(w, s.Measures);

        w.WriteStartObject("byCategory");
        foreach (var row in s.ByCategory)
        {
            w.WriteNumber(row.Key, row.Counts.Findings);
        }

        w.WriteEndObject();

        w.WriteStartObject("byArea");
        foreach (var row in s.ByArea)
        {
            w.WriteStartObject(row.Key);
            w.WriteNumber("findings", row.Counts.Findings);
            w.WriteNumber("rectified", row.Counts.Rectified);
            w.WriteNumber("overdue", row.Counts.Overdue);
            w.WriteNumber("closed", row.Counts.Closed);
            w.WriteEndObject();
        }

        w.WriteEndObject();

        w.WriteStartObject("byGroup");
        foreach (var group in s.ByGroup)
        {
            w.WriteStartObject(group.GroupId);
            w.WriteNumber("inspections", group.Inspections);
            w.WriteNumber("findings", group.Counts.Findings);
            w.WriteNumber("unitsVisited", group.UnitsVisited);
            w.WriteNumber("rectified", group.Counts.Rectified);
            w.WriteNumber("closed", group.Counts.Closed);
            w.WriteNumber("overdue", group.Counts.Overdue);
            w.WriteEndObject();
        }

        w.WriteEndObject();

        // Beyond §6: the further figures, after the contract's members.
        w.WriteNumber("open", s.Open);
        w.WriteNumber("rectifiedOnTime", s.RectifiedOnTime);
        WriteTimeToRectify(w, s.TimeToRectify);
        w.WriteStartObject("aging");
        w.WriteNumber("0-5", s.Aging.ZeroToFive);
        w.WriteNumber("6-10", s.Aging.SixToTen);
        w.WriteNumber("11-20", s.Aging.ElevenToTwenty);
        w.WriteNumber("21+", s.Aging.TwentyOneOrMore);
        w.WriteEndObject();
        w.WriteStartObject("lights");
        w.WriteNumber("green", s.Lights.Green);
        w.WriteNumber("yellow", s.Lights.Yellow);
        w.WriteNumber("red", s.Lights.Red);
        w.WriteNumber("blue", s.Lights.Blue);
        w.WriteNumber("none", s.Lights.None);
        w.WriteEndObject();
        Breakdowns(w, "byFocusArea", s.ByFocusArea);
        Breakdowns(w, "byResponsibleUnit", s.ByResponsibleUnit);
        Breakdowns(w, "bySeverity", s.BySeverity);
        Breakdowns(w, "bySource", s.BySource);

        w.WriteStartArray("overdueFindings");
        foreach (var item in s.OverdueFindings)
        {
            w.WriteStartObject();
            w.WriteString("id", item.FindingId);
            Date(w, "effectiveDeadline", item.EffectiveDeadline);
            w.WriteNumber("daysOverdue", item.DaysOverdue);
            w.WriteNumber("workingDaysOverdue", item.WorkingDaysOverdue);
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray("daily");
        foreach (var day in s.Daily)
        {
            w.WriteStartObject();
            Date(w, "date", day.Date);
            w.WriteNumber("found", day.Found);
            w.WriteNumber("rectified", day.Rectified);
            w.WriteNumber("closed", day.Closed);
            w.WriteNumber("open", day.Open);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteNumber("casesFiled", s.CasesFiled);
        w.WriteNumber("typicalCasesMadePublic", s.TypicalCasesMadePublic);
        w.WriteEndObject();
    }

    private static void WriteMeasures(Utf8JsonWriter w, MeasureStatistics m)
    {
        w.WriteStartObject("measures");
        w.WriteNumber("personTimes", m.PersonTimes);
        w.WriteNumber("people", m.People);
        w.WriteStartObject("byForm");
        foreach (var form in m.ByForm)
        {
            w.WriteNumber(Vocabulary.Code(form.Form), form.PersonTimes);
        }

        w.WriteEndObject();
        w.WriteStartObject("byFourForms");
        foreach (var four in m.ByFourForms)
        {
            w.WriteNumber(Vocabulary.Code(four.Form), four.PersonTimes);
        }

        w.WriteEndObject();
        w.WriteStartObject("peopleByFourForms");
        foreach (var four in m.ByFourForms)
        {
            w.WriteNumber(Vocabulary.Code(four.Form), four.People);
        }

        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteTimeToRectify(Utf8JsonWriter w, TimeToRectify t)
    {
        w.WriteStartObject("timeToRectify");
        w.WriteNumber("count", t.Count);
        Number(w, "median", t.Median);
        Number(w, "mean", t.Mean);
        Number(w, "p90", t.P90);
        Number(w, "min", t.Min);
        Number(w, "max", t.Max);
        w.WriteEndObject();
    }

    private static void Breakdowns(Utf8JsonWriter w, string name, EquatableArray<Breakdown> rows)
    {
        w.WriteStartObject(name);
        foreach (var row in rows)
        {
            w.WriteStartObject(row.Key);
            w.WriteNumber("findings", row.Counts.Findings);
            w.WriteNumber("rectified", row.Counts.Rectified);
            w.WriteNumber("closed", row.Counts.Closed);
            w.WriteNumber("overdue", row.Counts.Overdue);
            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    private static void Number(Utf8JsonWriter w, string name, double? value)
    {
        if (value is { } number)
        {
            w.WriteNumber(name, number);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static void Date(Utf8JsonWriter w, string name, LocalDate date) =>
        w.WriteString(name, date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));
}
