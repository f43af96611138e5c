using System.Reflection;
using NodaTime;
using Supervision.Reporting.Domain;
using Supervision.Reporting.Rendering.Pdf.Bulletins.Content;
using Supervision.Reporting.Tests.Support;

namespace Supervision.Reporting.Tests.Rendering.Bulletins;

public sealed class BulletinPhrasesTests
{
    private static readonly LocalDateText Dates = new(new LocalDate(2022, 11, 30), new LocalDate(2022, 11, 1));

    // Every fixed text (headings, headers, captions) of a phrase class, by property name.
    private static Dictionary<string, string> Texts(object phrases) => phrases.GetType()
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.PropertyType == typeof(string))
        .ToDictionary(p => p.Name, p => (string)p.GetValue(phrases)!);

    // The data passed in is ASCII ("A", "G1"), so that whatever Chinese a sentence has is the pattern's own.
    private static IEnumerable<string> StatisticsSentences(StatisticsPhrases p)
    {
        var dates = Dates with { Language = p.Language };
        return
        [
            p.Title("T"), p.Preamble(Example.Guilin with { Authority = "A", Title = "T" }, 10, 6, dates), p.AsOfLead(dates),
            p.GroupsInspected(p.Scope(UnitKind.City), 10, 127), p.GroupsInspected(p.Scope(null), 0, 1), p.UnitsCovered(184), p.FoundClause(68), p.NoneFound,
            p.RectifiedClause(56, 0.8235), p.OnTimeClause(0.964), p.ClosedClause(36), p.OverdueClause(5), p.OverdueClause(0), p.ServiceClause(4),
            p.AccountabilityClause(16, 15), p.FourFormsLead([p.FourFormsClause("F1", 15, 0.938)]), p.OtherAreas(3), p.OtherCategories(5), p.OtherGroups(3),
            p.NoMeasures, p.CasesLead(3), p.AreaSummary([("X", 24), ("Y", 6)], 8, [("Z", 2)]), p.SeeTable(1, annex: true), p.SeeTable(2, annex: false), p.CategorySummary(("C", 13, 0.191), [("D", 10)]),
            p.GroupSummary("G6", 19, "G1", 24), p.GroupSummary("G6", 19, "G6", 24), p.MeasuresSummary([("M", 5), ("N", 2)]), p.DistinctUnitsNote,
            p.TableCaption(1, "X"), p.ChartCaption(2, "Y"), p.Heading(3, "H"), p.Subheading(2, "S"),
            .. p.DefaultRequirements("P", 68, 12, 5).Cast<BodyHeading>().SelectMany(h => new[] { h.Text, h.RunIn ?? string.Empty }),
            .. p.DefaultRequirements("P", 0, 0, 0).Cast<BodyHeading>().SelectMany(h => new[] { h.Text, h.RunIn ?? string.Empty }),
        ];
    }

    private static IEnumerable<string> DailySentences(DailyPhrases p)
    {
        var dates = Dates with { Language = p.Language };
        return
        [
            p.Name("T"), p.Issue(17), p.Title(dates, "T"), p.Heading(2, "H"), p.GroupTableCaption(1, dates), p.NoInspections(dates),
            p.Inspected(dates, ["G1", "G2", "G3", "G4"], 11, 17, [(InspectionMethod.Unannounced, 5), (InspectionMethod.DocumentReview, 4)]),
            p.FoundToday(3, ["E1", "E2"]), p.FoundToday(0, []), p.ServiceToday(2, ["E3"]), p.RectifiedToday(2, 1), p.RectifiedToday(0, 0),
            p.MeasuresToday(1, [("M", 1)]), p.MeasuresToday(0, []), p.NoticesToday(["N"]), p.CasesLead(2, 4), p.CasesLead(1, 1), p.CaseNumber(1),
            p.Events(["V1", "V2"]), p.OtherGroups(2),
        ];
    }

    // A zh-Hant pattern is the zh-Hans pattern character for character: converted (HantCharacters) or written out
    // (legal terms whose characters the map had no need of), so no Simplified character the map knows is left.
    private static void InStep(string simplified, string traditional, string because)
    {
        traditional.Length.Should().Be(simplified.Length, because);
        HantCharacters.Convert(traditional).Should().Be(traditional, because);
        if (HantCharacters.Convert(simplified) != simplified)
        {
            traditional.Should().NotBe(simplified, because);
        }
    }

    [Fact]
    public void ChineseStatisticsPhrases_Traditional_EveryText_IsTheSimplifiedTextConverted()
    {
        var simplified = Texts(StatisticsPhrases.For(Language.ZhHans));
        var traditional = Texts(StatisticsPhrases.For(Language.ZhHant));

        foreach (var (name, text) in simplified.Where(t => t.Key != nameof(StatisticsPhrases.Language)))
        {
            InStep(text, traditional[name], name);
        }

        traditional[nameof(StatisticsPhrases.Overall)].Should().Be("總體情況");
    }

    [Fact]
    public void ChineseDailyPhrases_Traditional_EveryText_IsTheSimplifiedTextConverted()
    {
        var simplified = Texts(DailyPhrases.For(Language.ZhHans));
        var traditional = Texts(DailyPhrases.For(Language.ZhHant));

        foreach (var (name, text) in simplified.Where(t => t.Key != nameof(DailyPhrases.Language)))
        {
            InStep(text, traditional[name], name);
        }

        traditional[nameof(DailyPhrases.CumulativeHeading)].Should().Be("累計情況");
    }

    [Fact]
    public void ChinesePhrases_Traditional_Sentences_AreTheSimplifiedSentencesConverted()
    {
        // The data is ASCII: a pattern left without its conversion would differ here.
        string[] simplified = [.. StatisticsSentences(StatisticsPhrases.For(Language.ZhHans)), .. DailySentences(DailyPhrases.For(Language.ZhHans))];
        string[] traditional = [.. StatisticsSentences(StatisticsPhrases.For(Language.ZhHant)), .. DailySentences(DailyPhrases.For(Language.ZhHant))];

        traditional.Should().HaveSameCount(simplified);
        for (var i = 0; i < simplified.Length; i++)
        {
            InStep(simplified[i], traditional[i], simplified[i]);
        }

        traditional.Should().Contain(t => t.Contains("截至11月30日，", StringComparison.Ordinal)).And.Contain(t => t.Contains("總", StringComparison.Ordinal) || t.Contains("個", StringComparison.Ordinal));
    }

    [Fact]
    public void EnglishPhrases_FixedTextsAndSentences_HaveNoChinese()
    {
        var texts = Texts(StatisticsPhrases.For(Language.English)).Values
            .Concat(Texts(DailyPhrases.For(Language.English)).Values)
            .Concat(StatisticsSentences(StatisticsPhrases.For(Language.English)))
            .Concat(DailySentences(DailyPhrases.For(Language.English)));

        foreach (var text in texts)
        {
            text.Should().NotMatchRegex(@"[\u3400-\u9fff（）、，。；：《》]", text);
        }
    }
}
