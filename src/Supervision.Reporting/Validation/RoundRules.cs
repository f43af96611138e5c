using System.Buffers;
using System.Globalization;
using NodaTime;
using Supervision.Reporting.Calendar;
using Supervision.Reporting.Domain;
using Supervision.Reporting.Serialization;

namespace Supervision.Reporting.Validation;

// The rules of DESIGN §4, one method per part of the round. Paths mirror the JSON document, so the
// order of the domain lists is the order of the JSON arrays. A default LocalDate or an empty string
// stands for a value the reader could not read: it was reported there, so rules skip it here.
// Enum values have no placeholder of their own, so the reader passes the paths it could not read.
internal sealed class RoundRules(SupervisionRound round, WorkingDayCalendar calendar, IReadOnlySet<string>? unreadable = null)
{
    // A rectification term in working days: a year has about 250, and terms run in weeks or months. The
    // cap keeps the deadline (and every daily series up to it) inside the supported dates.
    internal const int MaxWorkingDays = 1000;

    private readonly List<Diagnostic> _problems = [];
    // The ids of each list, to the index of the first item that has it: the one index per list the rules need
    // (the round's own RoundIndex, nine dictionaries and the measures of every finding, is not built to validate).
    private readonly Dictionary<string, int> _unitIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _personIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _groupIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _inspectionIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _findingIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _focusAreaCodes = new(StringComparer.Ordinal);
    private readonly HashSet<string> _categoryCodes = new(StringComparer.Ordinal);

    // A round that records 验收 for one closed problem is expected to record it for every closed problem; a round
    // that records none (data from before the field, or an office that does not keep it) is not warned 60 times.
    private readonly bool _recordsVerification = RecordsVerification(round);

    public IReadOnlyList<Diagnostic> Problems => _problems;

    public void CheckAll()
    {
        CollectIds();
        CheckRound();
        CheckFocusAreas();
        CheckCategories();
        CheckUnits();
        CheckPeople();
        CheckGroups();
        CheckInspections();
        CheckFindings();
        CheckMeasures();
        CheckDecidingBodies();
        CheckNotices();
        CheckCaseFilings();
        CheckEvents();
    }

    private void CollectIds()
    {
        Unique(round.FocusAreas, "$.focusAreas", "code", a => a.Code, _focusAreaCodes);
        Unique(round.Categories, "$.categories", "code", c => c.Code, new Dictionary<string, int>(StringComparer.Ordinal));
        Unique(round.Units, "$.units", "id", u => u.Id, _unitIds);
        Unique(round.People, "$.people", "id", p => p.Id, _personIds);
        Unique(round.Groups, "$.groups", "id", g => g.Id, _groupIds);
        Unique(round.Inspections, "$.inspections", "id", i => i.Id, _inspectionIds);
        Unique(round.Findings, "$.findings", "id", f => f.Id, _findingIds);
        Unique(round.Measures, "$.measures", "id", m => m.Id, new Dictionary<string, int>(StringComparer.Ordinal));
        foreach (var category in round.Categories)
        {
            // Every code the round defines, as SupervisionRound.HasCategory sees them (blank ones too).
            _categoryCodes.Add(category.Code);
        }

        Unique(round.Notices, "$.notices", "id", n => n.Id, new Dictionary<string, int>(StringComparer.Ordinal));
        Unique(round.CaseFilings, "$.caseFilings", "id", c => c.Id, new Dictionary<string, int>(StringComparer.Ordinal));
    }

    private static bool RecordsVerification(SupervisionRound round)
    {
        foreach (var finding in round.Findings)
        {
            if (finding.Rectification?.Verification is not null)
            {
                return true;
            }
        }

        return false;
    }

    private void CheckRound()
    {
        Text(round.Id, "$.id", RoundValidator.MaxNameLength, required: true);
        Text(round.Title, "$.title", RoundValidator.MaxNameLength, required: true);
        Text(round.Authority, "$.authority", RoundValidator.MaxNameLength, required: true);
        Text(round.Notes, "$.notes", RoundValidator.MaxTextLength);
        // The default zone is in every tzdb (SupervisionRound falls back on it), so only another one loads the
        // database (about 20 ms at the start of a command).
        if (round.TimeZone.Length > 0 && !string.Equals(round.TimeZone, SupervisionRound.DefaultTimeZone, StringComparison.Ordinal)
            && DateTimeZoneProviders.Tzdb.GetZoneOrNull(round.TimeZone) is null)
        {
            Error("$.timeZone", "time-zone", $"'{Clip(round.TimeZone)}' is not a known IANA time zone (e.g. Asia/Shanghai)");
        }

        if (Known(round.Period.Start) && Known(round.Period.End))
        {
            CoverageWarning(round.Period.Start, round.Period.End, "$.period");
        }
    }

