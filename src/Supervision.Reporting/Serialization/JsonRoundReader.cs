using System.Globalization;
using System.Text.Json;
using NodaTime;
using Supervision.Reporting.Domain;

namespace Supervision.Reporting.Serialization;

// Maps a parsed JSON document onto the domain, collecting every structural problem (unknown or
// missing property, wrong type, bad date, unknown code) instead of stopping at the first. Where a
// value cannot be read a placeholder ("" or default(LocalDate)) stands in, so that the semantic
// rules can still run on the rest; RoundRules skips placeholders.
internal sealed class JsonRoundReader : JsonDocumentReader
{
    public SupervisionRound? ReadRound(JsonElement root)
    {
        const string path = "$";
        if (!IsObject(root, path))
        {
            return null;
        }

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
        EquatableArray<RoundEvent> events = [];
        foreach (var p in Properties(root, path))
        {
            var v = p.Value;
            switch (p.Name)
            {
                case "formatVersion": formatVersion = Int(v, path, p.Name); break;
                case "id": id = String(v, path, p.Name); break;
                case "title": title = String(v, path, p.Name); break;
                case "authority": authority = String(v, path, p.Name); break;
                case "timeZone": timeZone = String(v, path, p.Name); break;
                case "notes": notes = String(v, path, p.Name); break;
                case "period": period = ReadPeriod(v, JsonPath.Property(path, p.Name)); break;
                case "focusAreas": focusAreas = Array(v, path, p.Name, ReadFocusArea); break;
                case "categories": categories = Array(v, path, p.Name, ReadCategory); break;
                case "units": units = Array(v, path, p.Name, ReadUnit); break;
                case "people": people = Array(v, path, p.Name, ReadPerson); break;
                case "groups": groups = Array(v, path, p.Name, ReadGroup); break;
                case "inspections": inspections = Array(v, path, p.Name, ReadInspection); break;
                case "findings": findings = Array(v, path, p.Name, ReadFinding); break;
                case "measures": measures = Array(v, path, p.Name, ReadMeasure); break;
                case "notices": notices = Array(v, path, p.Name, ReadNotice); break;
                case "events": events = Array(v, path, p.Name, ReadEvent); break;
                default: Unknown(path, p.Name); break;
            }
        }

        if (formatVersion is null && !Has(root, "formatVersion"))
        {
            Missing(path, "formatVersion");
        }
        else if (formatVersion is { } version && version != SupervisionRound.CurrentFormatVersion)
        {
            Error(JsonPath.Property(path, "formatVersion"), "format-version", $"formatVersion {version} is not supported; this library reads version {SupervisionRound.CurrentFormatVersion}");
        }

        return new SupervisionRound
        {
            Id = Required(id, path, "id"),
            Title = Required(title, path, "title"),
            Authority = Required(authority, path, "authority"),
            TimeZone = timeZone ?? SupervisionRound.DefaultTimeZone,
            Period = period ?? MissingPeriod(path),
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
            Events = events,
        };
    }

    private DateInterval MissingPeriod(string path)
    {
        Missing(path, "period");
        return new DateInterval(default, default);
    }

    private DateInterval? ReadPeriod(JsonElement e, string path)
    {
        if (!IsObject(e, path))
        {
            return new DateInterval(default, default);
        }

        LocalDate? start = null, end = null;
        foreach (var p in Properties(e, path))
        {
            switch (p.Name)
            {
                case "start": start = Date(p.Value, path, p.Name); break;
                case "end": end = Date(p.Value, path, p.Name); break;
                default: Unknown(path, p.Name); break;
            }
        }

        var s = Required(start, path, "start");
        var t = Required(end, path, "end");
        if (s != default && t != default && t < s)
        {
            Error(JsonPath.Property(path, "end"), "date-order", $"end {D(t)} is before start {D(s)}; a period ends on or after it starts");
            return new DateInterval(s, s);
        }

        return s == default || t == default ? new DateInterval(default, default) : new DateInterval(s, t);
    }

