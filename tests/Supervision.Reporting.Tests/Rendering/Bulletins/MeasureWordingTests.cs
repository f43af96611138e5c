using NodaTime;
using Supervision.Reporting.Domain;
using Supervision.Reporting.Rendering.Pdf.Bulletins.Content;

namespace Supervision.Reporting.Tests.Rendering.Bulletins;

// Each measure form in its own legal wording: 处分 for the party and administrative sanctions (never 处理), the
// first-form measures with their own verbs, 组织处理 as organisational handling; one person and several.
public sealed class MeasureWordingTests
{
    private static readonly LocalDate Day = new(2022, 11, 16);

    // The zh-Hans handling clause of every form, {0} the people.
    public static TheoryData<MeasureForm, string> Clauses => new()
    {
        { MeasureForm.ReminderTalk, "对{0}进行提醒谈话" },
        { MeasureForm.CriticismEducation, "对{0}进行批评教育" },
        { MeasureForm.OrderedSelfExamination, "责令{0}作出书面检查" },
        { MeasureForm.Admonishment, "对{0}进行诫勉" },
        { MeasureForm.CirculatedCriticism, "对{0}予以通报批评" },
        { MeasureForm.PartyWarning, "给予{0}党内警告处分" },
        { MeasureForm.PartySeriousWarning, "给予{0}党内严重警告处分" },
        { MeasureForm.GovWarning, "给予{0}政务警告处分" },
        { MeasureForm.GovDemerit, "给予{0}政务记过处分" },
        { MeasureForm.GovMajorDemerit, "给予{0}政务记大过处分" },
        { MeasureForm.GovDowngrade, "给予{0}政务降级处分" },
        { MeasureForm.SuspensionForInspection, "责令{0}停职检查" },
        { MeasureForm.PositionAdjustment, "对{0}作出调整职务处理" },
        { MeasureForm.OrderedResignation, "责令{0}辞职" },
        { MeasureForm.RemovalFromPost, "对{0}作出免职处理" },
        { MeasureForm.Demotion, "对{0}作出降职处理" },
        { MeasureForm.RemovalFromPartyPosts, "给予{0}撤销党内职务处分" },
        { MeasureForm.PartyProbation, "给予{0}留党察看处分" },
        { MeasureForm.ExpulsionFromParty, "给予{0}开除党籍处分" },
        { MeasureForm.GovRemoval, "给予{0}政务撤职处分" },
        { MeasureForm.GovDismissal, "给予{0}开除公职处分" },
        { MeasureForm.TransferToJudiciary, "将{0}涉嫌犯罪问题移送司法机关依法处理" },
    };

    public static TheoryData<MeasureForm, Language> FormsAndLanguages()
    {
        var data = new TheoryData<MeasureForm, Language>();
        foreach (var form in Enum.GetValues<MeasureForm>())
        {
            foreach (var language in Enum.GetValues<Language>())
            {
                data.Add(form, language);
            }
        }

        return data;
    }

    [Fact]
    public void Clauses_CoverEveryForm()
    {
        Clauses.Select(row => (MeasureForm)row[0]).Should().BeEquivalentTo(Enum.GetValues<MeasureForm>());
    }

    [Theory]
    [MemberData(nameof(Clauses))]
    public void Decision_ZhHans_OnePersonAndSeveral_InTheFormsOwnWording(MeasureForm form, string clause)
    {
        var phrases = CasePhrases.For(Language.ZhHans);

        var one = phrases.Decision(Day, "全州县纪委监委", [(phrases.People(["唐某"], 1), form)]);
        var several = phrases.Decision(Day, "全州县纪委监委", [(phrases.People(["唐某", "蒋某"], 4), form)]);

        one.Should().Be("2022年11月16日，全州县纪委监委" + clause.Replace("{0}", "唐某", StringComparison.Ordinal) + "。");
        several.Should().Be("2022年11月16日，全州县纪委监委" + clause.Replace("{0}", "唐某等4人", StringComparison.Ordinal) + "。");
    }

    [Theory]
    [MemberData(nameof(FormsAndLanguages))]
    public void Decision_EveryFormAndLanguage_NamesThePeople_SanctionsAre处分_LighterFormsAreNot处理(MeasureForm form, Language language)
    {
        var phrases = CasePhrases.For(language);
        foreach (var (names, count) in new[] { (new[] { "唐某" }, 1), (new[] { "唐某", "蒋某" }, 4) })
        {
            var people = phrases.People(names, count);
            var text = phrases.Decision(Day, "D", [(people, form)]);

            text.Should().Contain(people);
            text.Should().NotContain("处分处理").And.NotContain("處分處理");
            if (language == Language.English)
            {
                text.Should().NotMatchRegex("给予|給予|处分|處分|处理").And.EndWith(".");
                continue;
            }

            var sanction = Vocabulary.FourFormsOf(form) != FourForms.First && form is not (MeasureForm.SuspensionForInspection or MeasureForm.PositionAdjustment
                or MeasureForm.OrderedResignation or MeasureForm.RemovalFromPost or MeasureForm.Demotion or MeasureForm.TransferToJudiciary);
            if (sanction)
            {
                text.Should().MatchRegex(language == Language.ZhHant ? "給予.+處分。$" : "给予.+处分。$");
            }
            else
            {
                text.Should().NotMatchRegex("给予|給予|处分|處分");
            }

            if (language == Language.ZhHant)
            {
                HantCharacters.Convert(text).Should().Be(text, "no Simplified character of a pattern is left in zh-Hant");
            }
        }
    }

    [Fact]
    public void Decision_SeveralFormsInOneDecision_OneClausePerForm_SanctionsOfOnePersonJoined()
    {
        var phrases = CasePhrases.For(Language.ZhHans);

        phrases.Decision(Day, "雁山区纪委监委", [("魏某", MeasureForm.PartyWarning), ("魏某", MeasureForm.GovDemerit), ("唐某等4人", MeasureForm.ReminderTalk)])
            .Should().Be("2022年11月16日，雁山区纪委监委给予魏某党内警告、政务记过处分，对唐某等4人进行提醒谈话。");
        phrases.Decision(Day, "某纪委", [("甲某", MeasureForm.PartyWarning), ("乙某", MeasureForm.GovDemerit)])
            .Should().Be("2022年11月16日，某纪委给予甲某党内警告处分，给予乙某政务记过处分。");
    }

    [Fact]
    public void Rank_SanctionsComeBeforeTheLighterForms()
    {
        var sanctions = Enum.GetValues<MeasureForm>().Where(MeasureWording.IsSanction).Max(MeasureWording.Rank);
        foreach (var form in Enum.GetValues<MeasureForm>().Where(f => Vocabulary.FourFormsOf(f) == FourForms.First))
        {
            MeasureWording.Rank(form).Should().BeGreaterThan(sanctions, form.ToString());
        }
    }
}