    private void CheckFocusAreas()
    {
        for (var i = 0; i < round.FocusAreas.Count; i++)
        {
            Text(round.FocusAreas[i].Title, new LazyJsonPath("$.focusAreas").Item(i).Property("title"), RoundValidator.MaxNameLength, required: true);
        }
    }

    private void CheckCategories()
    {
        for (var i = 0; i < round.Categories.Count; i++)
        {
            Text(round.Categories[i].Title, new LazyJsonPath("$.categories").Item(i).Property("title"), RoundValidator.MaxNameLength, required: true);
        }
    }

    private void CheckUnits()
    {
        for (var i = 0; i < round.Units.Count; i++)
        {
            var unit = round.Units[i];
            var path = new LazyJsonPath("$.units").Item(i);
            Text(unit.Name, path.Property("name"), RoundValidator.MaxNameLength, required: true);
            Text(unit.DivisionCode, path.Property("divisionCode"), RoundValidator.MaxNameLength);
            if (unit.ParentId is { } parent)
            {
                if (string.Equals(parent, unit.Id, StringComparison.Ordinal))
                {
                    Error(path.Property("parent"), "cycle", $"unit '{unit.Id}' is its own parent; unit parents must form no cycle");
                }
                else
                {
                    Reference(parent, _unitIds, path.Property("parent"), "unit");
                }
            }
        }

        CheckUnitCycles();
    }

    // Each unit has at most one parent, so the parent links form a functional graph: a walk from any
    // unit either ends at a root or enters exactly one cycle. Every unit is walked at most once
    // (state "done" stops later walks), which keeps this linear: the earlier walk from every start
    // over its whole ancestry was quadratic on a long chain (100,000 units took over a minute).
    private void CheckUnitCycles()
    {
        var parentOf = new Dictionary<string, string?>(StringComparer.Ordinal);
        var indexOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < round.Units.Count; i++)
        {
            parentOf.TryAdd(round.Units[i].Id, round.Units[i].ParentId);
            indexOf.TryAdd(round.Units[i].Id, i);
        }

        // Absent = not walked yet; the walk number while on the current walk's path; -1 once done.
        var state = new Dictionary<string, int>(StringComparer.Ordinal);
        var path = new List<string>();
        var cycles = new List<(int Index, List<string> Chain)>();
        for (var i = 0; i < round.Units.Count; i++)
        {
            var current = round.Units[i].Id;
            if (state.ContainsKey(current))
            {
                continue;
            }

            path.Clear();
            while (true)
            {
                state[current] = i;
                path.Add(current);
                if (!parentOf.TryGetValue(current, out var parent) || parent is null || !parentOf.ContainsKey(parent)
                    || string.Equals(parent, current, StringComparison.Ordinal))
                {
                    break; // a root, a dangling or a self reference: the latter two are reported by CheckUnits
                }

                if (state.TryGetValue(parent, out var walk))
                {
                    if (walk == i)
                    {
                        cycles.Add(Cycle(path, path.IndexOf(parent), indexOf));
                    }

                    break;
                }

                current = parent;
            }

            foreach (var id in path)
            {
                state[id] = -1;
            }
        }

