using NodaTime;
using Supervision.Reporting.Domain;
using static Supervision.Reporting.Tests.Support.TestRounds;

namespace Supervision.Reporting.Tests.Analytics;

// A small round whose every figure is computed by hand in RoundAnalyticsTests (as of 2022-11-18, a Friday;
// November 2022 has no holidays, so working days are Monday to Friday).
internal static class AnalyticsRounds
{
    public static readonly LocalDate AsOf = D(11, 18);

    public static SupervisionRound Empty() => new()
    {
        Id = "analytics-test",
        Title = "疫情防控专项监督",
        Authority = "桂林市纪委监委",
        Period = new DateInterval(D(11, 1), D(11, 30)),
        FocusAreas =
        [
            new FocusArea { Code = "F1", Title = "疫情防控责任落实情况" },
            new FocusArea { Code = "F2", Title = "群众就医购药等民生保障情况" },
        ],
        Units =
        [
            new Unit { Id = "guilin", Name = "桂林市", Kind = UnitKind.City },
            new Unit { Id = "quanzhou", Name = "全州县", Kind = UnitKind.County, ParentId = "guilin" },
            new Unit { Id = "quanzhou-health", Name = "全州县卫健局", Kind = UnitKind.Department, ParentId = "quanzhou" },
            new Unit { Id = "huangshahe", Name = "黄沙河镇", Kind = UnitKind.Town, ParentId = "quanzhou" },
            new Unit { Id = "checkpoint", Name = "高速路口疫情防控临时检查站", Kind = UnitKind.Checkpoint, ParentId = "huangshahe" },
            new Unit { Id = "ziyuan", Name = "资源县", Kind = UnitKind.County, ParentId = "guilin" },
            new Unit { Id = "ziyuan-health", Name = "资源县卫健局", Kind = UnitKind.Department, ParentId = "ziyuan" },
            new Unit { Id = "meixi", Name = "梅溪镇", Kind = UnitKind.Town, ParentId = "ziyuan" },
            new Unit { Id = "village", Name = "某村", Kind = UnitKind.Village, ParentId = "meixi" },
        ],
        Groups =
        [
            new InspectionGroup { Id = "g01", Name = "第一监督检查组" },
            new InspectionGroup { Id = "g02", Name = "第二监督检查组" },
            new InspectionGroup { Id = "g03", Name = "第三监督检查组" },
        ],
    };

