using Supervision.Reporting.Domain;

namespace Supervision.Reporting.Analytics;

/// <summary>The accountability measures of one form (e.g. 提醒谈话) decided on or before the as-of date.</summary>
public sealed record FormCount
{
    /// <summary>The measure form.</summary>
    public required MeasureForm Form { get; init; }

    /// <summary>Person-times (人次): the number of measures of this form.</summary>
    public required int PersonTimes { get; init; }

    /// <summary>The distinct people who received a measure of this form.</summary>
    public required int People { get; init; }

    /// <summary>The share of all person-times, a fraction in [0, 1]; 0 when there are no measures.</summary>
    public required double Share { get; init; }
}