    private FocusArea? ReadFocusArea(JsonElement e, string path) =>
        ReadCodeAndTitle(e, path) is var (code, title) && code is not null ? new FocusArea { Code = code, Title = title! } : null;

    private FindingCategory? ReadCategory(JsonElement e, string path) =>
        ReadCodeAndTitle(e, path) is var (code, title) && code is not null ? new FindingCategory { Code = code, Title = title! } : null;

    // Focus areas and categories are both { code, title }.
    private (string? Code, string? Title) ReadCodeAndTitle(JsonElement e, string path)
    {
        if (!IsObject(e, path))
        {
            return (null, null);
        }

        string? code = null, title = null;
        foreach (var p in Properties(e, path))
        {
            switch (p.Name)
            {
                case "code": code = String(p.Value, path, p.Name); break;
                case "title": title = String(p.Value, path, p.Name); break;
                default: Unknown(path, p.Name); break;
            }
        }

        return (Required(code, path, "code"), Required(title, path, "title"));
    }

    private Unit? ReadUnit(JsonElement e, string path)
    {
        if (!IsObject(e, path))
        {
            return null;
        }

        string? id = null, name = null, parent = null, divisionCode = null;
        UnitKind? kind = null;
        foreach (var p in Properties(e, path))
        {
            switch (p.Name)
            {
                case "id": id = String(p.Value, path, p.Name); break;
                case "name": name = String(p.Value, path, p.Name); break;
                case "kind": kind = Enum<UnitKind>(p.Value, path, p.Name); break;
                case "parent": parent = String(p.Value, path, p.Name); break;
                case "divisionCode": divisionCode = String(p.Value, path, p.Name); break;
                default: Unknown(path, p.Name); break;
            }
        }

        return new Unit
        {
            Id = Required(id, path, "id"),
            Name = Required(name, path, "name"),
            Kind = kind ?? UnitKind.Other,
            ParentId = parent,
            DivisionCode = divisionCode,
        };
    }

    private Person? ReadPerson(JsonElement e, string path)
    {
        if (!IsObject(e, path))
        {
            return null;
        }

        string? id = null, name = null, surname = null, position = null, unit = null;
        bool? partyMember = null;
        Disclosure? disclosure = null;
        foreach (var p in Properties(e, path))
        {
            switch (p.Name)
            {
                case "id": id = String(p.Value, path, p.Name); break;
                case "name": name = String(p.Value, path, p.Name); break;
                case "surname": surname = String(p.Value, path, p.Name); break;
                case "position": position = String(p.Value, path, p.Name); break;
                case "unit": unit = String(p.Value, path, p.Name); break;
                case "partyMember": partyMember = Bool(p.Value, path, p.Name); break;
                case "disclosure": disclosure = Enum<Disclosure>(p.Value, path, p.Name); break;
                default: Unknown(path, p.Name); break;
            }
        }

        return new Person
        {
            Id = Required(id, path, "id"),
            Name = Required(name, path, "name"),
            Surname = surname,
            Position = position,
            UnitId = unit,
            PartyMember = partyMember,
            Disclosure = disclosure ?? Disclosure.Masked,
        };
    }

    private InspectionGroup? ReadGroup(JsonElement e, string path)
    {
        if (!IsObject(e, path))
        {
            return null;
        }

        string? id = null, name = null, leader = null;
        GroupComposition? composition = null;
        EquatableArray<string> members = [], areas = [];
        foreach (var p in Properties(e, path))
        {
            switch (p.Name)
            {
                case "id": id = String(p.Value, path, p.Name); break;
                case "name": name = String(p.Value, path, p.Name); break;
                case "composition": composition = Enum<GroupComposition>(p.Value, path, p.Name); break;
                case "leader": leader = String(p.Value, path, p.Name); break;
                case "members": members = Strings(p.Value, path, p.Name); break;
                case "areas": areas = Strings(p.Value, path, p.Name); break;
                default: Unknown(path, p.Name); break;
            }
        }

        return new InspectionGroup
        {
            Id = Required(id, path, "id"),
            Name = Required(name, path, "name"),
            Composition = composition ?? GroupComposition.Other,
            Leader = leader,
            Members = members,
            AreaIds = areas,
        };
    }

