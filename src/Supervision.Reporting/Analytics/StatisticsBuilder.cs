using NodaTime;
using Supervision.Reporting.Calendar;
using Supervision.Reporting.Domain;

namespace Supervision.Reporting.Analytics;

// Computes RoundStatistics in one pass over the findings (and one over inspections and measures), with
// dictionaries keyed by id, so that a million findings take well under a second.
// Single use: construct, then Build() once.
internal sealed class StatisticsBuilder
{
    private readonly SupervisionRound _round;
    private readonly LocalDate _asOf;
    private readonly AnalyticsOptions _options;
    private readonly WorkingDayCalendar _calendar;
    private readonly int[] _lights = new int[Enum.GetValues<DeadlineLight>().Length];

    private readonly Dictionary<string, Tally> _byCategory = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Tally> _byFocusArea = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Tally> _byResponsibleUnit = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Tally> _byArea = new(StringComparer.Ordinal);
    private readonly Tally[] _bySeverity = NewTallies(Enum.GetValues<Severity>().Length);
    private readonly Tally[] _bySource = NewTallies(Enum.GetValues<FindingSource>().Length);
    private readonly Dictionary<string, GroupTally> _byGroup = new(StringComparer.Ordinal);

    // Lookups built once: inspection → group, unit → top-level area (null when the unit is unknown).
    private readonly Dictionary<string, string> _groupOfInspection = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> _areaOfUnit = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Unit> _units = new(StringComparer.Ordinal);

    private readonly List<int> _daysToRectify = [];
    private readonly List<(OverdueFinding Finding, int Order)> _overdue = [];

    // The daily series: index 0 is the period start; events before it are folded into the opening totals.
    private readonly int[] _foundOn;
    private readonly int[] _rectifiedOn;
    private readonly int[] _closedOn;
    private int _foundBefore;
    private int _rectifiedBefore;
    private int _closedBefore;

    private int _findings;
    private int _service;
    private int _rectified;
    private int _closed;
    private int _overdueCount;
    private int _onTime;
    private int _age0To5;
    private int _age6To10;
    private int _age11To20;
    private int _age21Plus;
    private int _madePublic;

    // The findings named by the notices published by D; a finding is counted once, when the pass reaches it.
    private readonly HashSet<string> _named = new(StringComparer.Ordinal);

    public StatisticsBuilder(SupervisionRound round, LocalDate asOf, AnalyticsOptions options)
    {
        _round = round;
        _asOf = asOf;
        _options = options;
        _calendar = options.Calendar;

        // The units alone, not SupervisionRound's full index: indexing a million findings by id would cost
        // more than the statistics themselves. The first of duplicate ids wins, as in the index.
        foreach (var unit in round.Units)
        {
            _units.TryAdd(unit.Id, unit);
        }

        var start = round.Period.Start;
        var days = asOf < start ? 0 : Period.DaysBetween(start, asOf) + 1;
        _foundOn = new int[days];
        _rectifiedOn = new int[days];
        _closedOn = new int[days];
    }

    public RoundStatistics Build()
    {
        var (inspections, unitsVisited) = CountInspections();
        foreach (var notice in _round.Notices)
        {
            if (notice.PublishedOn <= _asOf)
            {
                _named.UnionWith(notice.FindingIds);
            }
        }

        var order = 0;
        foreach (var finding in _round.Findings)
        {
            Add(finding, order++);
        }

        return new RoundStatistics
        {
            AsOf = _asOf,
            Inspections = inspections,
            UnitsVisited = unitsVisited,
            Findings = _findings,
            ServiceProblems = _service,
            Rectified = _rectified,
            Closed = _closed,
            Overdue = _overdueCount,
            RectifiedOnTime = _onTime,
            TimeToRectify = BuildTimeToRectify(),
            Aging = new AgingBuckets { ZeroToFive = _age0To5, SixToTen = _age6To10, ElevenToTwenty = _age11To20, TwentyOneOrMore = _age21Plus },
            Measures = BuildMeasures(),
            Lights = new DeadlineLightCounts
            {
                Green = _lights[(int)DeadlineLight.Green],
                Yellow = _lights[(int)DeadlineLight.Yellow],
                Red = _lights[(int)DeadlineLight.Red],
                Blue = _lights[(int)DeadlineLight.Blue],
                None = _lights[(int)DeadlineLight.None],
            },
            ByCategory = Sorted(_byCategory),
            ByFocusArea = Sorted(_byFocusArea),
            ByResponsibleUnit = Sorted(_byResponsibleUnit),
            ByArea = Sorted(_byArea),
            ByGroup = BuildGroups(),
            BySeverity = Sorted<Severity>(_bySeverity),
            BySource = Sorted<FindingSource>(_bySource),
            Daily = BuildDaily(),
            OverdueFindings = BuildOverdue(),
            CasesFiled = CountCasesFiled(),
            TypicalCasesMadePublic = _madePublic,
        };
    }

