using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using NodaTime;
using Supervision.Reporting.Domain;

namespace Supervision.Reporting.Serialization;

// Writes the exact shape of DESIGN §4: camelCase, kebab-case codes, YYYY-MM-DD dates, optional
// values omitted when absent or default, Chinese text unescaped so the file stays readable.
internal static class JsonRoundWriter
{
    // Utf8JsonWriter keeps everything it wrote in its own buffer until Flush: written whole at the end, a 126 MB
    // round was held twice over (the buffer doubling to 256 MB) before a byte reached the file. Flushed after any
    // list item that leaves more than this pending, the buffer stays at about this size whatever the round.
    internal const int FlushThreshold = 64 * 1024;

    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(SupervisionRound round, Stream output)
    {
        using var w = new Utf8JsonWriter(output, Options);
        w.WriteStartObject();
        w.WriteNumber("formatVersion", SupervisionRound.CurrentFormatVersion);
        w.WriteString("id", round.Id);
        w.WriteString("title", round.Title);
        w.WriteString("authority", round.Authority);
        w.WriteString("timeZone", round.TimeZone);
        w.WriteStartObject("period");
        Date(w, "start", round.Period.Start);
        Date(w, "end", round.Period.End);
        w.WriteEndObject();
        Optional(w, "notes", round.Notes);
        List(w, "focusAreas", round.FocusAreas, static (w, a) =>
        {
            w.WriteString("code", a.Code);
            w.WriteString("title", a.Title);
        });
        List(w, "categories", round.Categories, static (w, c) =>
        {
            w.WriteString("code", c.Code);
            w.WriteString("title", c.Title);
        });
        List(w, "units", round.Units, static (w, u) =>
        {
            w.WriteString("id", u.Id);
            w.WriteString("name", u.Name);
            w.WriteString("kind", Vocabulary.Code(u.Kind));
            Optional(w, "parent", u.ParentId);
            Optional(w, "divisionCode", u.DivisionCode);
        });
        List(w, "people", round.People, static (w, p) =>
        {
            w.WriteString("id", p.Id);
            w.WriteString("name", p.Name);
            Optional(w, "surname", p.Surname);
            Optional(w, "position", p.Position);
            Optional(w, "unit", p.UnitId);
            if (p.PartyMember is { } partyMember)
            {
                w.WriteBoolean("partyMember", partyMember);
            }

            if (p.Disclosure != Disclosure.Masked)
            {
                w.WriteString("disclosure", Vocabulary.Code(p.Disclosure));
            }
        });
        List(w, "groups", round.Groups, static (w, g) =>
        {
            w.WriteString("id", g.Id);
            w.WriteString("name", g.Name);
            w.WriteString("composition", Vocabulary.Code(g.Composition));
            Optional(w, "leader", g.Leader);
            Strings(w, "members", g.Members);
            Strings(w, "areas", g.AreaIds);
        });
        List(w, "inspections", round.Inspections, static (w, i) =>
        {
            w.WriteString("id", i.Id);
            w.WriteString("group", i.GroupId);
            Date(w, "date", i.Date);
            Strings(w, "units", i.UnitIds, always: true);
            w.WriteString("method", Vocabulary.Code(i.Method));
            Optional(w, "notes", i.Notes);
        });
        List(w, "findings", round.Findings, static (w, f) => WriteFinding(w, f));
        List(w, "measures", round.Measures, static (w, m) =>
        {
            w.WriteString("id", m.Id);
            w.WriteString("person", m.PersonId);
            Strings(w, "findings", m.FindingIds, always: true);
            w.WriteString("form", Vocabulary.Code(m.Form));
            Date(w, "decidedOn", m.DecidedOn);
            Optional(w, "decidedBy", m.DecidedBy);
            if (m.Responsibility is { } responsibility)
            {
                w.WriteString("responsibility", Vocabulary.Code(responsibility));
            }

            Optional(w, "notes", m.Notes);
        });
        List(w, "notices", round.Notices, static (w, n) =>
        {
            w.WriteString("id", n.Id);
            w.WriteString("title", n.Title);
            Date(w, "publishedOn", n.PublishedOn);
            Strings(w, "findings", n.FindingIds, always: true);
        });
        List(w, "caseFilings", round.CaseFilings, static (w, c) =>
        {
            w.WriteString("id", c.Id);
            w.WriteString("person", c.PersonId);
            Strings(w, "findings", c.FindingIds, always: true);
            Date(w, "filedOn", c.FiledOn);
            Optional(w, "filedBy", c.FiledBy);
            Optional(w, "notes", c.Notes);
        });
        List(w, "events", round.Events, static (w, e) =>
        {
            Date(w, "date", e.Date);
            w.WriteString("kind", Vocabulary.Code(e.Kind));
            w.WriteString("title", e.Title);
        });
        w.WriteEndObject();
        w.Flush();
    }

