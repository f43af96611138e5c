using System.Text.Json;
using NodaTime;
using Supervision.Reporting.Domain;

namespace Supervision.Reporting.Serialization;

// Maps the JSON text onto the domain in one forward pass, collecting every structural problem (unknown or
// missing property, wrong type, bad date, unknown code) with its path, line and column instead of stopping at
// the first. Where a value cannot be read a placeholder ("" or default(LocalDate)) stands in, so that the
// semantic rules can still run on the rest; RoundRules skips placeholders. The positions of the items of the
// top-level lists and of the properties outside them are kept, so that the problems validation finds later
// can be placed by reading again only the items they concern (RoundJsonReading).
internal sealed class JsonRoundReader : JsonStreamReader
{
    private static readonly PropertyNames Names = new(
    [
        "formatVersion", "id", "title", "authority", "timeZone", "notes", "period", "focusAreas", "categories", "units", "people",
        "groups", "inspections", "findings", "measures", "notices", "events", "start", "end", "code", "name", "kind", "parent",
        "divisionCode", "surname", "position", "unit", "partyMember", "disclosure", "composition", "leader", "members", "areas",
        "group", "date", "method", "inspection", "source", "foundOn", "responsibleUnit", "responsiblePeople", "category",
        "focusArea", "severity", "summary", "description", "rectification", "assignedOn", "deadline", "workingDays", "mode",
        "measures", "owner", "status", "progress", "completedOn", "closedOn", "extensions", "note", "grantedOn", "newDeadline",
        "reason", "person", "form", "decidedOn", "decidedBy", "responsibility", "publishedOn", "supervisingLeader", "leadOffice",
        "evidence", "verification", "file", "by", "on", "caseFilings", "filedOn", "filedBy",
    ]);

    private readonly ItemReader<ProgressEntry> _readProgress;
    private readonly ItemReader<DeadlineExtension> _readExtension;

    public JsonRoundReader(JsonTokenStream stream)
        : base(Names)
    {
        Attach(stream);
        _readProgress = ReadProgress;
        _readExtension = ReadExtension;
    }