    private Inspection? ReadInspection(JsonElement e, string path)
    {
        if (!IsObject(e, path))
        {
            return null;
        }

        string? id = null, group = null, notes = null;
        LocalDate? date = null;
        InspectionMethod? method = null;
        EquatableArray<string> units = [];
        var hasUnits = false;
        foreach (var p in Properties(e, path))
        {
            switch (p.Name)
            {
                case "id": id = String(p.Value, path, p.Name); break;
                case "group": group = String(p.Value, path, p.Name); break;
                case "date": date = Date(p.Value, path, p.Name); break;
                case "units": units = Strings(p.Value, path, p.Name); hasUnits = true; break;
                case "method": method = Enum<InspectionMethod>(p.Value, path, p.Name); break;
                case "notes": notes = String(p.Value, path, p.Name); break;
                default: Unknown(path, p.Name); break;
            }
        }

        if (!hasUnits)
        {
            Missing(path, "units");
        }

        return new Inspection
        {
            Id = Required(id, path, "id"),
            GroupId = Required(group, path, "group"),
            Date = Required(date, path, "date"),
            UnitIds = units,
            Method = Required(method, path, "method"),
            Notes = notes,
        };
    }

    private Finding? ReadFinding(JsonElement e, string path)
    {
        if (!IsObject(e, path))
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
        foreach (var p in Properties(e, path))
        {
            switch (p.Name)
            {
                case "id": id = String(p.Value, path, p.Name); break;
                case "inspection": inspection = String(p.Value, path, p.Name); break;
                case "source": source = Enum<FindingSource>(p.Value, path, p.Name); break;
                case "foundOn": foundOn = Date(p.Value, path, p.Name); break;
                case "unit": unit = String(p.Value, path, p.Name); break;
                case "responsibleUnit": responsibleUnit = String(p.Value, path, p.Name); break;
                case "responsiblePeople": responsiblePeople = Strings(p.Value, path, p.Name); break;
                case "supervisingLeader": supervisingLeader = String(p.Value, path, p.Name); break;
                case "leadOffice": leadOffice = String(p.Value, path, p.Name); break;
                case "category": category = String(p.Value, path, p.Name); break;
                case "focusArea": focusArea = String(p.Value, path, p.Name); break;
                case "severity": severity = Enum<Severity>(p.Value, path, p.Name); break;
                case "kind": kind = Enum<FindingKind>(p.Value, path, p.Name); break;
                case "summary": summary = String(p.Value, path, p.Name); break;
                case "description": description = String(p.Value, path, p.Name); break;
                case "rectification": rectification = p.Value.ValueKind == JsonValueKind.Null ? null : ReadRectification(p.Value, JsonPath.Property(path, p.Name)); break;
                default: Unknown(path, p.Name); break;
            }
        }

        return new Finding
        {
            Id = Required(id, path, "id"),
            InspectionId = inspection,
            Source = source ?? FindingSource.Inspection,
            FoundOn = Required(foundOn, path, "foundOn"),
            UnitId = unit,
            ResponsibleUnitId = responsibleUnit,
            ResponsiblePersonIds = responsiblePeople,
            SupervisingLeaderId = supervisingLeader,
            LeadOfficeId = leadOffice,
            CategoryCode = Required(category, path, "category"),
            FocusAreaCode = focusArea,
            Severity = severity ?? Severity.General,
            Kind = kind ?? FindingKind.Violation,
            Summary = Required(summary, path, "summary"),
            Description = description,
            Rectification = rectification,
        };
    }

