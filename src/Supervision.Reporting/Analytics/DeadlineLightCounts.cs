namespace Supervision.Reporting.Analytics;

/// <summary>The violations found on or before the as-of date by deadline light (亮灯情况), as a ledger's summary shows them.</summary>
/// <remarks>Each violation has exactly one light, so the counts add up to <see cref="RoundStatistics.Findings"/>.</remarks>
public sealed record DeadlineLightCounts
{
    /// <summary>Green: rectified.</summary>
    public required int Green { get; init; }

    /// <summary>Yellow: open and due within the threshold.</summary>
    public required int Yellow { get; init; }

    /// <summary>Red: overdue (and not in the ongoing mode).</summary>
    public required int Red { get; init; }

    /// <summary>Blue: ongoing (长期坚持) and not rectified.</summary>
    public required int Blue { get; init; }

    /// <summary>No light: open, not due soon or without a deadline.</summary>
    public required int None { get; init; }

    /// <summary>The count of one light.</summary>
    /// <param name="light">The light.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="light"/> is not defined.</exception>
    public int Of(DeadlineLight light) => light switch
    {
        DeadlineLight.Green => Green,
        DeadlineLight.Yellow => Yellow,
        DeadlineLight.Red => Red,
        DeadlineLight.Blue => Blue,
        DeadlineLight.None => None,
        _ => throw new ArgumentOutOfRangeException(nameof(light), light, "Not a defined deadline light."),
    };
}