    private (int Inspections, int UnitsVisited) CountInspections()
    {
        foreach (var group in _round.Groups)
        {
            _byGroup.TryAdd(group.Id, new GroupTally());
        }

        var count = 0;
        var units = new HashSet<string>(StringComparer.Ordinal);
        foreach (var inspection in _round.Inspections)
        {
            // Every inspection maps to its group, even a later one: a finding found by D keeps its group.
            _groupOfInspection.TryAdd(inspection.Id, inspection.GroupId);
            if (inspection.Date > _asOf)
            {
                continue;
            }

            count++;
            var group = TallyOfGroup(inspection.GroupId);
            group.Inspections++;
            foreach (var unitId in inspection.UnitIds)
            {
                units.Add(unitId);
                group.Units.Add(unitId);
            }
        }

        return (count, units.Count);
    }

    private int CountCasesFiled()
    {
        var count = 0;
        foreach (var filing in _round.CaseFilings)
        {
            if (filing.FiledOn <= _asOf)
            {
                count++;
            }
        }

        return count;
    }

    private void Add(Finding finding, int order)
    {
        if (finding.FoundOn > _asOf)
        {
            return;
        }

        if (_named.Count > 0 && _named.Remove(finding.Id))
        {
            _madePublic++;
        }

        if (!finding.IsViolation)
        {
            _service++;
            return;
        }

        _findings++;
        var rectification = finding.Rectification;
        var rectified = rectification is { CompletedOn: { } done } && done <= _asOf;
        var closed = rectification is { ClosedOn: { } shut } && shut <= _asOf;
        var deadline = rectification?.EffectiveDeadline(_asOf, _calendar);
        var overdue = !rectified && deadline is { } due && due < _asOf;

        if (rectified)
        {
            _rectified++;
            var completed = rectification!.CompletedOn!.Value;
            _daysToRectify.Add(_calendar.CountWorkingDays(rectification.AssignedOn, completed));
            if (deadline is not { } limit || completed <= limit)
            {
                _onTime++;
            }
        }
        else
        {
            AddAge(rectification is null ? 0 : _calendar.CountWorkingDays(rectification.AssignedOn, _asOf));
        }

        if (closed)
        {
            _closed++;
        }

        // A violation without a rectification (invalid data) has no light.
        _lights[(int)(rectification is null ? DeadlineLight.None : RoundAnalytics.LightOf(rectification, _asOf, deadline, _options))]++;

        if (overdue)
        {
            _overdueCount++;
            var limit = deadline!.Value;
            _overdue.Add((new OverdueFinding
            {
                FindingId = finding.Id,
                EffectiveDeadline = limit,
                DaysOverdue = Period.DaysBetween(limit, _asOf),
                WorkingDaysOverdue = _calendar.CountWorkingDays(limit, _asOf),
            }, order));
        }

        Count(TallyOf(_byCategory, finding.CategoryCode), rectified, closed, overdue);
        if (finding.FocusAreaCode is { } focus)
        {
            Count(TallyOf(_byFocusArea, focus), rectified, closed, overdue);
        }

        if (finding.ResponsibleUnitId is { } responsible)
        {
            Count(TallyOf(_byResponsibleUnit, responsible), rectified, closed, overdue);
        }

        if (AreaOf(finding) is { } area)
        {
            Count(TallyOf(_byArea, area), rectified, closed, overdue);
        }

        if (finding.InspectionId is { } inspectionId && _groupOfInspection.TryGetValue(inspectionId, out var groupId))
        {
            Count(TallyOfGroup(groupId).Findings, rectified, closed, overdue);
        }

        Count(_bySeverity[(int)finding.Severity], rectified, closed, overdue);
        Count(_bySource[(int)finding.Source], rectified, closed, overdue);

        AddDay(_foundOn, ref _foundBefore, finding.FoundOn);
        if (rectified)
        {
            AddDay(_rectifiedOn, ref _rectifiedBefore, rectification!.CompletedOn!.Value);
        }

        if (closed)
        {
            AddDay(_closedOn, ref _closedBefore, rectification!.ClosedOn!.Value);
        }
    }

