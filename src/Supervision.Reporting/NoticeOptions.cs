using NodaTime;

namespace Supervision.Reporting;

/// <summary>How to write the 督办通知 of a round (docs/notices.md): the as-of date, the reply-by date, and the document frame.</summary>
public sealed record NoticeOptions
{
    /// <summary>The most working days a default reply-by date may lie after the as-of date.</summary>
    public const int MaxReplyWorkingDays = 60;

    private readonly int _replyWorkingDays = 3;
    private readonly BulletinSpec _document = new();

    /// <summary>The as-of date (截至日期): a unit gets a notice when it has findings overdue on this date, exactly as <see cref="RoundAnalytics"/> counts them. There is no default: the library never reads the clock.</summary>
    public required LocalDate AsOf { get; init; }

    /// <summary>The date by which each unit is to report in writing; by default <see cref="ReplyWorkingDays"/> working days after <see cref="AsOf"/> by the round's calendar.</summary>
    public LocalDate? ReplyBy { get; init; }

    /// <value>The working days from <see cref="AsOf"/> to the default reply-by date (counted from the next day); 3 by default, 1 to <see cref="MaxReplyWorkingDays"/>.</value>
    /// <exception cref="ArgumentOutOfRangeException">Set outside 1 to <see cref="MaxReplyWorkingDays"/>.</exception>
    public int ReplyWorkingDays
    {
        get => _replyWorkingDays;
        init => _replyWorkingDays = value is >= 1 and <= MaxReplyWorkingDays
            ? value
            : throw new ArgumentOutOfRangeException(nameof(value), value, $"ReplyWorkingDays must be 1 to {MaxReplyWorkingDays}.");
    }

    /// <summary>Whether each notice also reminds its unit (提醒) of the findings due within the yellow-light window (<see cref="AnalyticsOptions.DueSoonWorkingDays"/>); off by default.</summary>
    public bool IncludeDueSoon { get; init; }

    /// <summary>
    /// The frame of every notice, as for a bulletin: the authority mark, the document number (a <c>{n}</c> in it becomes
    /// the notice's number in the set, e.g. 桂纪督〔2022〕{n}号), the signatory, the 成文日期 (default: <see cref="AsOf"/>),
    /// 抄送 and 印发, the format (PDF or .docx), the audience (public by default: names masked), the language, the fonts
    /// and the analytics settings (calendar, yellow-light window). A <see cref="BulletinSpec.Title"/> replaces the title
    /// and <see cref="BulletinSpec.Requirements"/> the requirement paragraph; the kind, cases, preamble, recipients and
    /// as-of date of the spec are not used.
    /// </summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public BulletinSpec Document { get => _document; init => _document = Guard.NotNull(value); }
}