        // Reported at the cycle's first unit in document order, in the order the units were listed before.
        foreach (var (index, chain) in cycles.OrderBy(c => c.Index))
        {
            Error(new LazyJsonPath("$.units").Item(index).Property("parent"), "cycle", $"unit parents form a cycle: {string.Join(" → ", chain)}");
        }
    }

    // The cycle path[from..] rotated to start (and end) at its member listed first.
    private static (int Index, List<string> Chain) Cycle(List<string> path, int from, Dictionary<string, int> indexOf)
    {
        var members = path.GetRange(from, path.Count - from);
        var first = 0;
        for (var k = 1; k < members.Count; k++)
        {
            if (indexOf[members[k]] < indexOf[members[first]])
            {
                first = k;
            }
        }

        var chain = new List<string>(members.Count + 1);
        for (var k = 0; k <= members.Count; k++)
        {
            chain.Add(members[(first + k) % members.Count]);
        }

        return (indexOf[members[first]], chain);
    }

    private void CheckPeople()
    {
        for (var i = 0; i < round.People.Count; i++)
        {
            var person = round.People[i];
            var path = new LazyJsonPath("$.people").Item(i);
            Text(person.Name, path.Property("name"), RoundValidator.MaxNameLength, required: true);
            Text(person.Surname, path.Property("surname"), RoundValidator.MaxNameLength);
            Text(person.Position, path.Property("position"), RoundValidator.MaxNameLength);
            if (person.Surname is { Length: > 0 } surname && person.Name.Length > 0
                && !person.Name.StartsWith(surname, StringComparison.Ordinal))
            {
                Warning(path.Property("surname"), "surname", "the surname is not the start of the name; masking uses the surname as given");
            }

            if (person.UnitId is { } unitId)
            {
                Reference(unitId, _unitIds, path.Property("unit"), "unit");
            }
        }
    }

    private void CheckGroups()
    {
        for (var i = 0; i < round.Groups.Count; i++)
        {
            var group = round.Groups[i];
            var path = new LazyJsonPath("$.groups").Item(i);
            Text(group.Name, path.Property("name"), RoundValidator.MaxNameLength, required: true);
            Text(group.Leader, path.Property("leader"), RoundValidator.MaxNameLength);
            for (var m = 0; m < group.Members.Count; m++)
            {
                Text(group.Members[m], path.Property("members").Item(m), RoundValidator.MaxNameLength, required: true);
            }

            for (var a = 0; a < group.AreaIds.Count; a++)
            {
                Reference(group.AreaIds[a], _unitIds, path.Property("areas").Item(a), "unit");
            }
        }
    }

    private void CheckInspections()
    {
        for (var i = 0; i < round.Inspections.Count; i++)
        {
            var inspection = round.Inspections[i];
            var path = new LazyJsonPath("$.inspections").Item(i);
            Reference(inspection.GroupId, _groupIds, path.Property("group"), "group");
            if (inspection.UnitIds.IsEmpty)
            {
                Error(path.Property("units"), "required", "an inspection must visit at least one unit");
            }

            for (var u = 0; u < inspection.UnitIds.Count; u++)
            {
                Reference(inspection.UnitIds[u], _unitIds, path.Property("units").Item(u), "unit");
            }

            Text(inspection.Notes, path.Property("notes"), RoundValidator.MaxTextLength);
            InPeriod(inspection.Date, path.Property("date"), "inspection date");
        }
    }

    private void CheckFindings()
    {
        for (var i = 0; i < round.Findings.Count; i++)
        {
            CheckFinding(round.Findings[i], i);
        }
    }

    // One finding, in a method of its own: a method called once for a long loop is never recompiled in the
    // ReadyToRun tool (there is no on-stack replacement of ReadyToRun code), where this one, called for every
    // finding, is compiled again fully optimised after its first calls.
    private void CheckFinding(Finding finding, int i)
    {
        var path = new LazyJsonPath("$.findings").Item(i);
        if (finding.InspectionId is { } inspectionId && Reference(inspectionId, _inspectionIds, path.Property("inspection"), "inspection", out var inspectionIndex)
            && round.Inspections[inspectionIndex] is var inspection && Known(inspection.Date) && Known(finding.FoundOn)
            && finding.FoundOn < inspection.Date)
        {
            Warning(path.Property("foundOn"), "date-order", $"foundOn {D(finding.FoundOn)} is before its inspection's date {D(inspection.Date)}");
        }

        if (finding.UnitId is { } unitId)
        {
            Reference(unitId, _unitIds, path.Property("unit"), "unit");
        }

        if (finding.ResponsibleUnitId is { } responsibleUnitId)
        {
            Reference(responsibleUnitId, _unitIds, path.Property("responsibleUnit"), "unit");
        }

        if (finding.UnitId is null && finding.ResponsibleUnitId is null)
        {
            Warning(path, "area", "the finding has neither unit nor responsibleUnit, so it belongs to no area in the statistics");
        }

        for (var p = 0; p < finding.ResponsiblePersonIds.Count; p++)
        {
            Reference(finding.ResponsiblePersonIds[p], _personIds, path.Property("responsiblePeople").Item(p), "person");
        }

        if (finding.SupervisingLeaderId is { } leader)
        {
            Reference(leader, _personIds, path.Property("supervisingLeader"), "person");
        }

        if (finding.LeadOfficeId is { } office)
        {
            Reference(office, _unitIds, path.Property("leadOffice"), "unit");
        }

        if (finding.CategoryCode.Length > 0 && !_categoryCodes.Contains(finding.CategoryCode) && BuiltInCategories.Find(finding.CategoryCode) is null)
        {
            Error(path.Property("category"), "reference", $"category {Quote(finding.CategoryCode)} is neither built in nor defined in $.categories");
        }

        if (finding.FocusAreaCode is { } focusArea)
        {
            Reference(focusArea, _focusAreaCodes, path.Property("focusArea"), "focus area");
        }

        Text(finding.Summary, path.Property("summary"), RoundValidator.MaxSummaryLength, required: true);
        Text(finding.Description, path.Property("description"), RoundValidator.MaxTextLength);
        InPeriod(finding.FoundOn, path.Property("foundOn"), "foundOn");
        if (finding.Rectification is { } rectification)
        {
            CheckRectification(finding, rectification, path.Property("rectification"));
        }
        else if (finding.IsViolation && Readable(path.Property("kind")))
        {
            Error(path.Property("rectification"), "required", "a violation must have a rectification (a problem is fed back with a deadline); only a service problem may omit it");
        }
    }

    private void CheckRectification(Finding finding, Rectification r, LazyJsonPath path)
    {
        if (Known(r.AssignedOn) && Known(finding.FoundOn) && r.AssignedOn < finding.FoundOn)
        {
            Error(path.Property("assignedOn"), "date-order", $"assignedOn {D(r.AssignedOn)} is before foundOn {D(finding.FoundOn)}; a problem is assigned on or after the day it is found");
        }

        if (r.Deadline is not null && r.WorkingDays is not null)
        {
            Error(path.Property("workingDays"), "deadline", "deadline and workingDays are both given; give one of them");
        }

        if (r.WorkingDays is { } days && days < 1)
        {
            Error(path.Property("workingDays"), "deadline", $"workingDays is {days}; it must be at least 1");
        }
        else if (r.WorkingDays > MaxWorkingDays)
        {
            Error(path.Property("workingDays"), "deadline", $"workingDays is {r.WorkingDays}; it must be at most {MaxWorkingDays} (about four years)");
        }

        if (r.Deadline is { } deadline && Known(deadline) && Known(r.AssignedOn))
        {
            if (deadline < r.AssignedOn)
            {
                Error(path.Property("deadline"), "date-order", $"deadline {D(deadline)} is before assignedOn {D(r.AssignedOn)}; a deadline must be on or after the assignment date");
            }
            else if (deadline > r.AssignedOn.PlusYears(1))
            {
                Warning(path.Property("deadline"), "far-deadline", $"deadline {D(deadline)} is more than a year after assignedOn {D(r.AssignedOn)}");
            }
        }

        if (r.WorkingDays is > 0 and <= MaxWorkingDays and var n && Known(r.AssignedOn))
        {
            var end = calendar.AddWorkingDays(r.AssignedOn, n);
            CoverageWarning(r.AssignedOn, end, path.Property("workingDays"));
        }

        if (r.Mode == RectificationMode.TimeLimited && r.Deadline is null && r.WorkingDays is null && Readable(path.Property("mode")))
        {
            Warning(path.Property("deadline"), "deadline", "a time-limited rectification has no deadline or workingDays, so it can never be overdue");
        }

        if (r.OwnerId is { } owner)
        {
            Reference(owner, _personIds, path.Property("owner"), "person");
        }

        Text(r.Measures, path.Property("measures"), RoundValidator.MaxTextLength);
        if (Readable(path.Property("status")))
        {
            CheckStatus(r, path);
        }

        CheckProgress(r, path);
        CheckExtensions(r, path);
        CheckEvidence(r, path);
        CheckVerification(r, path);
    }

    private void CheckEvidence(Rectification r, LazyJsonPath path)
    {
        for (var e = 0; e < r.Evidence.Count; e++)
        {
            var item = r.Evidence[e];
            var itemPath = path.Property("evidence").Item(e);
            Text(item.Title, itemPath.Property("title"), RoundValidator.MaxNameLength, required: true);
            Text(item.File, itemPath.Property("file"), RoundValidator.MaxNameLength);
            if (item.Date is { } date && Known(date) && Known(r.AssignedOn) && date < r.AssignedOn)
            {
                Warning(itemPath.Property("date"), "date-order", $"evidence date {D(date)} is before assignedOn {D(r.AssignedOn)}");
            }
        }
    }

    private void CheckVerification(Rectification r, LazyJsonPath path)
    {
        if (r.Verification is not { } v)
        {
            if (_recordsVerification && r.Status == RectificationStatus.Closed && Readable(path.Property("status")))
            {
                Warning(path.Property("verification"), "unverified-closure", "the problem is closed but no verification (验收) is recorded; the round records verifications, and a problem is closed after it is verified");
            }

            return;
        }

        var vPath = path.Property("verification");
        Text(v.By, vPath.Property("by"), RoundValidator.MaxNameLength, required: true);
        Text(v.Note, vPath.Property("note"), RoundValidator.MaxTextLength);
        if (!Known(v.On))
        {
            return;
        }

        if (r.CompletedOn is not { } done)
        {
            Warning(vPath, "verification", "a verification is recorded but the rectification has no completedOn; a rectification is verified after it is completed");
        }
        else if (Known(done) && v.On < done)
        {
            Error(vPath.Property("on"), "date-order", $"verification date {D(v.On)} is before completedOn {D(done)}; a rectification is verified on or after it is completed");
        }

        if (r.ClosedOn is { } closed && Known(closed) && closed < v.On)
        {
            Warning(vPath.Property("on"), "date-order", $"verification date {D(v.On)} is after closedOn {D(closed)}; a problem is closed (销号) after it is verified");
        }
    }

    private void CheckStatus(Rectification r, LazyJsonPath path)
    {
        var status = Vocabulary.Code(r.Status);
        switch (r.Status)
        {
            case RectificationStatus.Closed:
                if (r.ClosedOn is null)
                {
                    Error(path.Property("closedOn"), "status", "status closed needs closedOn (the date the problem was closed)");
                }

                if (r.CompletedOn is null)
                {
                    Error(path.Property("completedOn"), "status", "status closed needs completedOn (a problem is rectified before it is closed)");
                }

                break;
            case RectificationStatus.Rectified:
                if (r.CompletedOn is null)
                {
                    Error(path.Property("completedOn"), "status", "status rectified needs completedOn");
                }

                if (r.ClosedOn is not null)
                {
                    Error(path.Property("closedOn"), "status", "status rectified must not have closedOn; a closed problem has status closed");
                }

                break;
            default:
                if (r.CompletedOn is not null)
                {
                    Error(path.Property("completedOn"), "status", $"status {status} must not have completedOn; a completed rectification has status rectified or closed");
                }

                if (r.ClosedOn is not null)
                {
                    Error(path.Property("closedOn"), "status", $"status {status} must not have closedOn; a closed problem has status closed");
                }

                break;
        }

        if (r.CompletedOn is { } completed && Known(completed) && Known(r.AssignedOn) && completed < r.AssignedOn)
        {
            Error(path.Property("completedOn"), "date-order", $"completedOn {D(completed)} is before assignedOn {D(r.AssignedOn)}; a rectification is completed on or after it is assigned");
        }

        if (r.ClosedOn is { } closed && r.CompletedOn is { } done && Known(closed) && Known(done) && closed < done)
        {
            Error(path.Property("closedOn"), "date-order", $"closedOn {D(closed)} is before completedOn {D(done)}; a problem is closed on or after its rectification is completed");
        }
    }

    private void CheckProgress(Rectification r, LazyJsonPath path)
    {
        LocalDate? previous = null;
        for (var p = 0; p < r.Progress.Count; p++)
        {
            var entry = r.Progress[p];
            var entryPath = path.Property("progress").Item(p);
            Text(entry.Note, entryPath.Property("note"), RoundValidator.MaxTextLength);
            if (!Known(entry.Date))
            {
                continue;
            }

            if (previous is { } before && entry.Date < before)
            {
                Error(entryPath.Property("date"), "progress-order", $"progress date {D(entry.Date)} is before the previous entry's {D(before)}; progress entries must be in ascending date order");
            }

            if (Known(r.AssignedOn) && entry.Date < r.AssignedOn)
            {
                Error(entryPath.Property("date"), "date-order", $"progress date {D(entry.Date)} is before assignedOn {D(r.AssignedOn)}");
            }

            previous = entry.Date;
        }
    }

    private void CheckExtensions(Rectification r, LazyJsonPath path)
    {
        var current = r.Deadline ?? (r.WorkingDays is > 0 and <= MaxWorkingDays and var n && Known(r.AssignedOn) ? calendar.AddWorkingDays(r.AssignedOn, n) : null);
        for (var e = 0; e < r.Extensions.Count; e++)
        {
            var extension = r.Extensions[e];
            var extensionPath = path.Property("extensions").Item(e);
            Text(extension.Reason, extensionPath.Property("reason"), RoundValidator.MaxTextLength);
            if (!Known(extension.GrantedOn) || !Known(extension.NewDeadline))
            {
                continue;
            }

            if (Known(r.AssignedOn) && extension.GrantedOn < r.AssignedOn)
            {
                Error(extensionPath.Property("grantedOn"), "date-order", $"grantedOn {D(extension.GrantedOn)} is before assignedOn {D(r.AssignedOn)}; an extension is granted after assignment");
            }

            if (extension.NewDeadline < extension.GrantedOn)
            {
                Error(extensionPath.Property("newDeadline"), "date-order", $"newDeadline {D(extension.NewDeadline)} is before grantedOn {D(extension.GrantedOn)}");
            }
            else if (current is { } old && extension.NewDeadline <= old)
            {
                Warning(extensionPath.Property("newDeadline"), "extension", $"newDeadline {D(extension.NewDeadline)} does not extend the deadline {D(old)}");
            }

            current = extension.NewDeadline;
        }
    }

    private void CheckMeasures()
    {
        for (var i = 0; i < round.Measures.Count; i++)
        {
            var measure = round.Measures[i];
            var path = new LazyJsonPath("$.measures").Item(i);
            Reference(measure.PersonId, _personIds, path.Property("person"), "person");
            if (measure.FindingIds.IsEmpty)
            {
                Warning(path.Property("findings"), "required", "the measure concerns no finding, so no document can relate it to a case");
            }

            LocalDate? earliest = null;
            for (var f = 0; f < measure.FindingIds.Count; f++)
            {
                if (Reference(measure.FindingIds[f], _findingIds, path.Property("findings").Item(f), "finding", out var findingIndex)
                    && round.Findings[findingIndex] is var finding && Known(finding.FoundOn)
                    && (earliest is null || finding.FoundOn < earliest))
                {
                    earliest = finding.FoundOn;
                }
            }

            if (earliest is { } found && Known(measure.DecidedOn) && measure.DecidedOn < found)
            {
                Warning(path.Property("decidedOn"), "date-order", $"decidedOn {D(measure.DecidedOn)} is before the finding was found ({D(found)})");
            }

            Text(measure.DecidedBy, path.Property("decidedBy"), RoundValidator.MaxNameLength);
            Text(measure.Notes, path.Property("notes"), RoundValidator.MaxTextLength);
        }
    }

    // A 党纪处分 is decided by a 纪委 or a 党组织, a 政务处分 by a 监委 or the appointing body (任免机关): a deciding
    // body that cannot decide the form is most often a typo in the form, and a bulletin would print it as law.
    private void CheckDecidingBodies()
    {
        for (var i = 0; i < round.Measures.Count; i++)
        {
            var measure = round.Measures[i];
            if (measure.DecidedBy is not { Length: > 0 } body)
            {
                continue;
            }

            var party = ContainsAny(body, PartyBodyWords);
            var supervision = ContainsAny(body, SupervisionBodyWords);
            var path = new LazyJsonPath("$.measures").Item(i).Property("decidedBy");
            if (IsPartySanction(measure.Form) && !party)
            {
                Warning(path, "decided-by", $"a party sanction ({Vocabulary.Code(measure.Form)}) is decided by a discipline inspection commission (纪委) or a party organisation, and the deciding body names neither");
            }
            else if (IsGovSanction(measure.Form) && party && !supervision)
            {
                Warning(path, "decided-by", $"an administrative sanction ({Vocabulary.Code(measure.Form)}) is decided by a supervision commission (监委) or the appointing body, and the deciding body names a party body only");
            }
        }
    }

    private static readonly string[] PartyBodyWords = ["纪委", "纪工委", "纪律检查", "党委", "党组", "党工委", "党支部", "党总支", "党组织", "紀委", "紀工委", "紀律檢查", "黨委", "黨組", "黨工委", "黨支部", "黨總支", "黨組織"];

    private static readonly string[] SupervisionBodyWords = ["监委", "监察", "監委", "監察"];

    private static bool ContainsAny(string text, string[] words)
    {
        foreach (var word in words)
        {
            if (text.Contains(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsPartySanction(MeasureForm form) => form is MeasureForm.PartyWarning or MeasureForm.PartySeriousWarning
        or MeasureForm.RemovalFromPartyPosts or MeasureForm.PartyProbation or MeasureForm.ExpulsionFromParty;

    private static bool IsGovSanction(MeasureForm form) => form is MeasureForm.GovWarning or MeasureForm.GovDemerit or MeasureForm.GovMajorDemerit
        or MeasureForm.GovDowngrade or MeasureForm.GovRemoval or MeasureForm.GovDismissal;

    private void CheckNotices()
    {
        for (var i = 0; i < round.Notices.Count; i++)
        {
            var notice = round.Notices[i];
            var path = new LazyJsonPath("$.notices").Item(i);
            Text(notice.Title, path.Property("title"), RoundValidator.MaxNameLength, required: true);
            if (notice.FindingIds.IsEmpty)
            {
                Warning(path.Property("findings"), "required", "the notice notifies no finding");
            }

            for (var f = 0; f < notice.FindingIds.Count; f++)
            {
                Reference(notice.FindingIds[f], _findingIds, path.Property("findings").Item(f), "finding");
            }
        }
    }

    // A filed case (立案) is about a person and the findings it was filed on; it cannot precede the finding, and a
    // 党纪政务处分 of that person on those findings comes after it, not before.
    private void CheckCaseFilings()
    {
        if (round.CaseFilings.IsEmpty)
        {
            return;
        }

        // The sanctions of each person, for the order filing → sanction.
        var sanctions = new Dictionary<string, List<AccountabilityMeasure>>(StringComparer.Ordinal);
        foreach (var measure in round.Measures)
        {
            if (IsPartySanction(measure.Form) || IsGovSanction(measure.Form))
            {
                (sanctions.TryGetValue(measure.PersonId, out var list) ? list : sanctions[measure.PersonId] = []).Add(measure);
            }
        }

        for (var i = 0; i < round.CaseFilings.Count; i++)
        {
            var filing = round.CaseFilings[i];
            var path = new LazyJsonPath("$.caseFilings").Item(i);
            Reference(filing.PersonId, _personIds, path.Property("person"), "person");
            if (filing.FindingIds.IsEmpty)
            {
                Warning(path.Property("findings"), "required", "the filed case names no finding, so no document can relate it to a case");
            }

            for (var f = 0; f < filing.FindingIds.Count; f++)
            {
                if (!Reference(filing.FindingIds[f], _findingIds, path.Property("findings").Item(f), "finding", out var findingIndex) || !Known(filing.FiledOn))
                {
                    continue;
                }

                var finding = round.Findings[findingIndex];
                if (Known(finding.FoundOn) && filing.FiledOn < finding.FoundOn)
                {
                    Warning(path.Property("filedOn"), "date-order", $"filedOn {D(filing.FiledOn)} is before finding {Quote(finding.Id)} was found ({D(finding.FoundOn)})");
                }

                foreach (var measure in sanctions.GetValueOrDefault(filing.PersonId) ?? [])
                {
                    if (measure.FindingIds.Contains(finding.Id) && Known(measure.DecidedOn) && measure.DecidedOn < filing.FiledOn)
                    {
                        Warning(path.Property("filedOn"), "date-order", $"filedOn {D(filing.FiledOn)} is after the sanction {Quote(measure.Id)} of the same person was decided ({D(measure.DecidedOn)}); a sanction follows the filed case");
                    }
                }
            }

            Text(filing.FiledBy, path.Property("filedBy"), RoundValidator.MaxNameLength);
            Text(filing.Notes, path.Property("notes"), RoundValidator.MaxTextLength);
        }
    }

    private void CheckEvents()
    {
        for (var i = 0; i < round.Events.Count; i++)
        {
            var roundEvent = round.Events[i];
            Text(roundEvent.Title, new LazyJsonPath("$.events").Item(i).Property("title"), RoundValidator.MaxNameLength, required: true);
            InPeriod(roundEvent.Date, new LazyJsonPath("$.events").Item(i).Property("date"), "event date");
        }
    }

    private void Unique<T>(EquatableArray<T> items, string listPath, string property, Func<T, string> key, Dictionary<string, int> ids)
    {
        // Sized once: growing by doubling left as much garbage again, allocated while the round just read is young
        // (docs/performance.md, "Where the read still goes").
        ids.EnsureCapacity(ids.Count + items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            var id = key(items[i]);
            var path = new LazyJsonPath(listPath).Item(i).Property(property);
            if (!Text(id, path, RoundValidator.MaxNameLength, required: true))
            {
                continue;
            }

            if (!ids.TryAdd(id, i))
            {
                Error(path, "duplicate-id", $"{property} {Quote(id)} is already used by {listPath}[{ids[id]}]; {property}s must be unique within their list");
            }
        }
    }

    private bool Reference(string id, Dictionary<string, int> ids, LazyJsonPath path, string what) => Reference(id, ids, path, what, out _);

    // The index of the item referred to, when it exists.
    private bool Reference(string id, Dictionary<string, int> ids, LazyJsonPath path, string what, out int index)
    {
        index = -1;
        if (id.Length == 0)
        {
            return false;
        }

        if (ids.TryGetValue(id, out index))
        {
            return true;
        }

        Error(path, "reference", $"{what} {Quote(id)} does not exist; every reference must name an existing {what}");
        return false;
    }

    // The control characters (char.IsControl: U+0000–U+001F, U+007F–U+009F) but line breaks and tabs, searched vectorised.
    private static readonly SearchValues<char> ForbiddenControls = SearchValues.Create(
        [.. Enumerable.Range(0, 0xA0).Select(c => (char)c).Where(c => char.IsControl(c) && c is not '\n' and not '\r' and not '\t')]);

    // Checks a text value; returns false when it is missing or empty and required.
    private bool Text(string? value, LazyJsonPath path, int maxLength, bool required = false)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required && value is not null && value.Length > 0)
            {
                Error(path, "required", "must not be blank");
            }
            else if (required && value is not null)
            {
                Error(path, "required", "must not be empty");
            }

            return !required;
        }

        // Code points are never more than UTF-16 units: only a longer text is counted.
        if (value.Length > maxLength && CodePoints(value) is var length && length > maxLength)
        {
            Error(path, "length", $"is {length} characters long; the limit is {maxLength}");
        }

        var i = value.AsSpan().IndexOfAny(ForbiddenControls);
        if (i >= 0)
        {
            Error(path, "control-character", $"contains the control character U+{(int)value[i]:X4} at character {i + 1}; only line breaks and tabs are allowed");
        }

        return true;
    }

    // A period the reader refused (a date outside the supported range, an end before the start) was reported
    // once there; comparing every dated value with it would repeat that one problem ~200 times (issue 10, class 14).
    private bool PeriodKnown =>
        Known(round.Period.Start) && Known(round.Period.End)
        && Readable("$.period") && Readable("$.period.start") && Readable("$.period.end");

    private void InPeriod(LocalDate date, LazyJsonPath path, string what)
    {
        if (Known(date) && PeriodKnown && !round.Period.Contains(date))
        {
            Warning(path, "outside-period", $"{what} {D(date)} is outside the round's period {D(round.Period.Start)}..{D(round.Period.End)}");
        }
    }

    private void CoverageWarning(LocalDate start, LocalDate end, LazyJsonPath path)
    {
        if (calendar.DescribeCoverageGap(start, end) is { } gap)
        {
            Warning(path, "calendar-coverage", gap);
        }
    }

    private void Error(LazyJsonPath path, string rule, string message) =>
        _problems.Add(Diagnostic.Error(rule, message, DiagnosticLocation.Json(path.ToString())));

    private void Warning(LazyJsonPath path, string rule, string message) =>
        _problems.Add(Diagnostic.Warning(rule, message, DiagnosticLocation.Json(path.ToString())));

    private static bool Known(LocalDate date) => date != default;

    private bool Readable(LazyJsonPath path) => unreadable is null || unreadable.Count == 0 || !unreadable.Contains(path.ToString());

    private static string D(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    // Ids and codes are quoted in messages; a pasted paragraph is not.
    // A reference or id field quoted in a message: what was typed there may be a person's name ("person '欧阳娜娜'
    // does not exist" leaked it into logs), so only a value that looks like an id (ASCII letters, digits, - _ . : /)
    // is quoted; anything else is described by its length — the message's JSON path says where it is.
    internal static string Quote(string value) =>
        value.Length is > 0 and <= 60 && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':' or '/')
            ? $"'{value}'"
            : string.Create(CultureInfo.InvariantCulture, $"(a value of {value.Length} characters that is not an id)");

    private static string Clip(string value) => value.Length <= 60 ? value : string.Concat(value.AsSpan(0, 57), "…");

    private static int CodePoints(string value)
    {
        var count = value.Length;
        foreach (var c in value)
        {
            if (char.IsLowSurrogate(c))
            {
                count--;
            }
        }

        return count;
    }
}