    private void AddAge(int workingDays)
    {
        // Assigned after D (found by D, fed back later): it has not aged yet.
        switch (workingDays)
        {
            case <= 5: _age0To5++; break;
            case <= 10: _age6To10++; break;
            case <= 20: _age11To20++; break;
            default: _age21Plus++; break;
        }
    }

    private void AddDay(int[] days, ref int before, LocalDate date)
    {
        var start = _round.Period.Start;
        if (date < start)
        {
            before++;
            return;
        }

        // date ≤ D always holds here, so the index is inside the array.
        days[Period.DaysBetween(start, date)]++;
    }

    private string? AreaOf(Finding finding)
    {
        var unitId = finding.UnitId ?? finding.ResponsibleUnitId;
        if (unitId is null)
        {
            return null;
        }

        if (!_areaOfUnit.TryGetValue(unitId, out var area))
        {
            area = RoundIndex.FindTopLevelArea(_units, unitId)?.Id;
            _areaOfUnit[unitId] = area;
        }

        return area;
    }

    private GroupTally TallyOfGroup(string groupId)
    {
        if (!_byGroup.TryGetValue(groupId, out var tally))
        {
            // An unknown group (invalid data) still gets a row rather than vanishing from the totals.
            tally = new GroupTally();
            _byGroup[groupId] = tally;
        }

        return tally;
    }

    private static Tally TallyOf(Dictionary<string, Tally> map, string key)
    {
        if (!map.TryGetValue(key, out var tally))
        {
            tally = new Tally();
            map[key] = tally;
        }

        return tally;
    }

    private static void Count(Tally tally, bool rectified, bool closed, bool overdue)
    {
        tally.Findings++;
        if (rectified)
        {
            tally.Rectified++;
        }

        if (closed)
        {
            tally.Closed++;
        }

        if (overdue)
        {
            tally.Overdue++;
        }
    }

    private static Tally[] NewTallies(int length)
    {
        var tallies = new Tally[length];
        for (var i = 0; i < length; i++)
        {
            tallies[i] = new Tally();
        }

        return tallies;
    }

    private static EquatableArray<Breakdown> Sorted(Dictionary<string, Tally> map)
    {
        var rows = new List<Breakdown>(map.Count);
        foreach (var (key, tally) in map)
        {
            rows.Add(new Breakdown { Key = key, Counts = tally.ToCounts() });
        }

        return Sorted(rows);
    }

    private static EquatableArray<Breakdown> Sorted<T>(Tally[] tallies)
        where T : struct, Enum
    {
        var rows = new List<Breakdown>();
        var values = Enum.GetValues<T>();
        for (var i = 0; i < tallies.Length; i++)
        {
            if (tallies[i].Findings > 0)
            {
                rows.Add(new Breakdown { Key = Vocabulary.Code(values[i]), Counts = tallies[i].ToCounts() });
            }
        }

        return Sorted(rows);
    }

    private static EquatableArray<Breakdown> Sorted(List<Breakdown> rows)
    {
        rows.Sort(static (a, b) =>
        {
            var byCount = b.Counts.Findings.CompareTo(a.Counts.Findings);
            return byCount != 0 ? byCount : string.CompareOrdinal(a.Key, b.Key);
        });
        return new EquatableArray<Breakdown>(rows);
    }

    private EquatableArray<GroupStatistics> BuildGroups()
    {
        // The round's groups in its order (the order of 第一组, 第二组 …), then unknown ones (invalid data) by id.
        var rows = new List<GroupStatistics>(_byGroup.Count);
        foreach (var group in _round.Groups)
        {
            if (_byGroup.Remove(group.Id, out var tally))
            {
                rows.Add(tally.ToStatistics(group.Id));
            }
        }

        foreach (var (id, tally) in _byGroup.OrderBy(static p => p.Key, StringComparer.Ordinal))
        {
            rows.Add(tally.ToStatistics(id));
        }

        return new EquatableArray<GroupStatistics>(rows);
    }

