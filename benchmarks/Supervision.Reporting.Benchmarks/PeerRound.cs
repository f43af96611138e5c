using System.Text.Json;
using NodaTime;
using Supervision.Reporting.Domain;

namespace Supervision.Reporting.Benchmarks;

// What a developer writes without the library: records shaped like the JSON, read by System.Text.Json's
// reflection-based serializer with the web defaults (camelCase), dates as DateOnly, codes as strings. No
// validation, no positions, no problems collected: the first error throws.
internal sealed record PeerRound(
    int FormatVersion, string Id, string Title, string Authority, string? TimeZone, string? Notes, PeerPeriod Period,
    List<PeerCode>? FocusAreas, List<PeerCode>? Categories, List<PeerUnit>? Units, List<PeerPerson>? People,
    List<PeerGroup>? Groups, List<PeerInspection>? Inspections, List<PeerFinding>? Findings, List<PeerMeasure>? Measures,
    List<PeerNotice>? Notices, List<PeerEvent>? Events)
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static PeerRound Read(string path)
    {
        using var file = File.OpenRead(path);
        return JsonSerializer.Deserialize<PeerRound>(file, Options)!;
    }

    // The domain round the bare ledger writer takes, mapped without any check (codes and dates as given).
    public SupervisionRound ToDomain() => new()
    {
        Id = Id,
        Title = Title,
        Authority = Authority,
        Period = new DateInterval(D(Period.Start), D(Period.End)),
        FocusAreas = [.. (FocusAreas ?? []).Select(a => new FocusArea { Code = a.Code, Title = a.Title })],
        Categories = [.. (Categories ?? []).Select(c => new FindingCategory { Code = c.Code, Title = c.Title })],
        Units = [.. (Units ?? []).Select(u => new Unit { Id = u.Id, Name = u.Name, Kind = C<UnitKind>(u.Kind), ParentId = u.Parent, DivisionCode = u.DivisionCode })],
        People = [.. (People ?? []).Select(p => new Person { Id = p.Id, Name = p.Name, Surname = p.Surname, Position = p.Position, UnitId = p.Unit, PartyMember = p.PartyMember, Disclosure = p.Disclosure is null ? Disclosure.Masked : C<Disclosure>(p.Disclosure) })],
        Groups = [.. (Groups ?? []).Select(g => new InspectionGroup { Id = g.Id, Name = g.Name, Composition = C<GroupComposition>(g.Composition), Leader = g.Leader, Members = [.. g.Members ?? []], AreaIds = [.. g.Areas ?? []] })],
        Inspections = [.. (Inspections ?? []).Select(i => new Inspection { Id = i.Id, GroupId = i.Group, Date = D(i.Date), UnitIds = [.. i.Units ?? []], Method = C<InspectionMethod>(i.Method), Notes = i.Notes })],
        Findings = [.. (Findings ?? []).Select(f => f.ToDomain())],
        Measures = [.. (Measures ?? []).Select(m => new AccountabilityMeasure { Id = m.Id, PersonId = m.Person, FindingIds = [.. m.Findings ?? []], Form = C<MeasureForm>(m.Form), DecidedOn = D(m.DecidedOn), DecidedBy = m.DecidedBy, Notes = m.Notes })],
    };

    internal static LocalDate D(DateOnly date) => LocalDate.FromDateOnly(date);

    internal static LocalDate? D(DateOnly? date) => date is { } d ? LocalDate.FromDateOnly(d) : null;

    internal static T C<T>(string? code)
        where T : struct, Enum => code is not null && Vocabulary.TryParseCode<T>(code, out var value) ? value : default;
}

internal sealed record PeerPeriod(DateOnly Start, DateOnly End);

internal sealed record PeerCode(string Code, string Title);

internal sealed record PeerUnit(string Id, string Name, string? Kind, string? Parent, string? DivisionCode);

internal sealed record PeerPerson(string Id, string Name, string? Surname, string? Position, string? Unit, bool? PartyMember, string? Disclosure);

internal sealed record PeerGroup(string Id, string Name, string? Composition, string? Leader, List<string>? Members, List<string>? Areas);

internal sealed record PeerInspection(string Id, string Group, DateOnly Date, List<string>? Units, string Method, string? Notes);

internal sealed record PeerFinding(
    string Id, string? Inspection, string? Source, DateOnly FoundOn, string? Unit, string? ResponsibleUnit, List<string>? ResponsiblePeople,
    string Category, string? FocusArea, string? Severity, string? Kind, string Summary, string? Description, PeerRectification? Rectification)
{
    public Finding ToDomain() => new()
    {
        Id = Id,
        InspectionId = Inspection,
        Source = PeerRound.C<FindingSource>(Source),
        FoundOn = PeerRound.D(FoundOn),
        UnitId = Unit,
        ResponsibleUnitId = ResponsibleUnit,
        ResponsiblePersonIds = [.. ResponsiblePeople ?? []],
        CategoryCode = Category,
        FocusAreaCode = FocusArea,
        Severity = Severity is null ? Domain.Severity.General : PeerRound.C<Severity>(Severity),
        Kind = Kind is null ? FindingKind.Violation : PeerRound.C<FindingKind>(Kind),
        Summary = Summary,
        Description = Description,
        Rectification = Rectification?.ToDomain(),
    };
}

internal sealed record PeerRectification(
    DateOnly AssignedOn, DateOnly? Deadline, int? WorkingDays, string? Mode, string? Measures, string? Owner, string Status,
    List<PeerProgress>? Progress, DateOnly? CompletedOn, DateOnly? ClosedOn, List<PeerExtension>? Extensions)
{
    public Rectification ToDomain() => new()
    {
        AssignedOn = PeerRound.D(AssignedOn),
        Deadline = PeerRound.D(Deadline),
        WorkingDays = WorkingDays,
        Mode = Mode is null ? RectificationMode.TimeLimited : PeerRound.C<RectificationMode>(Mode),
        Measures = Measures,
        OwnerId = Owner,
        Status = PeerRound.C<RectificationStatus>(Status),
        Progress = [.. (Progress ?? []).Select(p => new ProgressEntry { Date = PeerRound.D(p.Date), Status = PeerRound.C<RectificationStatus>(p.Status), Note = p.Note })],
        CompletedOn = PeerRound.D(CompletedOn),
        ClosedOn = PeerRound.D(ClosedOn),
        Extensions = [.. (Extensions ?? []).Select(e => new DeadlineExtension { GrantedOn = PeerRound.D(e.GrantedOn), NewDeadline = PeerRound.D(e.NewDeadline), Reason = e.Reason })],
    };
}

internal sealed record PeerProgress(DateOnly Date, string Status, string? Note);

internal sealed record PeerExtension(DateOnly GrantedOn, DateOnly NewDeadline, string? Reason);

internal sealed record PeerMeasure(string Id, string Person, List<string>? Findings, string Form, DateOnly DecidedOn, string? DecidedBy, string? Responsibility, string? Notes);

internal sealed record PeerNotice(string Id, string Title, DateOnly PublishedOn, List<string>? Findings);

internal sealed record PeerEvent(DateOnly Date, string? Kind, string Title);
