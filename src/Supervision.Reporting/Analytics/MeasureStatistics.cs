using Supervision.Reporting.Domain;

namespace Supervision.Reporting.Analytics;

/// <summary>Accountability (问责) on an as-of date: the measures decided on or before it.</summary>
public sealed record MeasureStatistics
{
    /// <summary>Person-times (人次): the number of measures. One person with two measures counts twice.</summary>
    public required int PersonTimes { get; init; }

    /// <summary>The distinct people who received at least one measure.</summary>
    public required int People { get; init; }

    /// <summary>The forms that occur, in the vocabulary's order (first-form forms first).</summary>
    public required EquatableArray<FormCount> ByForm { get; init; }

    /// <summary>The four forms, always four entries in order first, second, third, fourth.</summary>
    public required EquatableArray<FourFormsCount> ByFourForms { get; init; }

    /// <summary>The entry of one of the four forms.</summary>
    /// <param name="form">The form.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="form"/> is not a defined value.</exception>
    public FourFormsCount Of(FourForms form) =>
        form is >= FourForms.First and <= FourForms.Fourth
            ? ByFourForms[(int)form]
            : throw new ArgumentOutOfRangeException(nameof(form), form, "Not one of the four forms.");

    /// <summary>Person-times of one measure form; 0 when it does not occur.</summary>
    /// <param name="form">The measure form.</param>
    public int PersonTimesOf(MeasureForm form)
    {
        foreach (var entry in ByForm)
        {
            if (entry.Form == form)
            {
                return entry.PersonTimes;
            }
        }

        return 0;
    }
}