    private static void WriteFinding(Utf8JsonWriter w, Finding f)
    {
        w.WriteString("id", f.Id);
        Optional(w, "inspection", f.InspectionId);
        w.WriteString("source", Vocabulary.Code(f.Source));
        Date(w, "foundOn", f.FoundOn);
        Optional(w, "unit", f.UnitId);
        Optional(w, "responsibleUnit", f.ResponsibleUnitId);
        Strings(w, "responsiblePeople", f.ResponsiblePersonIds);
        Optional(w, "supervisingLeader", f.SupervisingLeaderId);
        Optional(w, "leadOffice", f.LeadOfficeId);
        w.WriteString("category", f.CategoryCode);
        Optional(w, "focusArea", f.FocusAreaCode);
        w.WriteString("severity", Vocabulary.Code(f.Severity));
        if (f.Kind != FindingKind.Violation)
        {
            w.WriteString("kind", Vocabulary.Code(f.Kind));
        }

        w.WriteString("summary", f.Summary);
        Optional(w, "description", f.Description);
        if (f.Rectification is not { } r)
        {
            return;
        }

        w.WriteStartObject("rectification");
        Date(w, "assignedOn", r.AssignedOn);
        Optional(w, "deadline", r.Deadline);
        if (r.WorkingDays is { } days)
        {
            w.WriteNumber("workingDays", days);
        }

        w.WriteString("mode", Vocabulary.Code(r.Mode));
        Optional(w, "measures", r.Measures);
        Optional(w, "owner", r.OwnerId);
        w.WriteString("status", Vocabulary.Code(r.Status));
        List(w, "progress", r.Progress, static (w, p) =>
        {
            Date(w, "date", p.Date);
            w.WriteString("status", Vocabulary.Code(p.Status));
            Optional(w, "note", p.Note);
        });
        Optional(w, "completedOn", r.CompletedOn);
        Optional(w, "closedOn", r.ClosedOn);
        List(w, "extensions", r.Extensions, static (w, e) =>
        {
            Date(w, "grantedOn", e.GrantedOn);
            Date(w, "newDeadline", e.NewDeadline);
            Optional(w, "reason", e.Reason);
        });
        List(w, "evidence", r.Evidence, static (w, e) =>
        {
            w.WriteString("title", e.Title);
            Optional(w, "file", e.File);
            Optional(w, "date", e.Date);
        });
        if (r.Verification is { } v)
        {
            w.WriteStartObject("verification");
            w.WriteString("by", v.By);
            Date(w, "on", v.On);
            Optional(w, "note", v.Note);
            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    private static void List<T>(Utf8JsonWriter w, string name, EquatableArray<T> items, Action<Utf8JsonWriter, T> writeMembers)
    {
        if (items.IsEmpty)
        {
            return;
        }

        w.WriteStartArray(name);
        foreach (var item in items)
        {
            w.WriteStartObject();
            writeMembers(w, item);
            w.WriteEndObject();
            if (w.BytesPending > FlushThreshold)
            {
                w.Flush();
            }
        }

        w.WriteEndArray();
    }

    private static void Strings(Utf8JsonWriter w, string name, EquatableArray<string> items, bool always = false)
    {
        if (items.IsEmpty && !always)
        {
            return;
        }

        w.WriteStartArray(name);
        foreach (var item in items)
        {
            w.WriteStringValue(item);
        }

        w.WriteEndArray();
    }

    private static void Optional(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }

    private static void Optional(Utf8JsonWriter w, string name, LocalDate? value)
    {
        if (value is { } date)
        {
            Date(w, name, date);
        }
    }

    // YYYY-MM-DD without a string per date (a round has several per finding); years outside 1–9999, which
    // the pattern writes with a sign or more digits, go through it.
    private static void Date(Utf8JsonWriter w, string name, LocalDate date)
    {
        if (date.Year is < 1 or > 9999)
        {
            w.WriteString(name, date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));
            return;
        }

        Span<byte> text = stackalloc byte[10];
        Digits(text[..4], date.Year);
        text[4] = (byte)'-';
        Digits(text.Slice(5, 2), date.Month);
        text[7] = (byte)'-';
        Digits(text.Slice(8, 2), date.Day);
        w.WriteString(name, text);

        static void Digits(Span<byte> into, int value)
        {
            for (var i = into.Length - 1; i >= 0; i--)
            {
                into[i] = (byte)('0' + (value % 10));
                value /= 10;
            }
        }
    }
}
