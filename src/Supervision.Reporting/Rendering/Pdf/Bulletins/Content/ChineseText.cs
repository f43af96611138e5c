using System.Globalization;
using NodaTime;
using Supervision.Reporting.Analytics;
using Supervision.Reporting.Domain;

namespace Supervision.Reporting.Rendering.Pdf.Bulletins.Content;

// Small pieces of Chinese official-document prose shared by the composers.
internal static class ChineseText
{
    public static string YearMonth(LocalDate date) => YearMonth(date, Language.ZhHans);

    // 2022年11月, or November 2022 in English: the one written form of a month in the prose.
    public static string YearMonth(LocalDate date, Language language) => language == Language.English
        ? date.ToString("MMMM uuuu", CultureInfo.InvariantCulture)
        : string.Create(CultureInfo.InvariantCulture, $"{date.Year}年{date.Month}月");

    // Ends a sentence with 。 unless it already ends with closing punctuation.
    public static string Sentence(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            return trimmed;
        }

        return trimmed[^1] is '。' or '！' or '？' or '；' ? trimmed : trimmed.TrimEnd('，', '、', '：', ',', '.', ';') + "。";
    }

    // Joins place names without repeating what the next name already starts with
    // (全州县 + 全州县黄沙河镇 → 全州县黄沙河镇; 黄沙河镇 + 黄沙河镇高速路口检查站 → …高速路口检查站).
    public static string AppendWithoutOverlap(string head, string next)
    {
        for (var overlap = Math.Min(head.Length, next.Length); overlap >= 2; overlap--)
        {
            if (head.AsSpan(head.Length - overlap).SequenceEqual(next.AsSpan(0, overlap)))
            {
                return string.Concat(head, next.AsSpan(overlap));
            }
        }

        return head + next;
    }

    // Removes from the start of text the longest part that the subject already ends with
    // (subject …坪水底村党总支部书记, text 坪水底村党总支部书记对… → 对…).
    public static string StripRepeatedSubject(string subject, string text)
    {
        for (var length = Math.Min(subject.Length, text.Length - 1); length >= 2; length--)
        {
            if (subject.AsSpan(subject.Length - length).SequenceEqual(text.AsSpan(0, length)))
            {
                return text[length..];
            }
        }

        return text;
    }
}
