using Supervision.Reporting.Domain;

namespace Supervision.Reporting.Tests.Domain;

public sealed class VocabularyTests
{
    [Fact]
    public void Code_IsKebabCase()
    {
        Vocabulary.Code(MeasureForm.GovMajorDemerit).Should().Be("gov-major-demerit");
        Vocabulary.Code(GroupComposition.RoomGroupLocality).Should().Be("room-group-locality");
        Vocabulary.Code(RectificationStatus.InProgress).Should().Be("in-progress");
    }

    [Fact]
    public void Label_InEachLanguage()
    {
        Vocabulary.Label(MeasureForm.ReminderTalk).Should().Be("提醒谈话");
        Vocabulary.Label(MeasureForm.ReminderTalk, Language.ZhHant).Should().Be("提醒談話");
        Vocabulary.Label(MeasureForm.ReminderTalk, Language.English).Should().Be("Reminder talk");
        Vocabulary.Label(InspectionMethod.Unannounced).Should().Be("四不两直");
    }

    [Fact]
    public void EveryValueOfEveryVocabulary_HasThreeDistinctiveLabelsAndAUniqueCode()
    {
        Check<UnitKind>();
        Check<GroupComposition>();
        Check<InspectionMethod>();
        Check<FindingSource>();
        Check<FindingKind>();
        Check<Severity>();
        Check<RectificationMode>();
        Check<RectificationStatus>();
        Check<MeasureForm>();
        Check<FourForms>();
        Check<Responsibility>();
        Check<Disclosure>();
        Check<RoundEventKind>();

        static void Check<T>()
            where T : struct, Enum
        {
            Vocabulary.Values<T>().Should().BeEquivalentTo(Enum.GetValues<T>());
            Vocabulary.Values<T>().Select(v => Vocabulary.Code(v)).Should().OnlyHaveUniqueItems();
            foreach (var value in Enum.GetValues<T>())
            {
                Vocabulary.Label(value, Language.ZhHans).Should().NotBeNullOrWhiteSpace();
                Vocabulary.Label(value, Language.ZhHant).Should().NotBeNullOrWhiteSpace();
                Vocabulary.Label(value, Language.English).Should().MatchRegex("^[A-Za-z\"(]");
                Vocabulary.TryParseCode<T>(Vocabulary.Code(value), out var parsed).Should().BeTrue();
                parsed.Should().Be(value);
            }
        }
    }

    [Theory]
    [InlineData("已销号", RectificationStatus.Closed)]
    [InlineData("已銷號", RectificationStatus.Closed)]
    [InlineData("In progress", RectificationStatus.InProgress)]
    [InlineData(" rectified ", RectificationStatus.Rectified)]
    [InlineData("OPEN", RectificationStatus.Open)]
    public void TryParse_AcceptsCodesAndLabelsInAnyLanguage(string text, RectificationStatus expected)
    {
        Vocabulary.TryParse<RectificationStatus>(text, out var status).Should().BeTrue();
        status.Should().Be(expected);
    }

    [Fact]
    public void TryParseCode_IsExact()
    {
        Vocabulary.TryParseCode<RectificationStatus>("Closed", out _).Should().BeFalse();
    }

    [Theory]
    [InlineData(MeasureForm.ReminderTalk, FourForms.First)]
    [InlineData(MeasureForm.CriticismEducation, FourForms.First)]
    [InlineData(MeasureForm.Admonishment, FourForms.First)]
    [InlineData(MeasureForm.CirculatedCriticism, FourForms.First)]
    [InlineData(MeasureForm.PartyWarning, FourForms.Second)]
    [InlineData(MeasureForm.GovDemerit, FourForms.Second)]
    [InlineData(MeasureForm.Demotion, FourForms.Second)]
    [InlineData(MeasureForm.PartyProbation, FourForms.Third)]
    [InlineData(MeasureForm.GovDismissal, FourForms.Third)]
    [InlineData(MeasureForm.TransferToJudiciary, FourForms.Fourth)]
    public void FourFormsOf_PlacesEachForm(MeasureForm form, FourForms expected)
    {
        Vocabulary.FourFormsOf(form).Should().Be(expected);
    }

    [Fact]
    public void FourFormsOf_EveryForm_HasAPlace()
    {
        Enum.GetValues<MeasureForm>().Select(Vocabulary.FourFormsOf).Distinct().Should().HaveCount(4);
    }

    [Fact]
    public void BuiltInCategories_HaveLabelsInThreeLanguages()
    {
        FindingCategory.BuiltIn.Select(c => c.Code).Should().Equal(
            "inaction", "discount", "over-enforcement", "one-size-fits-all", "formalism", "bureaucratism",
            "buck-passing", "perfunctory", "lax-enforcement", "unreported", "four-winds", "other");
        FindingCategory.BuiltInLabel("buck-passing", Language.ZhHant).Should().Be("推諉扯皮");
        FindingCategory.BuiltInLabel("no-such", Language.ZhHans).Should().BeNull();
    }

    [Theory]
    [InlineData("zh-Hans", Language.ZhHans)]
    [InlineData("zh-CN", Language.ZhHans)]
    [InlineData("zh-hant", Language.ZhHant)]
    [InlineData("zh-TW", Language.ZhHant)]
    [InlineData("en", Language.English)]
    public void TryParseLanguage_KnownTags(string tag, Language expected)
    {
        Vocabulary.TryParseLanguage(tag, out var language).Should().BeTrue();
        language.Should().Be(expected);
        Vocabulary.TryParseLanguage("fr", out _).Should().BeFalse();
    }
}
