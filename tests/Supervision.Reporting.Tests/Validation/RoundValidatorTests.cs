using NodaTime;
using Supervision.Reporting.Domain;
using Supervision.Reporting.Tests.Support;
using Supervision.Reporting.Validation;
using static Supervision.Reporting.Tests.Support.TestRounds;

namespace Supervision.Reporting.Tests.Validation;

public sealed class RoundValidatorTests
{
    [Fact]
    public void Validate_MinimalRound_HasNoProblems()
    {
        RoundValidator.Validate(Minimal()).Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void Validate_DuplicateFindingId_ReportsSecondWithFirstPlace()
    {
        var round = Minimal();
        round = round with { Findings = round.Findings.Add(round.Finding()) };

        var problem = SingleError(round);

        problem.Location.Path.Should().Be("$.findings[1].id");
        problem.Code.Should().Be("duplicate-id");
        problem.Message.Should().Contain("$.findings[0]");
    }

    [Theory]
    [InlineData("inspection", "$.findings[0].inspection")]
    [InlineData("unit", "$.findings[0].unit")]
    [InlineData("responsibleUnit", "$.findings[0].responsibleUnit")]
    [InlineData("responsiblePeople", "$.findings[0].responsiblePeople[0]")]
    [InlineData("focusArea", "$.findings[0].focusArea")]
    [InlineData("owner", "$.findings[0].rectification.owner")]
    public void Validate_DanglingFindingReference_ReportsPath(string field, string path)
    {
        var round = Minimal().WithFinding(f => field switch
        {
            "inspection" => f with { InspectionId = "i999" },
            "unit" => f with { UnitId = "nowhere" },
            "responsibleUnit" => f with { ResponsibleUnitId = "nowhere" },
            "responsiblePeople" => f with { ResponsiblePersonIds = ["p-nobody"] },
            "focusArea" => f with { FocusAreaCode = "F9" },
            _ => f with { Rectification = f.Rectification! with { OwnerId = "p-nobody" } },
        });

        var problem = SingleError(round);

        problem.Location.Path.Should().Be(path);
        problem.Code.Should().Be("reference");
        problem.Message.Should().Contain("does not exist");
    }

    [Fact]
    public void Validate_OtherDanglingReferences_AreAllReported()
    {
        var round = Minimal();
        round = round with
        {
            Units = round.Units.SetItem(1, round.Units[1] with { ParentId = "nowhere" }),
            People = round.People.SetItem(0, round.People[0] with { UnitId = "nowhere" }),
            Groups = round.Groups.SetItem(0, round.Groups[0] with { AreaIds = ["nowhere"] }),
            Inspections = round.Inspections.SetItem(0, round.Inspections[0] with { GroupId = "g99", UnitIds = ["nowhere"] }),
            Measures = round.Measures.SetItem(0, round.Measures[0] with { PersonId = "p-nobody", FindingIds = ["f999"] }),
            Notices = round.Notices.SetItem(0, round.Notices[0] with { FindingIds = ["f999"] }),
        };

        var paths = RoundValidator.Validate(round).Errors.Select(e => e.Location.Path);

        paths.Should().BeEquivalentTo(
            "$.units[1].parent", "$.people[0].unit", "$.groups[0].areas[0]", "$.inspections[0].group",
            "$.inspections[0].units[0]", "$.measures[0].person", "$.measures[0].findings[0]", "$.notices[0].findings[0]");
    }

    [Fact]
    public void Validate_UnknownCategory_IsError_RoundCategoryIsAccepted()
    {
        var unknown = Minimal().WithFinding(f => f with { CategoryCode = "made-up" });
        SingleError(unknown).Location.Path.Should().Be("$.findings[0].category");

        var defined = unknown with { Categories = [new FindingCategory { Code = "made-up", Title = "自定义类别" }] };
        RoundValidator.Validate(defined).Errors.Should().BeEmpty();
    }

    [Fact]
    public void Validate_AssignedBeforeFound_IsError()
    {
        var round = Minimal().WithRectification(r => r with { AssignedOn = D(11, 12) });

        var problem = SingleError(round);

        problem.Location.Path.Should().Be("$.findings[0].rectification.assignedOn");
        problem.Message.Should().Be("assignedOn 2022-11-12 is before foundOn 2022-11-13; a problem is assigned on or after the day it is found");
    }

    [Fact]
    public void Validate_DeadlineBeforeAssigned_IsError()
    {
        var round = Minimal().WithRectification(r => r with { Deadline = D(11, 10) });

        var problem = SingleError(round);

        problem.Location.Path.Should().Be("$.findings[0].rectification.deadline");
        problem.Message.Should().StartWith("deadline 2022-11-10 is before assignedOn 2022-11-14");
    }

    [Fact]
    public void Validate_CompletedBeforeAssigned_IsError()
    {
        var round = Minimal().WithRectification(r => r with { CompletedOn = D(11, 13), Progress = [] });

        SingleError(round).Location.Path.Should().Be("$.findings[0].rectification.completedOn");
    }

    [Fact]
    public void Validate_ClosedBeforeCompleted_IsError()
    {
        var round = Minimal().WithRectification(r => r with { ClosedOn = D(11, 17) });

        SingleError(round).Location.Path.Should().Be("$.findings[0].rectification.closedOn");
    }

    [Fact]
    public void Validate_ClosedWithoutClosedOn_IsError()
    {
        var round = Minimal().WithRectification(r => r with { ClosedOn = null });

        var problem = SingleError(round);

        problem.Location.Path.Should().Be("$.findings[0].rectification.closedOn");
        problem.Message.Should().Contain("status closed needs closedOn");
    }

    [Fact]
    public void Validate_ClosedWithoutCompletedOn_IsError()
    {
        var round = Minimal().WithRectification(r => r with { CompletedOn = null });

        SingleError(round).Location.Path.Should().Be("$.findings[0].rectification.completedOn");
    }

    [Fact]
    public void Validate_RectifiedWithoutCompletedOn_IsError()
    {
        var round = Minimal().WithRectification(r => r with { Status = RectificationStatus.Rectified, CompletedOn = null, ClosedOn = null });

        SingleError(round).Message.Should().Contain("status rectified needs completedOn");
    }

    [Fact]
    public void Validate_RectifiedWithClosedOn_IsError()
    {
        var round = Minimal().WithRectification(r => r with { Status = RectificationStatus.Rectified });

        SingleError(round).Location.Path.Should().Be("$.findings[0].rectification.closedOn");
    }

    [Theory]
    [InlineData(RectificationStatus.Open)]
    [InlineData(RectificationStatus.InProgress)]
    public void Validate_OpenWithCompletedOn_IsError(RectificationStatus status)
    {
        var round = Minimal().WithRectification(r => r with { Status = status, ClosedOn = null });

        var problem = SingleError(round);

        problem.Location.Path.Should().Be("$.findings[0].rectification.completedOn");
        problem.Message.Should().Contain("must not have completedOn");
    }

    [Fact]
    public void Validate_OpenWithClosedOn_IsError()
    {
        var round = Minimal().WithRectification(r => r with { Status = RectificationStatus.Open, CompletedOn = null });

        SingleError(round).Location.Path.Should().Be("$.findings[0].rectification.closedOn");
    }

    [Fact]
    public void Validate_ProgressOutOfOrder_IsError()
    {
        var round = Minimal().WithRectification(r => r with
        {
            Progress =
            [
                new ProgressEntry { Date = D(11, 17), Status = RectificationStatus.InProgress },
                new ProgressEntry { Date = D(11, 16), Status = RectificationStatus.InProgress },
            ],
        });

        var problem = SingleError(round);

        problem.Location.Path.Should().Be("$.findings[0].rectification.progress[1].date");
        problem.Code.Should().Be("progress-order");
    }

    [Fact]
    public void Validate_ProgressOnSameDay_IsAccepted()
    {
        var round = Minimal().WithRectification(r => r with
        {
            Progress =
            [
                new ProgressEntry { Date = D(11, 16), Status = RectificationStatus.InProgress },
                new ProgressEntry { Date = D(11, 16), Status = RectificationStatus.InProgress },
            ],
        });

        RoundValidator.Validate(round).Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void Validate_DeadlineAndWorkingDays_IsError()
    {
        var round = Minimal().WithRectification(r => r with { WorkingDays = 5 });

        SingleError(round).Location.Path.Should().Be("$.findings[0].rectification.workingDays");
    }

    [Fact]
    public void Validate_ZeroWorkingDays_IsError()
    {
        var round = Minimal().WithRectification(r => r with { Deadline = null, WorkingDays = 0 });

        SingleError(round).Message.Should().Contain("at least 1");
    }

    [Fact]
    public void Validate_UnitParentCycle_IsReportedOnce()
    {
        var round = Minimal();
        round = round with { Units = round.Units.SetItem(0, round.Units[0] with { ParentId = "checkpoint" }) };

        var problem = SingleError(round);

        problem.Code.Should().Be("cycle");
        problem.Message.Should().Contain("guilin → checkpoint → huangshahe → quanzhou → guilin");
    }

    [Fact]
    public void Validate_UnitIsOwnParent_IsError()
    {
        var round = Minimal();
        round = round with { Units = round.Units.SetItem(1, round.Units[1] with { ParentId = "quanzhou" }) };

        SingleError(round).Code.Should().Be("cycle");
    }

    [Fact]
    public void Validate_ViolationWithoutRectification_IsError_ServiceWithoutIsAccepted()
    {
        var violation = Minimal().WithFinding(f => f with { Rectification = null });
        SingleError(violation).Location.Path.Should().Be("$.findings[0].rectification");

        var service = violation.WithFinding(f => f with { Kind = FindingKind.Service });
        RoundValidator.Validate(service).Errors.Should().BeEmpty();
    }

    [Theory]
    [InlineData(200, false)]
    [InlineData(201, true)]
    public void Validate_NameLength_LimitIs200Characters(int length, bool error)
    {
        var round = Minimal();
        round = round with { Units = round.Units.SetItem(0, round.Units[0] with { Name = new string('桂', length) }) };

        RoundValidator.Validate(round).HasErrors.Should().Be(error);
    }

    [Fact]
    public void Validate_NameLength_CountsSurrogatePairsAsOneCharacter()
    {
        var round = Minimal();
        round = round with { Units = round.Units.SetItem(0, round.Units[0] with { Name = string.Concat(Enumerable.Repeat("𠮷", 200)) }) };

        RoundValidator.Validate(round).HasErrors.Should().BeFalse();
    }

    [Theory]
    [InlineData(500, false)]
    [InlineData(501, true)]
    public void Validate_SummaryLength_LimitIs500(int length, bool error)
    {
        var round = Minimal().WithFinding(f => f with { Summary = new string('问', length) });

        RoundValidator.Validate(round).HasErrors.Should().Be(error);
    }

    [Theory]
    [InlineData(20_000, false)]
    [InlineData(20_001, true)]
    public void Validate_DescriptionLength_LimitIs20000(int length, bool error)
    {
        var round = Minimal().WithFinding(f => f with { Description = new string('述', length) });

        RoundValidator.Validate(round).HasErrors.Should().Be(error);
    }

    [Fact]
    public void Validate_ControlCharacter_IsError_LineBreaksAndTabsAreNot()
    {
        var bad = Minimal().WithFinding(f => f with { Description = "第一行\u0007" });
        var problem = SingleError(bad);
        problem.Code.Should().Be("control-character");
        problem.Message.Should().Contain("U+0007");

        var fine = Minimal().WithFinding(f => f with { Description = "第一行\r\n第二行\t完" });
        RoundValidator.Validate(fine).Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void Validate_EmptyRequiredText_IsError()
    {
        var round = Minimal().WithFinding(f => f with { Summary = "  " });

        SingleError(round).Location.Path.Should().Be("$.findings[0].summary");
    }

    [Fact]
    public void Validate_UnknownTimeZone_IsError()
    {
        var round = Minimal() with { TimeZone = "Asia/Guilin" };

        SingleError(round).Location.Path.Should().Be("$.timeZone");
    }

    [Fact]
    public void Validate_FindingOutsidePeriod_IsWarningNotError()
    {
        var round = Minimal() with { Period = new DateInterval(D(11, 14), D(11, 30)) };

        var report = RoundValidator.Validate(round);

        report.HasErrors.Should().BeFalse();
        report.Warnings.Select(w => w.Location.Path).Should().Contain("$.findings[0].foundOn").And.Contain("$.inspections[0].date");
    }

    [Fact]
    public void Validate_DeadlineMoreThanAYearOut_IsWarning()
    {
        var round = Minimal().WithRectification(r => r with { Deadline = D(11, 14).PlusYears(1).PlusDays(1) });

        var report = RoundValidator.Validate(round);

        report.HasErrors.Should().BeFalse();
        report.Warnings.Should().ContainSingle().Which.Code.Should().Be("far-deadline");
    }

    [Fact]
    public void Validate_WorkingDaysBeyondCalendarData_IsWarning()
    {
        var late = new LocalDate(2030, 3, 1);
        var round = Minimal() with { Period = new DateInterval(late, late.PlusDays(30)) };
        round = round.WithFinding(f => f with { FoundOn = late.PlusDays(1) }).WithRectification(r => r with
        {
            AssignedOn = late.PlusDays(2), Deadline = null, WorkingDays = 5, Progress = [], CompletedOn = null, ClosedOn = null,
            Status = RectificationStatus.Open,
        });

        var report = RoundValidator.Validate(round);

        report.Warnings.Should().Contain(w => w.Code == "calendar-coverage" && w.Location.Path == "$.findings[0].rectification.workingDays");
    }

    [Fact]
    public void Validate_ExtensionBeforeAssignment_IsError_NotLater_IsWarning()
    {
        var early = Minimal().WithRectification(r => r with { Extensions = [new DeadlineExtension { GrantedOn = D(11, 13), NewDeadline = D(11, 28) }] });
        SingleError(early).Location.Path.Should().Be("$.findings[0].rectification.extensions[0].grantedOn");

        var notLater = Minimal().WithRectification(r => r with { Extensions = [new DeadlineExtension { GrantedOn = D(11, 15), NewDeadline = D(11, 20) }] });
        RoundValidator.Validate(notLater).Warnings.Should().ContainSingle().Which.Code.Should().Be("extension");
    }

    [Fact]
    public void Validate_ManyProblems_AreAllReportedTogether()
    {
        var round = Minimal().WithFinding(f => f with { UnitId = "nowhere" })
            .WithRectification(r => r with { Deadline = D(11, 10), ClosedOn = null });

        RoundValidator.Validate(round).Errors.Should().HaveCount(3);
    }

    [Fact]
    public void Validate_Messages_NeverContainPersonNames()
    {
        var round = Minimal();
        round = round with
        {
            People = round.People.SetItem(0, round.People[0] with { Surname = "王", Name = "张某某\u0001" }),
            Measures = round.Measures.SetItem(0, round.Measures[0] with { DecidedOn = D(11, 1) }),
        };

        var report = RoundValidator.Validate(round);

        report.Diagnostics.Should().NotBeEmpty();
        report.ToString().Should().NotContain("张某某");
    }

    private static Diagnostic SingleError(SupervisionRound round)
    {
        var report = RoundValidator.Validate(round);
        report.Errors.Should().ContainSingle(because: report.ToString());
        return report.Errors[0];
    }
}
