using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using NodaTime;
using Supervision.Reporting.Domain;

namespace Supervision.Reporting.Rendering.Excel.Import;

// The change report's JSON, written by hand with Utf8JsonWriter: stable camelCase names, no reflection (AOT).
internal static class ChangeReportJson
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,

        // Chinese sheet names and notes stay readable; the file is data, never embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(ChangeReport report, Stream output)
    {
        using var json = new Utf8JsonWriter(output, WriterOptions);
        json.WriteStartObject();
        json.WriteString("sheet", report.Sheet);
        json.WriteString("ledgerAsOf", Date(report.LedgerAsOf));
        json.WriteString("reportedOn", Date(report.ReportedOn));
        json.WriteString("summary", report.Summary);
        json.WriteNumber("rows", report.Rows);
        json.WriteNumber("changedFindings", report.ChangedFindings);
        json.WriteBoolean("complete", report.IsComplete);
        if (report.Files.Count > 0)
        {
            json.WriteStartArray("files");
            foreach (var file in report.Files)
            {
                json.WriteStringValue(file);
            }

            json.WriteEndArray();
        }

        json.WriteStartArray("applied");
        foreach (var change in report.Applied)
        {
            json.WriteStartObject();
            json.WriteString("finding", change.FindingId);
            json.WriteString("field", FieldName(change.Field));
            json.WriteString("cell", change.Cell);
            if (change.File is { } file)
            {
                json.WriteString("file", file);
            }

            json.WriteString("old", change.Old);
            json.WriteString("new", change.New);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("unchanged");
        foreach (var id in report.Unchanged)
        {
            json.WriteStringValue(id);
        }

        json.WriteEndArray();
        Issues(json, "rejected", report.Rejected);
        Issues(json, "conflicts", report.Conflicts);
        Issues(json, "unknownIds", report.UnknownIds);
        json.WriteStartArray("missing");
        foreach (var id in report.Missing)
        {
            json.WriteStringValue(id);
        }

        json.WriteEndArray();
        Issues(json, "formulas", report.Formulas);
        Issues(json, "ignoredEdits", report.IgnoredEdits);
        json.WriteStartArray("notes");
        foreach (var note in report.Notes)
        {
            json.WriteStringValue(note);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    // The same camelCase names a user sees in the round's JSON (rectification.status, .completedOn, …).
    public static string FieldName(ImportField field) => field switch
    {
        ImportField.Status => "status",
        ImportField.Progress => "progress",
        ImportField.Measures => "measures",
        ImportField.CompletedOn => "completedOn",
        ImportField.ClosedOn => "closedOn",
        ImportField.Remarks => "remarks",
        ImportField.SupervisingLeader => "supervisingLeader",
        ImportField.LeadOffice => "leadOffice",
        ImportField.Evidence => "evidence",
        ImportField.Verification => "verification",
        _ => throw new ArgumentOutOfRangeException(nameof(field)),
    };

    private static void Issues(Utf8JsonWriter json, string name, EquatableArray<Diagnostic> issues)
    {
        json.WriteStartArray(name);
        foreach (var issue in issues)
        {
            json.WriteStartObject();
            json.WriteString("finding", issue.Location.ItemId);
            json.WriteString("cell", issue.Location.Sheet is null ? issue.Location.ToString() : $"{issue.Location.Sheet}!{issue.Location.Cell}");
            if (issue.Location.Source is { } source)
            {
                json.WriteString("file", source);
            }

            json.WriteString("code", issue.Code);
            json.WriteString("reason", issue.Message);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static string Date(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}
