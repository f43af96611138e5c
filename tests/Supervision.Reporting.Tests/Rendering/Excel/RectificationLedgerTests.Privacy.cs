using Supervision.Reporting.Domain;
using Supervision.Reporting.Rendering.Excel;
using Supervision.Reporting.Tests.Support;
using static Supervision.Reporting.Tests.Rendering.Excel.LedgerReader;
using static Supervision.Reporting.Tests.Support.TestRounds;
using Supervision.Reporting.Privacy;

namespace Supervision.Reporting.Tests.Rendering.Excel;

public sealed partial class RectificationLedgerTests
{
    // A masked compound surname, a masked person with an explicit surname, a hidden person and a full-disclosure
    // person, all named in free text as well as in the people columns.
    private static SupervisionRound PrivacyRound()
    {
        var round = TestRounds.Minimal();
        return round with
        {
            People =
            [
                new Person { Id = "p-ouyang", Name = "欧阳明辉", Position = "镇长", UnitId = "huangshahe" },
                new Person { Id = "p-shan", Name = "单雪梅", Surname = "单", Position = "站长", UnitId = "checkpoint" },
                new Person { Id = "p-hidden", Name = "李建国", Position = "村党支部书记", UnitId = "huangshahe", Disclosure = Disclosure.Hidden },
                new Person { Id = "p-full", Name = "王公开", Position = "副县长", UnitId = "quanzhou", Disclosure = Disclosure.Full },
            ],
            Findings =
            [
                round.Finding() with
                {
                    ResponsiblePersonIds = ["p-ouyang", "p-shan", "p-hidden", "p-full"],
                    Description = "欧阳明辉、单雪梅未按要求排班，李建国未报告，王公开督促不力。",
                    Rectification = round.Finding().Rectification! with
                    {
                        OwnerId = "p-ouyang",
                        Measures = "由欧阳明辉牵头整改，李建国作出书面检查。",
                        Progress = [new ProgressEntry { Date = D(11, 16), Status = RectificationStatus.InProgress, Note = "单雪梅已调整排班。" }],
                    },
                },
            ],
            Measures =
            [
                new AccountabilityMeasure { Id = "m1", PersonId = "p-ouyang", FindingIds = ["f001"], Form = MeasureForm.ReminderTalk, DecidedOn = D(11, 15), DecidedBy = "全州县纪委监委" },
                new AccountabilityMeasure { Id = "m2", PersonId = "p-hidden", FindingIds = ["f001"], Form = MeasureForm.Admonishment, DecidedOn = D(11, 16), DecidedBy = "全州县纪委监委", Notes = "李建国未报告" },
            ],
        };
    }

    [Fact]
    public void RectificationLedger_Write_PublicAudience_NoFullNameOfAMaskedOrHiddenPersonAnywhereInThePackage()
    {
        var (bytes, _) = Write(PrivacyRound(), Options(D(11, 30)) with { Audience = Audience.Public });

        var xml = string.Concat(Parts(bytes).Values);
        xml.Should().NotContain("欧阳明辉").And.NotContain("单雪梅").And.NotContain("李建国").And.NotContain("建国");
        xml.Should().Contain("欧阳某").And.Contain("单某").And.Contain("相关人员").And.Contain("王公开");
        xml.Should().NotContain("村党支部书记", "a hidden person's position would identify them");
        ValidationErrors(bytes).Should().BeEmpty();
    }

    [Fact]
    public void RectificationLedger_Write_PublicAudience_PeopleColumnsMaskedAndHiddenOmitted()
    {
        var (bytes, _) = Write(PrivacyRound(), Options(D(11, 30)) with { Audience = Audience.Public });

        var row = DetailRows(bytes).Single();
        Str(row[9]).Should().Be("欧阳某、单某、王公开");
        Str(row[7]).Should().Contain("欧阳某、单某未按要求排班，相关人员未报告，王公开督促不力。");
        Str(row[11]).Should().Be("由欧阳某牵头整改，相关人员作出书面检查。");
        Str(row[15]).Should().Be("单某已调整排班。");
        Str(row[19]).Should().Be("欧阳某：提醒谈话（2022年11月15日）\n相关人员：诫勉（2022年11月16日）");
        Str(Read(bytes)[0].Rows[1][0]).Should().Be("截至2022年11月30日（公开版）");
    }

    [Fact]
    public void RectificationLedger_Write_InternalAudience_ShowsFullNames()
    {
        var (bytes, _) = Write(PrivacyRound(), Options(D(11, 30)));

        var row = DetailRows(bytes).Single();
        Str(row[9]).Should().Be("欧阳明辉、单雪梅、李建国、王公开");
        Str(row[7]).Should().Contain("李建国未报告");
    }

    [Fact]
    public void RectificationLedger_Write_AnyAudience_NoNameInMetadata()
    {
        var (bytes, _) = Write(PrivacyRound(), Options(D(11, 30)));

        var parts = Parts(bytes);
        (parts["docProps/core.xml"] + parts["docProps/app.xml"]).Should().NotContain("欧阳").And.NotContain("李建国");
    }
}