    private TimeToRectify BuildTimeToRectify()
    {
        var n = _daysToRectify.Count;
        if (n == 0)
        {
            return new TimeToRectify { Count = 0 };
        }

        _daysToRectify.Sort();
        var values = _daysToRectify;
        long sum = 0;
        foreach (var value in values)
        {
            sum += value;
        }

        var median = n % 2 == 1 ? values[n / 2] : (values[(n / 2) - 1] + (double)values[n / 2]) / 2;

        // Nearest rank: the smallest value with at least 90% of the values at or below it.
        var rank = (int)Math.Ceiling(0.9 * n);
        return new TimeToRectify
        {
            Count = n,
            Median = median,
            Mean = (double)sum / n,
            P90 = values[Math.Max(rank, 1) - 1],
            Min = values[0],
            Max = values[n - 1],
        };
    }

    private MeasureStatistics BuildMeasures()
    {
        var forms = Enum.GetValues<MeasureForm>();
        var formCounts = new int[forms.Length];
        var formPeople = new HashSet<string>?[forms.Length];
        var fourCounts = new int[4];
        var fourPeople = new HashSet<string>[4];
        for (var i = 0; i < 4; i++)
        {
            fourPeople[i] = new HashSet<string>(StringComparer.Ordinal);
        }

        var people = new HashSet<string>(StringComparer.Ordinal);
        var total = 0;
        foreach (var measure in _round.Measures)
        {
            if (measure.DecidedOn > _asOf)
            {
                continue;
            }

            total++;
            people.Add(measure.PersonId);
            var form = (int)measure.Form;
            formCounts[form]++;
            (formPeople[form] ??= new HashSet<string>(StringComparer.Ordinal)).Add(measure.PersonId);
            var four = (int)Vocabulary.FourFormsOf(measure.Form);
            fourCounts[four]++;
            fourPeople[four].Add(measure.PersonId);
        }

        var byForm = new List<FormCount>();
        for (var i = 0; i < forms.Length; i++)
        {
            if (formCounts[i] > 0)
            {
                byForm.Add(new FormCount { Form = forms[i], PersonTimes = formCounts[i], People = formPeople[i]!.Count, Share = Ratio.Of(formCounts[i], total) });
            }
        }

        var byFour = new FourFormsCount[4];
        for (var i = 0; i < 4; i++)
        {
            byFour[i] = new FourFormsCount { Form = (FourForms)i, PersonTimes = fourCounts[i], People = fourPeople[i].Count, Share = Ratio.Of(fourCounts[i], total) };
        }

        return new MeasureStatistics { PersonTimes = total, People = people.Count, ByForm = new EquatableArray<FormCount>(byForm), ByFourForms = byFour };
    }

    private EquatableArray<DailyEntry> BuildDaily()
    {
        var entries = new DailyEntry[_foundOn.Length];
        int found = _foundBefore, rectified = _rectifiedBefore, closed = _closedBefore;
        var date = _round.Period.Start;
        for (var i = 0; i < entries.Length; i++)
        {
            found += _foundOn[i];
            rectified += _rectifiedOn[i];
            closed += _closedOn[i];
            entries[i] = new DailyEntry
            {
                Date = date,
                Found = _foundOn[i],
                Rectified = _rectifiedOn[i],
                Closed = _closedOn[i],
                CumulativeFound = found,
                CumulativeRectified = rectified,
                CumulativeClosed = closed,
            };
            date = date.PlusDays(1);
        }

        return entries;
    }

    private EquatableArray<OverdueFinding> BuildOverdue()
    {
        _overdue.Sort(static (a, b) =>
        {
            var byDays = b.Finding.DaysOverdue.CompareTo(a.Finding.DaysOverdue);
            return byDays != 0 ? byDays : a.Order.CompareTo(b.Order);
        });
        var result = new OverdueFinding[_overdue.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = _overdue[i].Finding;
        }

        return result;
    }

    private sealed class Tally
    {
        public int Findings;
        public int Rectified;
        public int Closed;
        public int Overdue;

        public BreakdownCounts ToCounts() => new() { Findings = Findings, Rectified = Rectified, Closed = Closed, Overdue = Overdue };
    }

    private sealed class GroupTally
    {
        public int Inspections;

        public HashSet<string> Units { get; } = new(StringComparer.Ordinal);

        public Tally Findings { get; } = new();

        public GroupStatistics ToStatistics(string id) =>
            new() { GroupId = id, Inspections = Inspections, UnitsVisited = Units.Count, Counts = Findings.ToCounts() };
    }
}
