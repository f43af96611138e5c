using NodaTime;
using Supervision.Reporting.Domain;

namespace Supervision.Reporting.Analytics;

/// <summary>
/// The statistics of a round on an as-of date, as defined in docs/analytics.md: nothing dated after the as-of date
/// counts. Computed by <see cref="RoundAnalytics.Compute(SupervisionRound, LocalDate)"/>.
/// </summary>
/// <remarks>
/// "Findings" are violations (<see cref="FindingKind.Violation"/>); service problems are counted apart in
/// <see cref="ServiceProblems"/> and appear in no other figure. Rates are fractions in [0, 1] at full
/// precision and 0 when their denominator is 0. Breakdowns list only keys that have at least one finding,
/// ordered by descending <see cref="BreakdownCounts.Findings"/>, then by key (ordinal); a finding without
/// a focus area, responsible unit, unit or inspection is in no row of the corresponding breakdown.
/// </remarks>
public sealed record RoundStatistics
{
    /// <summary>The as-of date D.</summary>
    public required LocalDate AsOf { get; init; }

    /// <summary>Inspections dated on or before D.</summary>
    public required int Inspections { get; init; }

    /// <summary>Distinct units visited by those inspections.</summary>
    public required int UnitsVisited { get; init; }

    /// <summary>Violations found on or before D.</summary>
    public required int Findings { get; init; }

    /// <summary>Service problems (办实事) found on or before D; counted apart from violations.</summary>
    public required int ServiceProblems { get; init; }

    /// <summary>Violations with completedOn on or before D (whatever their status today).</summary>
    public required int Rectified { get; init; }

    /// <summary>Violations with closedOn on or before D.</summary>
    public required int Closed { get; init; }

    /// <summary>Violations not rectified by D whose effective deadline is before D.</summary>
    public required int Overdue { get; init; }

    /// <summary>Rectified violations completed on or before their effective deadline on D (or having no deadline).</summary>
    public required int RectifiedOnTime { get; init; }

    /// <summary>Violations not rectified by D: <see cref="Findings"/> − <see cref="Rectified"/>.</summary>
    public int Open => Findings - Rectified;

    /// <summary>Rectified / findings; 0 when there are no findings.</summary>
    public double RectificationRate => Ratio.Of(Rectified, Findings);

    /// <summary>Closed / findings; 0 when there are no findings.</summary>
    public double ClosureRate => Ratio.Of(Closed, Findings);

    /// <summary>Rectified on time / rectified; 0 when none are rectified.</summary>
    public double OnTimeRate => Ratio.Of(RectifiedOnTime, Rectified);

    /// <summary>Working days from assignment to completion over the rectified violations.</summary>
    public required TimeToRectify TimeToRectify { get; init; }

    /// <summary>The open violations by working days since assignment.</summary>
    public required AgingBuckets Aging { get; init; }

    /// <summary>Accountability: measures decided on or before D.</summary>
    public required MeasureStatistics Measures { get; init; }

    /// <summary>The violations by deadline light on D (see <see cref="RoundAnalytics.LightOf(Finding, LocalDate, AnalyticsOptions)"/>).</summary>
    public required DeadlineLightCounts Lights { get; init; }

    /// <summary>By category code.</summary>
    public required EquatableArray<Breakdown> ByCategory { get; init; }

    /// <summary>By focus area code.</summary>
    public required EquatableArray<Breakdown> ByFocusArea { get; init; }

    /// <summary>By responsible unit id.</summary>
    public required EquatableArray<Breakdown> ByResponsibleUnit { get; init; }

    /// <summary>By top-level area (the county or district: the ancestor of the finding's unit directly below a root unit), keyed by unit id.</summary>
    public required EquatableArray<Breakdown> ByArea { get; init; }

    /// <summary>Every group of the round, in the round's order, with its inspections, units visited and findings.</summary>
    public required EquatableArray<GroupStatistics> ByGroup { get; init; }

    /// <summary>By severity code (minor, general, serious, major).</summary>
    public required EquatableArray<Breakdown> BySeverity { get; init; }

    /// <summary>By source code (inspection, public-report, …).</summary>
    public required EquatableArray<Breakdown> BySource { get; init; }

    /// <summary>
    /// One entry per day from the round's period start to D (empty when D is before the start; continuing past
    /// the period end when D is later, so that the last entry's cumulative figures equal the totals).
    /// </summary>
    public required EquatableArray<DailyEntry> Daily { get; init; }

    /// <summary>The overdue violations, most calendar days overdue first, then in round order.</summary>
    public required EquatableArray<OverdueFinding> OverdueFindings { get; init; }

    /// <summary>
    /// Cases filed for review and investigation (立案审查调查) by D: the round's case filings with
    /// <c>filedOn</c> ≤ D. 0 when the round records none.
    /// </summary>
    public int CasesFiled { get; init; }

    /// <summary>
    /// Typical cases made public (通报曝光典型问题) by D: the distinct findings found by D that a notice published
    /// by D names, service problems included. 0 when the round records no notices.
    /// </summary>
    public int TypicalCasesMadePublic { get; init; }

    /// <summary>
    /// The breakdown by one dimension; for <see cref="BreakdownDimension.Group"/> the counts of
    /// <see cref="ByGroup"/> keyed by group id, in the round's order, including groups without findings.
    /// </summary>
    /// <param name="dimension">The dimension.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="dimension"/> is not defined.</exception>
    public EquatableArray<Breakdown> BreakdownBy(BreakdownDimension dimension) => dimension switch
    {
        BreakdownDimension.Category => ByCategory,
        BreakdownDimension.FocusArea => ByFocusArea,
        BreakdownDimension.ResponsibleUnit => ByResponsibleUnit,
        BreakdownDimension.Area => ByArea,
        BreakdownDimension.Group => new EquatableArray<Breakdown>(ByGroup.Select(static g => new Breakdown { Key = g.GroupId, Counts = g.Counts })),
        BreakdownDimension.Severity => BySeverity,
        BreakdownDimension.Source => BySource,
        _ => throw new ArgumentOutOfRangeException(nameof(dimension), dimension, "Not a defined breakdown dimension."),
    };

    /// <summary>Describes the statistics by their headline figures.</summary>
    public override string ToString() =>
        $"RoundStatistics as of {AsOf:uuuu-MM-dd}: {Findings} findings, {Rectified} rectified, {Closed} closed, {Overdue} overdue";
}
