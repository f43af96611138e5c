using NodaTime;

namespace Supervision.Reporting.Domain;

/// <summary>
/// A supervision round (专项监督): a campaign in which inspection groups visit units, find problems,
/// track their rectification to closure and hold people accountable. It is the one set of facts every
/// document of the library is generated from.
/// </summary>
/// <remarks>
/// Immutable, with equality by value. Build one in code with object initializers, or read one from JSON
/// with <see cref="RoundJson"/>; check one built in code with
/// <see cref="RoundValidator"/>. Lists keep the order given, which is the order of the JSON
/// arrays, so problems are reported with the JSON path of the item.
/// </remarks>
public sealed record SupervisionRound
{
    /// <summary>The version of the JSON data format this library reads and writes.</summary>
    public const int CurrentFormatVersion = 1;

    /// <summary>The default time zone of a round.</summary>
    public const string DefaultTimeZone = "Asia/Shanghai";

    /// <summary>The id of the round (e.g. <c>guilin-2022-11-epidemic</c>).</summary>
    public required string Id { get; init; }

    /// <summary>The title (e.g. 疫情防控专项监督).</summary>
    public required string Title { get; init; }

    /// <summary>The authority running the round (e.g. 桂林市纪委监委).</summary>
    public required string Authority { get; init; }

    /// <summary>The IANA time zone of the round's dates; Asia/Shanghai by default.</summary>
    public string TimeZone { get; init; } = DefaultTimeZone;

    /// <summary>The period of the round (both ends included).</summary>
    public required DateInterval Period { get; init; }

    /// <summary>Notes about the round or its data.</summary>
    public string? Notes { get; init; }

    /// <summary>The focus areas (监督重点).</summary>
    public EquatableArray<FocusArea> FocusAreas { get; init; } = [];

    /// <summary>Categories the round adds or relabels (the built-in ones always exist).</summary>
    public EquatableArray<FindingCategory> Categories { get; init; } = [];

    /// <summary>The units, with their hierarchy.</summary>
    public EquatableArray<Unit> Units { get; init; } = [];

    /// <summary>The people.</summary>
    public EquatableArray<Person> People { get; init; } = [];

    /// <summary>The inspection groups.</summary>
    public EquatableArray<InspectionGroup> Groups { get; init; } = [];

    /// <summary>The inspections.</summary>
    public EquatableArray<Inspection> Inspections { get; init; } = [];

    /// <summary>The findings: violations and service problems.</summary>
    public EquatableArray<Finding> Findings { get; init; } = [];

    /// <summary>The accountability measures.</summary>
    public EquatableArray<AccountabilityMeasure> Measures { get; init; } = [];

    /// <summary>The public notices.</summary>
    public EquatableArray<PublicNotice> Notices { get; init; } = [];

    /// <summary>The cases filed for review and investigation (立案审查调查); none unless the round records them.</summary>
    public EquatableArray<CaseFiling> CaseFilings { get; init; } = [];

    /// <summary>The events.</summary>
    public EquatableArray<RoundEvent> Events { get; init; } = [];

    private RoundIndex Index => RoundIndex.Of(this);

    /// <summary>The unit with this id, or null.</summary>
    /// <param name="id">The unit id.</param>
    public Unit? FindUnit(string id) => Index.Unit(id);

    /// <summary>The person with this id, or null.</summary>
    /// <param name="id">The person id.</param>
    public Person? FindPerson(string id) => Index.Person(id);

    /// <summary>The group with this id, or null.</summary>
    /// <param name="id">The group id.</param>
    public InspectionGroup? FindGroup(string id) => Index.Group(id);

    /// <summary>The inspection with this id, or null.</summary>
    /// <param name="id">The inspection id.</param>
    public Inspection? FindInspection(string id) => Index.Inspection(id);

    /// <summary>The finding with this id, or null.</summary>
    /// <param name="id">The finding id.</param>
    public Finding? FindFinding(string id) => Index.Finding(id);

    /// <summary>The focus area with this code, or null.</summary>
    /// <param name="code">The focus area code.</param>
    public FocusArea? FindFocusArea(string code) => Index.FocusArea(code);

