using System.Runtime.CompilerServices;

namespace Supervision.Reporting.Domain;

// Lookups by id, built once per round instance. Kept outside the record so that record equality
// and `with` copies are not affected by caches.
internal sealed class RoundIndex
{
    private static readonly ConditionalWeakTable<SupervisionRound, RoundIndex> Cache = new();

    private readonly Dictionary<string, Unit> _units;
    private readonly Dictionary<string, Person> _people;
    private readonly Dictionary<string, InspectionGroup> _groups;
    private readonly Dictionary<string, Inspection> _inspections;
    private readonly Dictionary<string, Finding> _findings;
    private readonly Dictionary<string, FocusArea> _focusAreas;
    private readonly Dictionary<string, FindingCategory> _categories;
    private readonly Dictionary<string, List<AccountabilityMeasure>> _measuresByFinding;
    private readonly Dictionary<string, List<PublicNotice>> _noticesByFinding;
    private readonly Dictionary<string, Unit?> _topLevel = new(StringComparer.Ordinal);
    private readonly object _topLevelLock = new();

    private RoundIndex(SupervisionRound round)
    {
        _units = ById(round.Units, u => u.Id);
        _people = ById(round.People, p => p.Id);
        _groups = ById(round.Groups, g => g.Id);
        _inspections = ById(round.Inspections, i => i.Id);
        _findings = ById(round.Findings, f => f.Id);
        _focusAreas = ById(round.FocusAreas, a => a.Code);
        _categories = ById(round.Categories, c => c.Code);
        _measuresByFinding = new(StringComparer.Ordinal);
        foreach (var measure in round.Measures)
        {
            foreach (var findingId in measure.FindingIds)
            {
                Add(_measuresByFinding, findingId, measure);
            }
        }

        _noticesByFinding = new(StringComparer.Ordinal);
        foreach (var notice in round.Notices)
        {
            foreach (var findingId in notice.FindingIds)
            {
                Add(_noticesByFinding, findingId, notice);
            }
        }
    }

    public static RoundIndex Of(SupervisionRound round) => Cache.GetValue(round, static r => new RoundIndex(r));

    public Unit? Unit(string id) => _units.GetValueOrDefault(id);

    public Person? Person(string id) => _people.GetValueOrDefault(id);

    public InspectionGroup? Group(string id) => _groups.GetValueOrDefault(id);

    public Inspection? Inspection(string id) => _inspections.GetValueOrDefault(id);

    public Finding? Finding(string id) => _findings.GetValueOrDefault(id);

    public FocusArea? FocusArea(string code) => _focusAreas.GetValueOrDefault(code);

    public FindingCategory? Category(string code) => _categories.GetValueOrDefault(code);

    public bool HasCategory(string code) => _categories.ContainsKey(code) || BuiltInCategories.Find(code) is not null;

    public IReadOnlyList<AccountabilityMeasure> MeasuresFor(string findingId) =>
        _measuresByFinding.TryGetValue(findingId, out var list) ? list : [];

    public IReadOnlyList<PublicNotice> NoticesFor(string findingId) =>
        _noticesByFinding.TryGetValue(findingId, out var list) ? list : [];

    public Unit? TopLevelArea(string unitId)
    {
        lock (_topLevelLock)
        {
            if (_topLevel.TryGetValue(unitId, out var cached))
            {
                return cached;
            }

            var area = FindTopLevelArea(unitId);
            _topLevel[unitId] = area;
            return area;
        }
    }

    private Unit? FindTopLevelArea(string unitId) => FindTopLevelArea(_units, unitId);

    // Static so that analytics can resolve areas from the units alone, without indexing every finding.
    internal static Unit? FindTopLevelArea(Dictionary<string, Unit> units, string unitId)
    {
        if (!units.TryGetValue(unitId, out var unit))
        {
            return null;
        }

        // Walk up until the parent is a root; a cycle (invalid data) stops the walk at the starting unit.
        var seen = new HashSet<string>(StringComparer.Ordinal) { unit.Id };
        var current = unit;
        while (current.ParentId is { } parentId && units.TryGetValue(parentId, out var parent))
        {
            if (parent.ParentId is null || !units.ContainsKey(parent.ParentId))
            {
                return current;
            }

            if (!seen.Add(parent.Id))
            {
                return unit;
            }

            current = parent;
        }

        return current;
    }

    private static Dictionary<string, T> ById<T>(EquatableArray<T> items, Func<T, string> key)
    {
        var map = new Dictionary<string, T>(items.Count, StringComparer.Ordinal);
        foreach (var item in items)
        {
            // The first of duplicate ids wins; the validator reports duplicates.
            map.TryAdd(key(item), item);
        }

        return map;
    }

    private static void Add<T>(Dictionary<string, List<T>> map, string key, T item)
    {
        if (!map.TryGetValue(key, out var list))
        {
            list = [];
            map[key] = list;
        }

        list.Add(item);
    }
}
