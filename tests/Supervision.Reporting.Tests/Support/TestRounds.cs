using NodaTime;
using Supervision.Reporting.Domain;

namespace Supervision.Reporting.Tests.Support;

// Small rounds built in code; tests change one thing with `with` and look at the result.
internal static class TestRounds
{
    public static LocalDate D(int month, int day) => new(2022, month, day);

    public static SupervisionRound Minimal() => new()
    {
        Id = "test-round",
        Title = "疫情防控专项监督",
        Authority = "桂林市纪委监委",
        Period = new DateInterval(D(11, 1), D(11, 30)),
        FocusAreas = [new FocusArea { Code = "F1", Title = "疫情防控责任落实情况" }],
        Units =
        [
            new Unit { Id = "guilin", Name = "桂林市", Kind = UnitKind.City },
            new Unit { Id = "quanzhou", Name = "全州县", Kind = UnitKind.County, ParentId = "guilin" },
            new Unit { Id = "huangshahe", Name = "黄沙河镇", Kind = UnitKind.Town, ParentId = "quanzhou" },
            new Unit { Id = "checkpoint", Name = "高速路口疫情防控临时检查站", Kind = UnitKind.Checkpoint, ParentId = "huangshahe" },
        ],
        People =
        [
            new Person { Id = "p-zhang", Name = "张某某", Position = "检查站站长", UnitId = "checkpoint" },
            new Person { Id = "p-ouyang", Name = "欧阳某某", Surname = "欧阳", UnitId = "huangshahe" },
        ],
        Groups = [new InspectionGroup { Id = "g01", Name = "第一监督检查组", Composition = GroupComposition.RoomGroupLocality, AreaIds = ["quanzhou"] }],
        Inspections = [new Inspection { Id = "i001", GroupId = "g01", Date = D(11, 13), UnitIds = ["checkpoint"], Method = InspectionMethod.Unannounced }],
        Findings =
        [
            new Finding
            {
                Id = "f001",
                InspectionId = "i001",
                FoundOn = D(11, 13),
                UnitId = "checkpoint",
                ResponsibleUnitId = "huangshahe",
                ResponsiblePersonIds = ["p-zhang"],
                CategoryCode = "lax-enforcement",
                FocusAreaCode = "F1",
                Severity = Severity.Serious,
                Summary = "高速路口临时检查站未对过往车辆应检尽检",
                Description = "工作人员落实防疫措施不严格不到位。",
                Rectification = new Rectification
                {
                    AssignedOn = D(11, 14),
                    Deadline = D(11, 21),
                    Mode = RectificationMode.Immediate,
                    OwnerId = "p-zhang",
                    Status = RectificationStatus.Closed,
                    Progress = [new ProgressEntry { Date = D(11, 16), Status = RectificationStatus.InProgress, Note = "已调整排班" }],
                    CompletedOn = D(11, 18),
                    ClosedOn = D(11, 20),
                },
            },
        ],
        Measures =
        [
            new AccountabilityMeasure { Id = "m001", PersonId = "p-zhang", FindingIds = ["f001"], Form = MeasureForm.ReminderTalk, DecidedOn = D(11, 15), DecidedBy = "全州县纪委监委" },
        ],
        Notices = [new PublicNotice { Id = "n1", Title = "关于检查站落实防控措施不力问题的通报", PublishedOn = D(11, 18), FindingIds = ["f001"] }],
        Events = [new RoundEvent { Date = D(11, 14), Kind = RoundEventKind.Meeting, Title = "市纪委常委会会议部署疫情防控监督工作" }],
    };

    public static Finding Finding(this SupervisionRound round, int index = 0) => round.Findings[index];

    public static SupervisionRound WithFinding(this SupervisionRound round, Func<Finding, Finding> change, int index = 0) =>
        round with { Findings = round.Findings.SetItem(index, change(round.Findings[index])) };

    public static SupervisionRound WithRectification(this SupervisionRound round, Func<Rectification, Rectification> change, int index = 0) =>
        round.WithFinding(f => f with { Rectification = change(f.Rectification!) }, index);
}
