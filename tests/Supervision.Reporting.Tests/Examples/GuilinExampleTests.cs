using NodaTime;
using Supervision.Reporting.Domain;
using Supervision.Reporting.Serialization;
using Supervision.Reporting.Tests.Serialization;
using Supervision.Reporting.Tests.Support;

namespace Supervision.Reporting.Tests.Examples;

// The example must stay faithful to the founding article (DESIGN §1) and valid under every rule.
public sealed class GuilinExampleTests
{
    private static readonly LocalDate AsOf = new(2022, 11, 30);

    private static SupervisionRound Round => Example.Guilin;

    [Fact]
    public void Example_IsValidWithoutWarnings()
    {
        var result = RoundJson.ReadFile(Example.Path);

        result.Report.Diagnostics.Should().BeEmpty(result.Report.ToString());
    }

    [Fact]
    public void Example_ConformsToTheSchema()
    {
        var result = RoundJsonSchemaTests.Evaluate(File.ReadAllText(Example.Path));

        result.IsValid.Should().BeTrue(RoundJsonSchemaTests.Describe(result));
    }

    [Fact]
    public void Example_RoundTripsThroughJson()
    {
        RoundJson.Parse(RoundJson.Serialize(Round)).Value.Should().Be(Round);
    }

    [Fact]
    public void Example_HasTenRoomGroupLocalityGroupsAndSixFocusAreas()
    {
        Round.Groups.Should().HaveCount(10).And.OnlyContain(g => g.Composition == GroupComposition.RoomGroupLocality);
        Round.FocusAreas.Should().HaveCount(6);
        Round.FocusAreas.Select(a => a.Title).Should().Contain("疫情防控责任落实情况");
        Round.Authority.Should().Be("桂林市纪委监委");
    }

    [Fact]
    public void Example_IsAMonthOfTenGroupsWork()
    {
        Round.Inspections.Should().HaveCountGreaterThanOrEqualTo(100);
        Round.Findings.Count(f => f.IsViolation).Should().BeGreaterThanOrEqualTo(60);
        Round.Inspections.Select(i => i.Method).Should().Contain(InspectionMethod.Unannounced).And.Contain(InspectionMethod.DocumentReview);
        var statuses = Round.Findings.Where(f => f.IsViolation).Select(f => f.Rectification!.StatusAsOf(AsOf)).Distinct();
        statuses.Should().BeEquivalentTo(Enum.GetValues<RectificationStatus>());
        Round.Findings.Count(f => f.IsViolation && f.Rectification!.IsOverdueAsOf(AsOf, Supervision.Reporting.Calendar.WorkingDayCalendar.China)).Should().BePositive();
    }

    [Fact]
    public void Example_MeetingsOn14thAnd17th()
    {
        Round.Events.Where(e => e.Kind == RoundEventKind.Meeting).Select(e => e.Date)
            .Should().BeEquivalentTo([new LocalDate(2022, 11, 14), new LocalDate(2022, 11, 17)]);
    }

    [Fact]
    public void Example_CheckpointCase_FourReminderTalksFiveCriticismEducationAndAPublicNotice()
    {
        var checkpoint = Round.Findings.Single(f => f.Summary.Contains("高速路口疫情防控临时检查站", StringComparison.Ordinal) && f.Summary.Contains("应检尽检", StringComparison.Ordinal));
        checkpoint.FoundOn.Should().Be(new LocalDate(2022, 11, 13));
        checkpoint.CategoryCode.Should().Be("lax-enforcement");
        Round.FindInspection(checkpoint.InspectionId!)!.Method.Should().Be(InspectionMethod.Unannounced);

        var measures = Round.MeasuresFor(checkpoint.Id);
        measures.Count(m => m.Form == MeasureForm.ReminderTalk).Should().Be(4);
        measures.Count(m => m.Form == MeasureForm.CriticismEducation).Should().Be(5);
        measures.Select(m => m.PersonId).Distinct().Should().HaveCount(9);
        Round.NoticesFor(checkpoint.Id).Should().NotBeEmpty();
    }

    [Fact]
    public void Example_Quanzhou_TwentyThreeFormalismBureaucratismProblemsAllRectified()
    {
        var sanDuSanCha = Round.Findings
            .Where(f => f.InspectionId is { } id && Round.FindInspection(id)!.Notes?.Contains("三督三查", StringComparison.Ordinal) == true)
            .ToList();

        sanDuSanCha.Should().HaveCount(23);
        sanDuSanCha.Should().OnlyContain(f => Round.TopLevelAreaOf(f)!.Name == "全州县");
        sanDuSanCha.Select(f => f.CategoryCode).Should().OnlyContain(c => c == "formalism" || c == "bureaucratism" || c == "buck-passing" || c == "perfunctory");
        sanDuSanCha.Should().OnlyContain(f => f.Rectification!.IsRectifiedAsOf(AsOf));
    }

    [Fact]
    public void Example_ZiyuanFuneralCase_AdmonishmentOfTheVillageSecretary()
    {
        var funeral = Round.Findings.Single(f => f.CategoryCode == "unreported" && f.Summary.Contains("丧事", StringComparison.Ordinal));
        Round.TopLevelAreaOf(funeral)!.Name.Should().Be("资源县");

        var measure = Round.MeasuresFor(funeral.Id).Should().ContainSingle().Subject;
        measure.Form.Should().Be(MeasureForm.Admonishment);
        measure.DecidedBy.Should().Be("梅溪镇纪委");
        var person = Round.FindPerson(measure.PersonId)!;
        person.Position.Should().EndWith("村党总支部书记、村民委员会主任");
        person.Name.Should().Be("刘建华");
        measure.Responsibility.Should().Be(Responsibility.Direct);
    }

    [Fact]
    public void Example_LinguiServiceProblem_WithTheThreeRemedies()
    {
        var service = Round.Findings.Single(f => f.Kind == FindingKind.Service && f.FoundOn == new LocalDate(2022, 11, 17) && f.Description!.Contains("包联单位", StringComparison.Ordinal));
        Round.TopLevelAreaOf(service)!.Name.Should().Be("临桂区");
        var notes = string.Join("；", service.Rectification!.Progress.Select(p => p.Note));
        notes.Should().Contain("专岗专人").And.Contain("志愿服务队").And.Contain("应知应会手册");
    }

    [Fact]
    public void Example_PeopleNamesAreInventedFullNames_DistinctAndNoPlaceholders()
    {
        Round.People.Should().OnlyContain(p => !p.Name.Contains('某') && p.Name.Length >= 2);
        Round.People.Select(p => p.Name).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void Example_PlausibilityFixes_SanctionForRefusedCriticalCare_DistrictCommissionForAPartyWorkingCommitteeMember()
    {
        var er = Round.Findings.Single(f => f.Summary.Contains("急危重症", StringComparison.Ordinal));
        Round.MeasuresFor(er.Id).Select(m => m.Form).Should().BeEquivalentTo([MeasureForm.PartyWarning, MeasureForm.GovDemerit]);

        var road = Round.Findings.Single(f => f.Summary.Contains("擅自设卡封堵道路", StringComparison.Ordinal));
        var measure = Round.MeasuresFor(road.Id).Should().ContainSingle().Subject;
        Round.FindPerson(measure.PersonId)!.Position.Should().Contain("党工委委员");
        measure.DecidedBy.Should().EndWith("区纪委监委");
    }
}
