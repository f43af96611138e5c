using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;
using Supervision.Reporting.Analytics;
using Supervision.Reporting.Domain;
using Supervision.Reporting.Formatting;
using Supervision.Reporting.Rendering.Pdf.Bulletins;
using Supervision.Reporting.Tests.Support;

namespace Supervision.Reporting.Tests.Rendering.Bulletins;

// The demo's bulletins and a round with every measure form, read back with PdfPig, checked for what a reviewing
// officer (审核) would send back: a 处分 called 处理, a reminder talk "given" as a 处理, every measure counted as 问责,
// rectification progress in a typical-case bulletin, shares that do not add up, no 存在的主要问题.
public sealed class LegalRegisterTests
{
    private static readonly Lazy<Dictionary<string, string>> Demo = new(() =>
    {
        var round = Example.Guilin;
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var language in Enum.GetValues<Language>())
        {
            var tag = Vocabulary.LanguageTag(language);
            texts["typical-" + tag] = Text(round, new BulletinSpec { DocumentNumber = "桂纪通〔2022〕12号", Language = language });
            texts["statistics-" + tag] = Text(round, new BulletinSpec { Kind = BulletinKind.Statistics, DocumentNumber = "桂纪通〔2022〕13号", AsOf = new LocalDate(2022, 11, 30), Language = language });
            texts["daily-" + tag] = Text(round, new BulletinSpec { Kind = BulletinKind.Daily, ReportDate = new LocalDate(2022, 11, 17), Language = language });
        }

        return texts;
    });

    // A round in which one person receives each of the 22 forms, in one decision per form.
    private static SupervisionRound EveryForm()
    {
        var round = TestRounds.Minimal();
        var forms = Enum.GetValues<MeasureForm>();
        return round with
        {
            Measures = [.. forms.Select((form, i) => new AccountabilityMeasure
            {
                Id = "m" + i.ToString("D2", CultureInfo.InvariantCulture),
                PersonId = "p-zhang",
                FindingIds = ["f001"],
                Form = form,
                DecidedOn = TestRounds.D(11, 15).PlusDays(i % 10),
                DecidedBy = "全州县纪委监委",
            })],
        };
    }

    private static string Text(SupervisionRound round, BulletinSpec spec)
    {
        using var stream = new MemoryStream();
        Bulletin.Write(round, stream, spec with { UseSystemFonts = false });
        return new PdfReadBack(stream.ToArray()).TextWithoutPageNumbers;
    }

    private static IEnumerable<string> ChineseTexts() =>
        Demo.Value.Where(kv => !kv.Key.EndsWith("-en", StringComparison.Ordinal)).Select(kv => kv.Value)
            .Append(Text(EveryForm(), new BulletinSpec()))
            .Append(Text(EveryForm(), new BulletinSpec { Language = Language.ZhHant }))
            .Append(Text(EveryForm(), new BulletinSpec { Kind = BulletinKind.Statistics }));

    private const string Sanctions = "党内警告|党内严重警告|撤销党内职务|留党察看|开除党籍|政务警告|政务记过|政务记大过|政务降级|政务撤职|开除公职|黨內警告|黨內嚴重警告|撤銷黨內職務|留黨察看|開除黨籍|政務警告|政務記過|政務記大過|政務降級|政務撤職|開除公職";

    [Fact]
    public void Bulletins_NoSanctionIsCalled处理()
    {
        foreach (var text in ChineseTexts())
        {
            text.Should().NotMatchRegex($"({Sanctions})处理").And.NotMatchRegex($"({Sanctions})處理").And.NotContain("处分处理");
        }

        // The round with every form does tell each sanction, as a 处分.
        var everyForm = Text(EveryForm(), new BulletinSpec());
        foreach (var sanction in new[] { "党内警告", "开除党籍", "政务记过", "开除公职", "留党察看" })
        {
            everyForm.Should().MatchRegex($"给予张某[^。，]*{sanction}[^。，]*处分");
        }
    }

    [Fact]
    public void Bulletins_NoReminderTalkOrCriticismIsGivenAs处理()
    {
        foreach (var text in ChineseTexts())
        {
            text.Should().NotMatchRegex("给予[^。；]*?(提醒谈话|批评教育|诫勉)处理").And.NotMatchRegex("給予[^。；]*?(提醒談話|批評教育|誡勉)處理");
        }

        Demo.Value["typical-zh-Hans"].Should().Contain("进行提醒谈话").And.Contain("进行批评教育").And.Contain("进行诫勉");
    }

    [Fact]
    public void Bulletins_问责NeverCountsAllMeasures()
    {
        var all = RoundAnalytics.Compute(Example.Guilin, new LocalDate(2022, 11, 30)).Measures.PersonTimes;
        var day = RoundAnalytics.Compute(Example.Guilin, new LocalDate(2022, 11, 17)).Measures.PersonTimes;
        foreach (var (key, text) in Demo.Value.Where(kv => !kv.Key.EndsWith("-en", StringComparison.Ordinal)))
        {
            text.Should().NotMatchRegex("(共|累计|當日|当日|累計)(问责|問責)", key);
            foreach (Match match in Regex.Matches(text, "(问责|問責)(\\d+)人次"))
            {
                var counted = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
                counted.Should().BeLessThan(key.StartsWith("daily", StringComparison.Ordinal) ? day : all, key + ": " + match.Value);
            }
        }

        Demo.Value["statistics-zh-Hans"].Should().Contain($"共运用“四种形态”批评教育帮助和处理{all}人次");
    }

    [Fact]
    public void TypicalCaseBulletin_IsAboutConduct_NoRectificationStatusOr销号()
    {
        foreach (var key in new[] { "typical-zh-Hans", "typical-zh-Hant" })
        {
            var text = Demo.Value[key];
            foreach (var word in new[] { "销号", "銷號", "整改到位并", "正在整改", "已整改完成", "尚未完成整改", "整改完成", "整改措施" })
            {
                text.Should().NotContain(word, key);
            }
        }

        var english = Demo.Value["typical-en"];
        english.Should().NotContain("hasbeenrectifiedandclosed").And.NotContain("Rectificationisinprogress").And.NotContain("hasnotyetbeenrectified").And.NotContain("Measurestaken");
    }

    [Fact]
    public void TypicalCaseBulletin_Narrative_FactsResponsibilityHandling_InThatOrder()
    {
        var text = Demo.Value["typical-zh-Hans"];

        var facts = text.IndexOf("未及时向梅溪镇疫情防控指挥部报备", StringComparison.Ordinal);
        var responsibility = text.IndexOf("刘某作为梅溪镇坪水底村党总支部书记、村民委员会主任，对此负有直接责任。", StringComparison.Ordinal);
        var handling = text.IndexOf("梅溪镇纪委对刘某进行诫勉。", StringComparison.Ordinal);
        facts.Should().BePositive();
        responsibility.Should().BeGreaterThan(facts);
        handling.Should().BeGreaterThan(responsibility);
        text.Should().NotContain("查实，").And.NotContain("线索，资源县");
    }

    [Theory]
    [InlineData("statistics-zh-Hans", "占")]
    [InlineData("statistics-zh-Hant", "佔")]
    public void StatisticalBulletin_FourFormsShares_AddUpTo100Percent(string key, string share)
    {
        var text = Demo.Value[key];

        var match = Regex.Match(text, $"第一種形態\\d+人次、{share}([\\d.]+)%，第二種形態\\d+人次、{share}([\\d.]+)%|第一种形态\\d+人次、{share}([\\d.]+)%，第二种形态\\d+人次、{share}([\\d.]+)%");
        match.Success.Should().BeTrue(key);
        var values = match.Groups.Values.Skip(1).Where(g => g.Success).Select(g => decimal.Parse(g.Value, CultureInfo.InvariantCulture)).ToList();
        values.Should().HaveCount(2);
        values.Sum().Should().Be(100.0m);
    }

    [Fact]
    public void StatisticalBulletin_HasTheMainProblemsSection_WrittenFromTheData()
    {
        var s = RoundAnalytics.Compute(Example.Guilin, new LocalDate(2022, 11, 30));
        var text = Demo.Value["statistics-zh-Hans"];
        var top = BreakdownLabels.Of(Example.Guilin, BreakdownDimension.Category, s.ByCategory[0].Key, Language.ZhHans);

        var section = text[text.IndexOf("二、存在的主要问题", StringComparison.Ordinal)..text.IndexOf("三、下一步工作要求", StringComparison.Ordinal)];
        section.Should().Contain($"一是{top}问题较为突出，共发现{s.ByCategory[0].Counts.Findings}个").And.Contain($"二是部分地方整改进度落后，截至11月30日，尚有{s.Overdue}个问题超过整改时限未完成整改").And.Contain("三是");
        Demo.Value["statistics-zh-Hant"].Should().Contain("二、存在的主要問題");
        Demo.Value["statistics-en"].Should().Contain("2.Mainproblems").And.Contain("First,");
    }

    [Fact]
    public void DailyReport_CountsAs1起_NoLoneFirstNumber_UnannouncedVisitsGrouped()
    {
        var text = Demo.Value["daily-zh-Hans"];

        text.Should().Contain("当日通报和查处典型问题1起：").And.NotContain("（一）").And.NotContain("一起");
        text.Should().MatchRegex("不打招呼实地检查\\d+次（采取“四不两直”方式\\d+次、暗访\\d+次）");
        text.Should().Contain("工作建议：").And.Contain("报：桂林市纪委监委班子成员。发：各监督检查组。");
    }
}