    // Positions of the properties outside arrays ($.id, $.period.start…) and of the items of each top-level list.
    public Dictionary<string, TextPosition> Outside { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, List<(long Offset, TextPosition At)>> Items { get; } = new(StringComparer.Ordinal);

    private List<(long Offset, TextPosition At)> Starts(string list)
    {
        var starts = new List<(long, TextPosition)>();
        Items[list] = starts;
        return starts;
    }

    public SupervisionRound? ReadRound(ref Utf8JsonReader r)
    {
        const string path = "$";
        if (!BeginObject(ref r, path, Stream.Position(r), out var o))
        {
            return null;
        }

        Outside[path] = o.At;

        int? formatVersion = null;
        string? id = null, title = null, authority = null, timeZone = null, notes = null;
        DateInterval? period = null;
        EquatableArray<FocusArea> focusAreas = [];
        EquatableArray<FindingCategory> categories = [];
        EquatableArray<Unit> units = [];
        EquatableArray<Person> people = [];
        EquatableArray<InspectionGroup> groups = [];
        EquatableArray<Inspection> inspections = [];
        EquatableArray<Finding> findings = [];
        EquatableArray<AccountabilityMeasure> measures = [];
        EquatableArray<PublicNotice> notices = [];
        EquatableArray<CaseFiling> caseFilings = [];
        EquatableArray<RoundEvent> events = [];
        while (NextProperty(ref r, ref o))
        {
            Outside[JsonPath.Property(path, o.Name)] = o.NameAt;
            switch (o.Name)
            {
                case "formatVersion": formatVersion = Int(ref r, o.Value); break;
                case "id": id = String(ref r, o.Value); break;
                case "title": title = String(ref r, o.Value); break;
                case "authority": authority = String(ref r, o.Value); break;
                case "timeZone": timeZone = String(ref r, o.Value); break;
                case "notes": notes = String(ref r, o.Value); break;
                case "period": period = ReadPeriod(ref r, JsonPath.Property(path, o.Name), o.NameAt); break;
                case "focusAreas": focusAreas = Array(ref r, o.Value, ReadFocusArea, Starts(o.Name)); break;
                case "categories": categories = Array(ref r, o.Value, ReadCategory, Starts(o.Name)); break;
                case "units": units = Array(ref r, o.Value, ReadUnit, Starts(o.Name)); break;
                case "people": people = Array(ref r, o.Value, ReadPerson, Starts(o.Name)); break;
                case "groups": groups = Array(ref r, o.Value, ReadGroup, Starts(o.Name)); break;
                case "inspections": inspections = Array(ref r, o.Value, ReadInspection, Starts(o.Name)); break;
                case "findings": findings = Array(ref r, o.Value, ReadFinding, Starts(o.Name)); break;
                case "measures": measures = Array(ref r, o.Value, ReadMeasure, Starts(o.Name)); break;
                case "notices": notices = Array(ref r, o.Value, ReadNotice, Starts(o.Name)); break;
                case "caseFilings": caseFilings = Array(ref r, o.Value, ReadCaseFiling, Starts(o.Name)); break;
                case "events": events = Array(ref r, o.Value, ReadEvent, Starts(o.Name)); break;
                default: Unknown(ref r, o); break;
            }
        }

        if (formatVersion is null && !Has(o, "formatVersion"))
        {
            Missing(o, "formatVersion");
        }
        else if (formatVersion is { } version && version != SupervisionRound.CurrentFormatVersion)
        {
            Error(JsonPath.Property(path, "formatVersion"), At(o, "formatVersion"), "format-version", $"formatVersion {version} is not supported; this library reads version {SupervisionRound.CurrentFormatVersion}");
        }

        return new SupervisionRound
        {
            Id = Required(id, o, "id"),
            Title = Required(title, o, "title"),
            Authority = Required(authority, o, "authority"),
            TimeZone = timeZone ?? SupervisionRound.DefaultTimeZone,
            Period = period ?? MissingPeriod(o),
            Notes = notes,
            FocusAreas = focusAreas,
            Categories = categories,
            Units = units,
            People = people,
            Groups = groups,
            Inspections = inspections,
            Findings = findings,
            Measures = measures,
            Notices = notices,
            CaseFilings = caseFilings,
            Events = events,
        };
    }

    private DateInterval MissingPeriod(in Scope o)
    {
        Missing(o, "period");
        return new DateInterval(default, default);
    }

    private DateInterval? ReadPeriod(ref Utf8JsonReader r, string path, TextPosition at)
    {
        if (!BeginObject(ref r, path, at, out var o))
        {
            return new DateInterval(default, default);
        }

        LocalDate? start = null, end = null;
        while (NextProperty(ref r, ref o))
        {
            Outside[JsonPath.Property(path, o.Name)] = o.NameAt;
            switch (o.Name)
            {
                case "start": start = Date(ref r, o.Value); break;
                case "end": end = Date(ref r, o.Value); break;
                default: Unknown(ref r, o); break;
            }
        }

        var s = Required(start, o, "start");
        var t = Required(end, o, "end");
        if (s != default && t != default && t < s)
        {
            Error(JsonPath.Property(path, "end"), At(o, "end"), "date-order", $"end {D(t)} is before start {D(s)}; a period ends on or after it starts");
            return new DateInterval(s, s);
        }

        return s == default || t == default ? new DateInterval(default, default) : new DateInterval(s, t);
    }

    private FocusArea? ReadFocusArea(ref Utf8JsonReader r, LazyJsonPath path, TextPosition at) =>
        ReadCodeAndTitle(ref r, path, at) is var (code, title) && code is not null ? new FocusArea { Code = code, Title = title! } : null;

    private FindingCategory? ReadCategory(ref Utf8JsonReader r, LazyJsonPath path, TextPosition at) =>
        ReadCodeAndTitle(ref r, path, at) is var (code, title) && code is not null ? new FindingCategory { Code = code, Title = title! } : null;

    // Focus areas and categories are both { code, title }.
    private (string? Code, string? Title) ReadCodeAndTitle(ref Utf8JsonReader r, LazyJsonPath path, TextPosition at)
    {
        if (!BeginObject(ref r, path, at, out var o))
        {
            return (null, null);
        }

        string? code = null, title = null;
        while (NextProperty(ref r, ref o))
        {
            switch (o.Name)
            {
                case "code": code = String(ref r, o.Value); break;
                case "title": title = String(ref r, o.Value); break;
                default: Unknown(ref r, o); break;
            }
        }

        return (Required(code, o, "code"), Required(title, o, "title"));
    }

    private Unit? ReadUnit(ref Utf8JsonReader r, LazyJsonPath path, TextPosition at)
    {
        if (!BeginObject(ref r, path, at, out var o))
        {
            return null;
        }

        string? id = null, name = null, parent = null, divisionCode = null;
        UnitKind? kind = null;
        while (NextProperty(ref r, ref o))
        {
            switch (o.Name)
            {
                case "id": id = String(ref r, o.Value); break;
                case "name": name = String(ref r, o.Value); break;
                case "kind": kind = Enum<UnitKind>(ref r, o.Value); break;
                case "parent": parent = String(ref r, o.Value); break;
                case "divisionCode": divisionCode = String(ref r, o.Value); break;
                default: Unknown(ref r, o); break;
            }
        }

        return new Unit
        {
            Id = Required(id, o, "id"),
            Name = Required(name, o, "name"),
            Kind = kind ?? UnitKind.Other,
            ParentId = parent,
            DivisionCode = divisionCode,
        };
    }

    private Person? ReadPerson(ref Utf8JsonReader r, LazyJsonPath path, TextPosition at)
    {
        if (!BeginObject(ref r, path, at, out var o))
        {
            return null;
        }

        string? id = null, name = null, surname = null, position = null, unit = null;
        bool? partyMember = null;
        Disclosure? disclosure = null;
        while (NextProperty(ref r, ref o))
        {
            switch (o.Name)
            {
                case "id": id = String(ref r, o.Value); break;
                case "name": name = String(ref r, o.Value); break;
                case "surname": surname = String(ref r, o.Value); break;
                case "position": position = String(ref r, o.Value); break;
                case "unit": unit = String(ref r, o.Value); break;
                case "partyMember": partyMember = Bool(ref r, o.Value); break;
                case "disclosure": disclosure = Enum<Disclosure>(ref r, o.Value); break;
                default: Unknown(ref r, o); break;
            }
        }

        return new Person
        {
            Id = Required(id, o, "id"),
            Name = Required(name, o, "name"),
            Surname = surname,
            Position = position,
            UnitId = unit,
            PartyMember = partyMember,
            Disclosure = disclosure ?? Disclosure.Masked,
        };
    }

    private InspectionGroup? ReadGroup(ref Utf8JsonReader r, LazyJsonPath path, TextPosition at)
    {
        if (!BeginObject(ref r, path, at, out var o))
        {
            return null;
        }

        string? id = null, name = null, leader = null;
        GroupComposition? composition = null;
        EquatableArray<string> members = [], areas = [];
        while (NextProperty(ref r, ref o))
        {
            switch (o.Name)
            {
                case "id": id = String(ref r, o.Value); break;
                case "name": name = String(ref r, o.Value); break;
                case "composition": composition = Enum<GroupComposition>(ref r, o.Value); break;
                case "leader": leader = String(ref r, o.Value); break;
                case "members": members = Strings(ref r, o.Value); break;
                case "areas": areas = Strings(ref r, o.Value); break;
                default: Unknown(ref r, o); break;
            }
        }

        return new InspectionGroup
        {
            Id = Required(id, o, "id"),
            Name = Required(name, o, "name"),
            Composition = composition ?? GroupComposition.Other,
            Leader = leader,
            Members = members,
            AreaIds = areas,
        };
    }

    private Inspection? ReadInspection(ref Utf8JsonReader r, LazyJsonPath path, TextPosition at)
    {
        if (!BeginObject(ref r, path, at, out var o))
        {
            return null;
        }

        string? id = null, group = null, notes = null;
        LocalDate? date = null;
        InspectionMethod? method = null;
        EquatableArray<string> units = [];
        while (NextProperty(ref r, ref o))
        {
            switch (o.Name)
            {
                case "id": id = String(ref r, o.Value); break;
                case "group": group = String(ref r, o.Value); break;
                case "date": date = Date(ref r, o.Value); break;
                case "units": units = Strings(ref r, o.Value); break;
                case "method": method = Enum<InspectionMethod>(ref r, o.Value); break;
                case "notes": notes = String(ref r, o.Value); break;
                default: Unknown(ref r, o); break;
            }
        }

        if (!Has(o, "units"))
        {
            Missing(o, "units");
        }

        return new Inspection
        {
            Id = Required(id, o, "id"),
            GroupId = Required(group, o, "group"),
            Date = Required(date, o, "date"),
            UnitIds = units,
            Method = Required(method, o, "method"),
            Notes = notes,
        };
    }

    private Finding? ReadFinding(ref Utf8JsonReader r, LazyJsonPath path, TextPosition at)
    {
        if (!BeginObject(ref r, path, at, out var o))
        {
            return null;
        }

        string? id = null, inspection = null, unit = null, responsibleUnit = null, category = null, focusArea = null, summary = null, description = null;
        string? supervisingLeader = null, leadOffice = null;
        FindingSource? source = null;
        LocalDate? foundOn = null;
        Severity? severity = null;
        FindingKind? kind = null;
        EquatableArray<string> responsiblePeople = [];
        Rectification? rectification = null;
        while (NextProperty(ref r, ref o))
        {
            switch (o.Name)
            {
                case "id": id = String(ref r, o.Value); break;
                case "inspection": inspection = String(ref r, o.Value); break;
                case "source": source = Enum<FindingSource>(ref r, o.Value); break;
                case "foundOn": foundOn = Date(ref r, o.Value); break;
                case "unit": unit = String(ref r, o.Value); break;
                case "responsibleUnit": responsibleUnit = String(ref r, o.Value); break;
                case "responsiblePeople": responsiblePeople = Strings(ref r, o.Value); break;
                case "supervisingLeader": supervisingLeader = String(ref r, o.Value); break;
                case "leadOffice": leadOffice = String(ref r, o.Value); break;
                case "category": category = String(ref r, o.Value); break;
                case "focusArea": focusArea = String(ref r, o.Value); break;
                case "severity": severity = Enum<Severity>(ref r, o.Value); break;
                case "kind": kind = Enum<FindingKind>(ref r, o.Value); break;
                case "summary": summary = String(ref r, o.Value); break;
                case "description": description = String(ref r, o.Value); break;
                case "rectification": rectification = r.TokenType == JsonTokenType.Null ? null : ReadRectification(ref r, path.Property(o.Name), o.NameAt); break;
                default: Unknown(ref r, o); break;
            }
        }

        return new Finding
        {
            Id = Required(id, o, "id"),
            InspectionId = inspection,
            Source = source ?? FindingSource.Inspection,
            FoundOn = Required(foundOn, o, "foundOn"),
            UnitId = unit,
            ResponsibleUnitId = responsibleUnit,
            ResponsiblePersonIds = responsiblePeople,
            SupervisingLeaderId = supervisingLeader,
            LeadOfficeId = leadOffice,
            CategoryCode = Required(category, o, "category"),
            FocusAreaCode = focusArea,
            Severity = severity ?? Severity.General,
            Kind = kind ?? FindingKind.Violation,
            Summary = Required(summary, o, "summary"),
            Description = description,
            Rectification = rectification,
        };
    }

    private Rectification? ReadRectification(ref Utf8JsonReader r, LazyJsonPath path, TextPosition at)
    {
        if (!BeginObject(ref r, path, at, out var o))
        {
            return null;
        }

        LocalDate? assignedOn = null, deadline = null, completedOn = null, closedOn = null;
        int? workingDays = null;
        RectificationMode? mode = null;
        RectificationStatus? status = null;
        string? measures = null, owner = null;
        EquatableArray<ProgressEntry> progress = [];
        EquatableArray<DeadlineExtension> extensions = [];
        EquatableArray<EvidenceItem> evidence = [];
        ClosureVerification? verification = null;
        while (NextProperty(ref r, ref o))
        {
            switch (o.Name)
            {
                case "assignedOn": assignedOn = Date(ref r, o.Value); break;
                case "deadline": deadline = Date(ref r, o.Value); break;
                case "workingDays": workingDays = Int(ref r, o.Value); break;
                case "mode": mode = Enum<RectificationMode>(ref r, o.Value); break;
                case "measures": measures = String(ref r, o.Value); break;
                case "owner": owner = String(ref r, o.Value); break;
                case "status": status = Enum<RectificationStatus>(ref r, o.Value); break;
                case "progress": progress = Array(ref r, o.Value, _readProgress); break;
                case "completedOn": completedOn = Date(ref r, o.Value); break;
                case "closedOn": closedOn = Date(ref r, o.Value); break;
                case "extensions": extensions = Array(ref r, o.Value, _readExtension); break;
                case "evidence": evidence = Array(ref r, o.Value, ReadEvidence); break;
                case "verification": verification = r.TokenType == JsonTokenType.Null ? null : ReadVerification(ref r, path.Property(o.Name), o.NameAt); break;
                default: Unknown(ref r, o); break;
            }
        }

        return new Rectification
        {
            AssignedOn = Required(assignedOn, o, "assignedOn"),
            Deadline = deadline,
            WorkingDays = workingDays,
            Mode = mode ?? RectificationMode.TimeLimited,
            Measures = measures,
            OwnerId = owner,
            Status = Required(status, o, "status"),
            Progress = progress,
            CompletedOn = completedOn,
            ClosedOn = closedOn,
            Extensions = extensions,
            Evidence = evidence,
            Verification = verification,
        };
    }

    private EvidenceItem? ReadEvidence(ref Utf8JsonReader r, LazyJsonPath path, TextPosition at)
    {
        if (!BeginObject(ref r, path, at, out var o))
        {
            return null;
        }

        string? title = null, file = null;
        LocalDate? date = null;
        while (NextProperty(ref r, ref o))
        {
            switch (o.Name)
            {
                case "title": title = String(ref r, o.Value); break;
                case "file": file = String(ref r, o.Value); break;
                case "date": date = Date(ref r, o.Value); break;
                default: Unknown(ref r, o); break;
            }
        }

        return new EvidenceItem { Title = Required(title, o, "title"), File = file, Date = date };
    }

    private ClosureVerification? ReadVerification(ref Utf8JsonReader r, LazyJsonPath path, TextPosition at)
    {
        if (!BeginObject(ref r, path, at, out var o))
        {
            return null;
        }

        string? by = null, note = null;
        LocalDate? on = null;
        while (NextProperty(ref r, ref o))
        {
            switch (o.Name)
            {
                case "by": by = String(ref r, o.Value); break;
                case "on": on = Date(ref r, o.Value); break;
                case "note": note = String(ref r, o.Value); break;
                default: Unknown(ref r, o); break;
            }
        }

        return new ClosureVerification { By = Required(by, o, "by"), On = Required(on, o, "on"), Note = note };
    }

    private ProgressEntry? ReadProgress(ref Utf8JsonReader r, LazyJsonPath path, TextPosition at)
    {
        if (!BeginObject(ref r, path, at, out var o))
        {
            return null;
        }

        LocalDate? date = null;
        RectificationStatus? status = null;
        string? note = null;
        while (NextProperty(ref r, ref o))
        {
            switch (o.Name)
            {
                case "date": date = Date(ref r, o.Value); break;
                case "status": status = Enum<RectificationStatus>(ref r, o.Value); break;
                case "note": note = String(ref r, o.Value); break;
                default: Unknown(ref r, o); break;
            }
        }

        return new ProgressEntry { Date = Required(date, o, "date"), Status = Required(status, o, "status"), Note = note };
    }

    private DeadlineExtension? ReadExtension(ref Utf8JsonReader r, LazyJsonPath path, TextPosition at)
    {
        if (!BeginObject(ref r, path, at, out var o))
        {
            return null;
        }

        LocalDate? grantedOn = null, newDeadline = null;
        string? reason = null;
        while (NextProperty(ref r, ref o))
        {
            switch (o.Name)
            {
                case "grantedOn": grantedOn = Date(ref r, o.Value); break;
                case "newDeadline": newDeadline = Date(ref r, o.Value); break;
                case "reason": reason = String(ref r, o.Value); break;
                default: Unknown(ref r, o); break;
            }
        }

        return new DeadlineExtension { GrantedOn = Required(grantedOn, o, "grantedOn"), NewDeadline = Required(newDeadline, o, "newDeadline"), Reason = reason };
    }

    private AccountabilityMeasure? ReadMeasure(ref Utf8JsonReader r, LazyJsonPath path, TextPosition at)
    {
        if (!BeginObject(ref r, path, at, out var o))
        {
            return null;
        }

        string? id = null, person = null, decidedBy = null, notes = null;
        EquatableArray<string> findings = [];
        MeasureForm? form = null;
        Responsibility? responsibility = null;
        LocalDate? decidedOn = null;
        while (NextProperty(ref r, ref o))
        {
            switch (o.Name)
            {
                case "id": id = String(ref r, o.Value); break;
                case "person": person = String(ref r, o.Value); break;
                case "findings": findings = Strings(ref r, o.Value); break;
                case "form": form = Enum<MeasureForm>(ref r, o.Value); break;
                case "decidedOn": decidedOn = Date(ref r, o.Value); break;
                case "decidedBy": decidedBy = String(ref r, o.Value); break;
                case "responsibility": responsibility = Enum<Responsibility>(ref r, o.Value); break;
                case "notes": notes = String(ref r, o.Value); break;
                default: Unknown(ref r, o); break;
            }
        }

        return new AccountabilityMeasure
        {
            Id = Required(id, o, "id"),
            PersonId = Required(person, o, "person"),
            FindingIds = findings,
            Form = Required(form, o, "form"),
            DecidedOn = Required(decidedOn, o, "decidedOn"),
            DecidedBy = decidedBy,
            Responsibility = responsibility,
            Notes = notes,
        };
    }

    private PublicNotice? ReadNotice(ref Utf8JsonReader r, LazyJsonPath path, TextPosition at)
    {
        if (!BeginObject(ref r, path, at, out var o))
        {
            return null;
        }

        string? id = null, title = null;
        LocalDate? publishedOn = null;
        EquatableArray<string> findings = [];
        while (NextProperty(ref r, ref o))
        {
            switch (o.Name)
            {
                case "id": id = String(ref r, o.Value); break;
                case "title": title = String(ref r, o.Value); break;
                case "publishedOn": publishedOn = Date(ref r, o.Value); break;
                case "findings": findings = Strings(ref r, o.Value); break;
                default: Unknown(ref r, o); break;
            }
        }

        return new PublicNotice
        {
            Id = Required(id, o, "id"),
            Title = Required(title, o, "title"),
            PublishedOn = Required(publishedOn, o, "publishedOn"),
            FindingIds = findings,
        };
    }

    private CaseFiling? ReadCaseFiling(ref Utf8JsonReader r, LazyJsonPath path, TextPosition at)
    {
        if (!BeginObject(ref r, path, at, out var o))
        {
            return null;
        }

        string? id = null, person = null, filedBy = null, notes = null;
        LocalDate? filedOn = null;
        EquatableArray<string> findings = [];
        while (NextProperty(ref r, ref o))
        {
            switch (o.Name)
            {
                case "id": id = String(ref r, o.Value); break;
                case "person": person = String(ref r, o.Value); break;
                case "findings": findings = Strings(ref r, o.Value); break;
                case "filedOn": filedOn = Date(ref r, o.Value); break;
                case "filedBy": filedBy = String(ref r, o.Value); break;
                case "notes": notes = String(ref r, o.Value); break;
                default: Unknown(ref r, o); break;
            }
        }

        return new CaseFiling
        {
            Id = Required(id, o, "id"),
            PersonId = Required(person, o, "person"),
            FindingIds = findings,
            FiledOn = Required(filedOn, o, "filedOn"),
            FiledBy = filedBy,
            Notes = notes,
        };
    }

    private RoundEvent? ReadEvent(ref Utf8JsonReader r, LazyJsonPath path, TextPosition at)
    {
        if (!BeginObject(ref r, path, at, out var o))
        {
            return null;
        }

        LocalDate? date = null;
        RoundEventKind? kind = null;
        string? title = null;
        while (NextProperty(ref r, ref o))
        {
            switch (o.Name)
            {
                case "date": date = Date(ref r, o.Value); break;
                case "kind": kind = Enum<RoundEventKind>(ref r, o.Value); break;
                case "title": title = String(ref r, o.Value); break;
                default: Unknown(ref r, o); break;
            }
        }

        return new RoundEvent { Date = Required(date, o, "date"), Kind = kind ?? RoundEventKind.Other, Title = Required(title, o, "title") };
    }
}
