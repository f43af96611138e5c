using NodaTime;
using Supervision.Reporting.Analytics;
using Supervision.Reporting.Domain;

namespace Supervision.Reporting;

/// <summary>
/// The analytics of a round (docs/analytics.md): pure functions of a round and an as-of date D. Nothing dated after
/// D counts, and no clock is read — the caller chooses D.
/// </summary>
public static class RoundAnalytics
{
    /// <summary>Computes the statistics of <paramref name="round"/> on <paramref name="asOf"/> with the default options.</summary>
    /// <param name="round">The round; a valid one (see <see cref="RoundValidator"/>) gives meaningful figures.</param>
    /// <param name="asOf">The as-of date D.</param>
    /// <returns>The statistics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="round"/> is null.</exception>
    public static RoundStatistics Compute(SupervisionRound round, LocalDate asOf) => Compute(round, asOf, AnalyticsOptions.Default);

    /// <summary>Computes the statistics of <paramref name="round"/> on <paramref name="asOf"/>.</summary>
    /// <remarks>One pass over the findings with hash lookups: linear in the size of the round.</remarks>
    /// <param name="round">The round; a valid one (see <see cref="RoundValidator"/>) gives meaningful figures.</param>
    /// <param name="asOf">The as-of date D.</param>
    /// <param name="options">The calendar and thresholds.</param>
    /// <returns>The statistics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="round"/> or <paramref name="options"/> is null.</exception>
    public static RoundStatistics Compute(SupervisionRound round, LocalDate asOf, AnalyticsOptions options)
    {
        ArgumentNullException.ThrowIfNull(round);
        ArgumentNullException.ThrowIfNull(options);
        return new StatisticsBuilder(round, asOf, options).Build();
    }

    /// <summary>The deadline light of a finding on <paramref name="asOf"/> with the default options.</summary>
    /// <param name="finding">The finding.</param>
    /// <param name="asOf">The as-of date D.</param>
    /// <returns>The light.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="finding"/> is null.</exception>
    public static DeadlineLight LightOf(Finding finding, LocalDate asOf) => LightOf(finding, asOf, AnalyticsOptions.Default);

    /// <summary>
    /// The deadline light of a finding on <paramref name="asOf"/>: <see cref="DeadlineLight.None"/> when it was
    /// found after D or has no rectification (service problems usually); else green when rectified by D, blue
    /// when in the ongoing mode (长期坚持), red when overdue, yellow when its effective deadline is on or after D
    /// and at most <see cref="AnalyticsOptions.DueSoonWorkingDays"/> working days after D, none otherwise.
    /// </summary>
    /// <param name="finding">The finding.</param>
    /// <param name="asOf">The as-of date D.</param>
    /// <param name="options">The calendar and thresholds.</param>
    /// <returns>The light.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="finding"/> or <paramref name="options"/> is null.</exception>
    public static DeadlineLight LightOf(Finding finding, LocalDate asOf, AnalyticsOptions options)
    {
        ArgumentNullException.ThrowIfNull(finding);
        ArgumentNullException.ThrowIfNull(options);
        if (finding.FoundOn > asOf || finding.Rectification is not { } rectification)
        {
            return DeadlineLight.None;
        }

        return LightOf(rectification, asOf, rectification.EffectiveDeadline(asOf, options.Calendar), options);
    }

    /// <summary>Compares the statistics of two as-of dates (or two rounds): the changes from <paramref name="earlier"/> to <paramref name="later"/>.</summary>
    /// <param name="earlier">The earlier statistics (e.g. last week).</param>
    /// <param name="later">The later statistics (e.g. this week).</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static StatisticsComparison Compare(RoundStatistics earlier, RoundStatistics later)
    {
        ArgumentNullException.ThrowIfNull(earlier);
        ArgumentNullException.ThrowIfNull(later);
        return new StatisticsComparison { Earlier = earlier, Later = later };
    }

    // Shared with the one-pass builder, which has already computed the effective deadline.
    internal static DeadlineLight LightOf(Rectification rectification, LocalDate asOf, LocalDate? deadline, AnalyticsOptions options)
    {
        if (rectification.IsRectifiedAsOf(asOf))
        {
            return DeadlineLight.Green;
        }

        if (rectification.Mode == RectificationMode.Ongoing)
        {
            return DeadlineLight.Blue;
        }

        if (deadline is not { } due)
        {
            return DeadlineLight.None;
        }

        if (due < asOf)
        {
            return DeadlineLight.Red;
        }

        return options.Calendar.CountWorkingDays(asOf, due) <= options.DueSoonWorkingDays ? DeadlineLight.Yellow : DeadlineLight.None;
    }
}