    /// <summary>True when <paramref name="code"/> is a built-in category or one the round defines.</summary>
    /// <param name="code">The category code.</param>
    public bool HasCategory(string code) => Index.HasCategory(code);

    /// <summary>
    /// The title of a category: the round's own title when it defines the code (for English, the built-in
    /// English label when there is one), else the built-in label; the code itself when unknown.
    /// </summary>
    /// <param name="code">The category code.</param>
    /// <param name="language">The language.</param>
    public string CategoryTitle(string code, Language language = Language.ZhHans)
    {
        var own = Index.Category(code);
        var builtIn = FindingCategory.BuiltInLabel(code, language);
        return language == Language.English ? builtIn ?? own?.Title ?? code : own?.Title ?? builtIn ?? code;
    }

    /// <summary>The group whose inspection found <paramref name="finding"/>, or null when it has no inspection.</summary>
    /// <param name="finding">A finding of this round.</param>
    /// <exception cref="ArgumentNullException"><paramref name="finding"/> is null.</exception>
    public InspectionGroup? GroupOf(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return finding.InspectionId is { } inspectionId && Index.Inspection(inspectionId) is { } inspection
            ? Index.Group(inspection.GroupId)
            : null;
    }

    /// <summary>
    /// The top-level area of a unit: its ancestor that sits directly below a root unit (e.g. the county or
    /// district); a root unit is its own area. Null when the unit is unknown.
    /// </summary>
    /// <param name="unitId">The unit id.</param>
    public Unit? TopLevelAreaOf(string unitId) => Index.TopLevelArea(unitId);

    /// <summary>The top-level area of a finding: that of its inspected unit, else of its responsible unit; null when it has neither.</summary>
    /// <param name="finding">A finding of this round.</param>
    /// <exception cref="ArgumentNullException"><paramref name="finding"/> is null.</exception>
    public Unit? TopLevelAreaOf(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        var unitId = finding.UnitId ?? finding.ResponsibleUnitId;
        return unitId is null ? null : Index.TopLevelArea(unitId);
    }

    /// <summary>The measures that concern <paramref name="findingId"/>, in round order.</summary>
    /// <param name="findingId">The finding id.</param>
    public IReadOnlyList<AccountabilityMeasure> MeasuresFor(string findingId) => Index.MeasuresFor(findingId);

    /// <summary>The notices that notify <paramref name="findingId"/>, in round order.</summary>
    /// <param name="findingId">The finding id.</param>
    public IReadOnlyList<PublicNotice> NoticesFor(string findingId) => Index.NoticesFor(findingId);

    /// <summary>Today where the round happens: the date now in the round's <see cref="TimeZone"/> (Asia/Shanghai when the zone is unknown).</summary>
    /// <param name="clock">The clock; NodaTime's system clock for the real time, a fake clock in tests.</param>
    /// <returns>Today's date in the round's zone.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is null.</exception>
    public LocalDate Today(IClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        var zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(TimeZone) ?? DateTimeZoneProviders.Tzdb[DefaultTimeZone];
        return clock.GetCurrentInstant().InZone(zone).Date;
    }

    /// <summary>
    /// The as-of date to use when none is given (the command line's rule): the end of the round's period, or today
    /// in the round's time zone, whichever is earlier — so a running round is reported as of today and a finished one
    /// as of its last day.
    /// </summary>
    /// <param name="clock">The clock; NodaTime's system clock for the real time.</param>
    /// <returns>The default as-of date.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is null.</exception>
    public LocalDate DefaultAsOf(IClock clock)
    {
        var today = Today(clock);
        return today < Period.End ? today : Period.End;
    }

    /// <summary>Describes the round by id and size (never by personal data).</summary>
    public override string ToString() =>
        $"SupervisionRound {Id} ({Period.Start:uuuu-MM-dd}..{Period.End:uuuu-MM-dd}): {Inspections.Count} inspections, {Findings.Count} findings, {Measures.Count} measures";
}