    private Rectification? ReadRectification(JsonElement e, string path)
    {
        if (!IsObject(e, path))
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
        foreach (var p in Properties(e, path))
        {
            switch (p.Name)
            {
                case "assignedOn": assignedOn = Date(p.Value, path, p.Name); break;
                case "deadline": deadline = Date(p.Value, path, p.Name); break;
                case "workingDays": workingDays = Int(p.Value, path, p.Name); break;
                case "mode": mode = Enum<RectificationMode>(p.Value, path, p.Name); break;
                case "measures": measures = String(p.Value, path, p.Name); break;
                case "owner": owner = String(p.Value, path, p.Name); break;
                case "status": status = Enum<RectificationStatus>(p.Value, path, p.Name); break;
                case "progress": progress = Array(p.Value, path, p.Name, ReadProgress); break;
                case "completedOn": completedOn = Date(p.Value, path, p.Name); break;
                case "closedOn": closedOn = Date(p.Value, path, p.Name); break;
                case "extensions": extensions = Array(p.Value, path, p.Name, ReadExtension); break;
                case "evidence": evidence = Array(p.Value, path, p.Name, ReadEvidence); break;
                case "verification": verification = p.Value.ValueKind == JsonValueKind.Null ? null : ReadVerification(p.Value, JsonPath.Property(path, p.Name)); break;
                default: Unknown(path, p.Name); break;
            }
        }

        return new Rectification
        {
            AssignedOn = Required(assignedOn, path, "assignedOn"),
            Deadline = deadline,
            WorkingDays = workingDays,
            Mode = mode ?? RectificationMode.TimeLimited,
            Measures = measures,
            OwnerId = owner,
            Status = Required(status, path, "status"),
            Progress = progress,
            CompletedOn = completedOn,
            ClosedOn = closedOn,
            Extensions = extensions,
            Evidence = evidence,
            Verification = verification,
        };
    }

    private EvidenceItem? ReadEvidence(JsonElement e, string path)
    {
        if (!IsObject(e, path))
        {
            return null;
        }

        string? title = null, file = null;
        LocalDate? date = null;
        foreach (var p in Properties(e, path))
        {
            switch (p.Name)
            {
                case "title": title = String(p.Value, path, p.Name); break;
                case "file": file = String(p.Value, path, p.Name); break;
                case "date": date = Date(p.Value, path, p.Name); break;
                default: Unknown(path, p.Name); break;
            }
        }

        return new EvidenceItem { Title = Required(title, path, "title"), File = file, Date = date };
    }

    private ClosureVerification? ReadVerification(JsonElement e, string path)
    {
        if (!IsObject(e, path))
        {
            return null;
        }

        string? by = null, note = null;
        LocalDate? on = null;
        foreach (var p in Properties(e, path))
        {
            switch (p.Name)
            {
                case "by": by = String(p.Value, path, p.Name); break;
                case "on": on = Date(p.Value, path, p.Name); break;
                case "note": note = String(p.Value, path, p.Name); break;
                default: Unknown(path, p.Name); break;
            }
        }

        return new ClosureVerification { By = Required(by, path, "by"), On = Required(on, path, "on"), Note = note };
    }

    private ProgressEntry? ReadProgress(JsonElement e, string path)
    {
        if (!IsObject(e, path))
        {
            return null;
        }

        LocalDate? date = null;
        RectificationStatus? status = null;
        string? note = null;
        foreach (var p in Properties(e, path))
        {
            switch (p.Name)
            {
                case "date": date = Date(p.Value, path, p.Name); break;
                case "status": status = Enum<RectificationStatus>(p.Value, path, p.Name); break;
                case "note": note = String(p.Value, path, p.Name); break;
                default: Unknown(path, p.Name); break;
            }
        }

        return new ProgressEntry { Date = Required(date, path, "date"), Status = Required(status, path, "status"), Note = note };
    }

