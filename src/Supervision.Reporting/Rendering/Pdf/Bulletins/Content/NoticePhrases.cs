using System.Globalization;
using NodaTime;
using Supervision.Reporting.Domain;
using Supervision.Reporting.Formatting;

namespace Supervision.Reporting.Rendering.Pdf.Bulletins.Content;

// The words of a 督办通知 (docs/notices.md). zh-Hant is the zh-Hans text converted (HantContent), as for bulletins.
internal abstract class NoticePhrases
{
    public static NoticePhrases For(Language language) => language == Language.English ? English.Instance : Chinese.Instance;

    public abstract string Title { get; }

    public abstract string Lead(string authority, string roundTitle, LocalDate asOf, int assigned, int overdue);

    public abstract string Heading(int number, string text);

    public abstract string OverdueHeading { get; }

    public abstract string OverdueCaption { get; }

    public abstract string DueSoonHeading { get; }

    public abstract string DueSoonLead(int count, int workingDays);

    public abstract string DueSoonCaption { get; }

    public abstract string RequirementHeading { get; }

    public abstract string Requirement(LocalDate replyBy, string authority, bool dueSoon);

    public abstract string NumberHeader { get; }

    public abstract string IdHeader { get; }

    public abstract string SummaryHeader { get; }

    public abstract string DeadlineHeader { get; }

    public abstract string OverdueDaysHeader { get; }

    public abstract string RemainingDaysHeader { get; }

    public abstract string Date(LocalDate date);

    public abstract string Subject(string roundTitle);

    public abstract string Keywords(string roundId);

    private sealed class Chinese : NoticePhrases
    {
        public static readonly Chinese Instance = new();

        public override string Title => "关于督促落实问题整改的通知";

        public override string Lead(string authority, string roundTitle, LocalDate asOf, int assigned, int overdue) => string.Create(
            CultureInfo.InvariantCulture,
            $"{authority}在{roundTitle}中向你单位反馈交办问题{assigned}个。截至{ChineseFormat.Date(asOf)}，其中{overdue}个问题已超过整改时限仍未完成整改。为压实整改责任，确保问题整改到位，现将有关事项通知如下：");

        public override string Heading(int number, string text) => ChineseFormat.HeadingNumber(number) + text;

        public override string OverdueHeading => "逾期未完成整改的问题";

        public override string OverdueCaption => "表1　逾期未完成整改问题清单";

        public override string DueSoonHeading => "即将到期问题提醒";

        public override string DueSoonLead(int count, int workingDays) => string.Create(
            CultureInfo.InvariantCulture,
            $"你单位另有{count}个问题将在{workingDays}个工作日内到期，请抓紧推进，确保按期完成整改。");

        public override string DueSoonCaption => "表2　即将到期问题清单";

        public override string RequirementHeading => "整改要求";

        public override string Requirement(LocalDate replyBy, string authority, bool dueSoon) => string.Create(
            CultureInfo.InvariantCulture,
            $"请你单位对上述问题逐项分析原因，明确责任人和整改措施，立即整改，并于{ChineseFormat.Date(replyBy)}前将整改情况和佐证材料书面报送{authority}。对无正当理由逾期仍未完成整改的，将依规依纪依法严肃问责。");

        public override string NumberHeader => "序号";

        public override string IdHeader => "问题编号";

        public override string SummaryHeader => "问题概要";

        public override string DeadlineHeader => "整改时限";

        public override string OverdueDaysHeader => "逾期工作日";

        public override string RemainingDaysHeader => "剩余工作日";

        public override string Date(LocalDate date) => ChineseFormat.Date(date);

        public override string Subject(string roundTitle) => roundTitle + "问题整改督办";

        public override string Keywords(string roundId) => "督办通知, 问题整改, " + roundId;
    }

    private sealed class English : NoticePhrases
    {
        public static readonly English Instance = new();

        public override string Title => "Notice on Urging the Rectification of Overdue Problems";

        public override string Lead(string authority, string roundTitle, LocalDate asOf, int assigned, int overdue) => string.Create(
            CultureInfo.InvariantCulture,
            $"In the {roundTitle}, {authority} assigned {assigned} {(assigned == 1 ? "problem" : "problems")} to your unit for rectification. As of {Date(asOf)}, {overdue} of them {(overdue == 1 ? "is" : "are")} past the deadline and not yet rectified. To hold those responsible to their task, the following is notified:");

        public override string Heading(int number, string text) => string.Create(CultureInfo.InvariantCulture, $"{number}. {text}");

        public override string OverdueHeading => "Problems past their deadline";

        public override string OverdueCaption => "Table 1  Overdue problems";

        public override string DueSoonHeading => "Problems due soon";

        public override string DueSoonLead(int count, int workingDays) => string.Create(
            CultureInfo.InvariantCulture,
            $"A further {count} {(count == 1 ? "problem falls" : "problems fall")} due within {workingDays} working days; please make sure {(count == 1 ? "it is" : "they are")} rectified on time.");

        public override string DueSoonCaption => "Table 2  Problems due soon";

        public override string RequirementHeading => "Requirements";

        public override string Requirement(LocalDate replyBy, string authority, bool dueSoon) => string.Create(
            CultureInfo.InvariantCulture,
            $"Please analyse the cause of each problem above, name who is responsible and what will be done, rectify at once, and report in writing to {authority}, with evidence, by {Date(replyBy)}. Problems left unrectified without good reason will be followed by accountability measures.");

        public override string NumberHeader => "No.";

        public override string IdHeader => "Finding";

        public override string SummaryHeader => "Summary";

        public override string DeadlineHeader => "Deadline";

        public override string OverdueDaysHeader => "Working days overdue";

        public override string RemainingDaysHeader => "Working days left";

        public override string Date(LocalDate date) => date.ToString("d MMMM uuuu", CultureInfo.InvariantCulture);

        public override string Subject(string roundTitle) => "Rectification notice: " + roundTitle;

        public override string Keywords(string roundId) => "notice, rectification, " + roundId;
    }
}
