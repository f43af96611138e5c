namespace Supervision.Reporting.Analytics;

/// <summary>
/// The open violations on an as-of date by age: working days from assignedOn to the as-of date (counted
/// from the day after assignment; a problem assigned after the as-of date or without a rectification counts as 0).
/// </summary>
public sealed record AgingBuckets
{
    /// <summary>Open for 0 to 5 working days.</summary>
    public required int ZeroToFive { get; init; }

    /// <summary>Open for 6 to 10 working days.</summary>
    public required int SixToTen { get; init; }

    /// <summary>Open for 11 to 20 working days.</summary>
    public required int ElevenToTwenty { get; init; }

    /// <summary>Open for 21 working days or more.</summary>
    public required int TwentyOneOrMore { get; init; }

    /// <summary>All open violations: the sum of the buckets.</summary>
    public int Total => ZeroToFive + SixToTen + ElevenToTwenty + TwentyOneOrMore;
}