    private DeadlineExtension? ReadExtension(JsonElement e, string path)
    {
        if (!IsObject(e, path))
        {
            return null;
        }

        LocalDate? grantedOn = null, newDeadline = null;
        string? reason = null;
        foreach (var p in Properties(e, path))
        {
            switch (p.Name)
            {
                case "grantedOn": grantedOn = Date(p.Value, path, p.Name); break;
                case "newDeadline": newDeadline = Date(p.Value, path, p.Name); break;
                case "reason": reason = String(p.Value, path, p.Name); break;
                default: Unknown(path, p.Name); break;
            }
        }

        return new DeadlineExtension { GrantedOn = Required(grantedOn, path, "grantedOn"), NewDeadline = Required(newDeadline, path, "newDeadline"), Reason = reason };
    }

    private AccountabilityMeasure? ReadMeasure(JsonElement e, string path)
    {
        if (!IsObject(e, path))
        {
            return null;
        }

        string? id = null, person = null, decidedBy = null, notes = null;
        EquatableArray<string> findings = [];
        MeasureForm? form = null;
        Responsibility? responsibility = null;
        LocalDate? decidedOn = null;
        foreach (var p in Properties(e, path))
        {
            switch (p.Name)
            {
                case "id": id = String(p.Value, path, p.Name); break;
                case "person": person = String(p.Value, path, p.Name); break;
                case "findings": findings = Strings(p.Value, path, p.Name); break;
                case "form": form = Enum<MeasureForm>(p.Value, path, p.Name); break;
                case "decidedOn": decidedOn = Date(p.Value, path, p.Name); break;
                case "decidedBy": decidedBy = String(p.Value, path, p.Name); break;
                case "responsibility": responsibility = Enum<Responsibility>(p.Value, path, p.Name); break;
                case "notes": notes = String(p.Value, path, p.Name); break;
                default: Unknown(path, p.Name); break;
            }
        }

        return new AccountabilityMeasure
        {
            Id = Required(id, path, "id"),
            PersonId = Required(person, path, "person"),
            FindingIds = findings,
            Form = Required(form, path, "form"),
            DecidedOn = Required(decidedOn, path, "decidedOn"),
            DecidedBy = decidedBy,
            Responsibility = responsibility,
            Notes = notes,
        };
    }

    private PublicNotice? ReadNotice(JsonElement e, string path)
    {
        if (!IsObject(e, path))
        {
            return null;
        }

        string? id = null, title = null;
        LocalDate? publishedOn = null;
        EquatableArray<string> findings = [];
        foreach (var p in Properties(e, path))
        {
            switch (p.Name)
            {
                case "id": id = String(p.Value, path, p.Name); break;
                case "title": title = String(p.Value, path, p.Name); break;
                case "publishedOn": publishedOn = Date(p.Value, path, p.Name); break;
                case "findings": findings = Strings(p.Value, path, p.Name); break;
                default: Unknown(path, p.Name); break;
            }
        }

        return new PublicNotice
        {
            Id = Required(id, path, "id"),
            Title = Required(title, path, "title"),
            PublishedOn = Required(publishedOn, path, "publishedOn"),
            FindingIds = findings,
        };
    }

    private RoundEvent? ReadEvent(JsonElement e, string path)
    {
        if (!IsObject(e, path))
        {
            return null;
        }

        LocalDate? date = null;
        RoundEventKind? kind = null;
        string? title = null;
        foreach (var p in Properties(e, path))
        {
            switch (p.Name)
            {
                case "date": date = Date(p.Value, path, p.Name); break;
                case "kind": kind = Enum<RoundEventKind>(p.Value, path, p.Name); break;
                case "title": title = String(p.Value, path, p.Name); break;
                default: Unknown(path, p.Name); break;
            }
        }

        return new RoundEvent { Date = Required(date, path, "date"), Kind = kind ?? RoundEventKind.Other, Title = Required(title, path, "title") };
    }
}