    // As of 11-18: 6 violations (f6 is found after D), 1 service problem, 4 inspections (i5 is after D),
    // 6 measures (m7 is after D).
    public static SupervisionRound Small() => Empty() with
    {
        Inspections =
        [
            Inspection("i1", "g01", D(11, 2), "huangshahe", "checkpoint"),
            Inspection("i2", "g01", D(11, 4), "huangshahe"),
            Inspection("i3", "g02", D(11, 10), "village"),
            Inspection("i4", "g02", D(11, 15), "checkpoint"),
            Inspection("i5", "g02", D(11, 21), "ziyuan-health"),
        ],
        Findings =
        [
            // Rectified 11-08 (3 working days after 11-03), on time, closed 11-09.
            Violation("f1", D(11, 2), "checkpoint", "formalism", D(11, 3), D(11, 10)) with
            {
                InspectionId = "i1", ResponsibleUnitId = "huangshahe", FocusAreaCode = "F1", Severity = Severity.Serious,
                Rectification = Rect(D(11, 3), D(11, 10), completed: D(11, 8), closed: D(11, 9)),
            },

            // Rectified 11-15, after its 11-11 deadline (6 working days after 11-07).
            Violation("f2", D(11, 4), "huangshahe", "formalism", D(11, 7), D(11, 11)) with
            {
                InspectionId = "i2", ResponsibleUnitId = "quanzhou-health", FocusAreaCode = "F1", Source = FindingSource.PublicReport,
                Rectification = Rect(D(11, 7), D(11, 11), completed: D(11, 15)),
            },

            // Deadline 11-14 passed, but an extension granted 11-13 moved it to 11-25: not overdue on 11-18.
            Violation("f3", D(11, 10), "village", "inaction", D(11, 10), D(11, 14)) with
            {
                InspectionId = "i3", FocusAreaCode = "F2", Severity = Severity.Minor,
                Rectification = Rect(D(11, 10), D(11, 14)) with
                {
                    Extensions = [new DeadlineExtension { GrantedOn = D(11, 13), NewDeadline = D(11, 25), Reason = "需协调县卫健局" }],
                },
            },

            // 3 working days from 11-11 = 11-16; overdue on 11-18 by 2 days. The extension granted 11-19 does not count yet.
            Violation("f4", D(11, 11), "village", "inaction", D(11, 11), null) with
            {
                ResponsibleUnitId = "ziyuan-health", Source = FindingSource.Referral,
                Rectification = new Rectification
                {
                    AssignedOn = D(11, 11),
                    WorkingDays = 3,
                    Status = RectificationStatus.Open,
                    Extensions = [new DeadlineExtension { GrantedOn = D(11, 19), NewDeadline = D(11, 30) }],
                },
            },

            // Ongoing (长期坚持), completed only on 11-25, after D.
            Violation("f5", D(11, 15), "checkpoint", "lax-enforcement", D(11, 16), D(11, 30)) with
            {
                InspectionId = "i4", ResponsibleUnitId = "huangshahe", FocusAreaCode = "F1", Severity = Severity.Serious,
                Rectification = Rect(D(11, 16), D(11, 30), completed: D(11, 25)) with { Mode = RectificationMode.Ongoing },
            },

            // Found after D: counts nowhere.
            Violation("f6", D(11, 19), "village", "four-winds", D(11, 19), D(11, 25)) with { InspectionId = "i5" },

            // Due 11-22: 2 working days after D (yellow).
            Violation("f7", D(11, 17), "huangshahe", "formalism", D(11, 17), D(11, 22)) with
            {
                InspectionId = "i4", ResponsibleUnitId = "huangshahe", FocusAreaCode = "F2",
            },

            new Finding
            {
                Id = "s1", FoundOn = D(11, 12), UnitId = "huangshahe", CategoryCode = "other", Kind = FindingKind.Service,
                Summary = "为隔离群众配备专人代购药品",
            },
        ],
        Measures =
        [
            // One person, two measures in one case: 2 person-times, 1 person.
            Measure("m1", "p-zhang", MeasureForm.ReminderTalk, D(11, 10), "f1"),
            Measure("m2", "p-zhang", MeasureForm.CriticismEducation, D(11, 12), "f1"),
            Measure("m3", "p-li", MeasureForm.Admonishment, D(11, 15), "f2"),
            Measure("m4", "p-wang", MeasureForm.PartyWarning, D(11, 16), "f2"),
            Measure("m5", "p-zhao", MeasureForm.PartyProbation, D(11, 17), "f4"),
            Measure("m6", "p-sun", MeasureForm.TransferToJudiciary, D(11, 18), "f4"),
            Measure("m7", "p-li", MeasureForm.GovWarning, D(11, 19), "f3"),
        ],
    };

    public static Inspection Inspection(string id, string group, LocalDate date, params string[] units) => new()
    {
        Id = id,
        GroupId = group,
        Date = date,
        UnitIds = units,
        Method = InspectionMethod.Unannounced,
    };

    public static Finding Violation(string id, LocalDate found, string unit, string category, LocalDate assigned, LocalDate? deadline) => new()
    {
        Id = id,
        FoundOn = found,
        UnitId = unit,
        CategoryCode = category,
        Summary = "问题" + id,
        Rectification = Rect(assigned, deadline),
    };

    public static Rectification Rect(LocalDate assigned, LocalDate? deadline, LocalDate? completed = null, LocalDate? closed = null) => new()
    {
        AssignedOn = assigned,
        Deadline = deadline,
        CompletedOn = completed,
        ClosedOn = closed,
        Status = closed is not null ? RectificationStatus.Closed
            : completed is not null ? RectificationStatus.Rectified
            : RectificationStatus.Open,
    };

    public static AccountabilityMeasure Measure(string id, string person, MeasureForm form, LocalDate decided, params string[] findings) => new()
    {
        Id = id,
        PersonId = person,
        Form = form,
        DecidedOn = decided,
        FindingIds = findings,
    };
}
