using Supervision.Reporting.Calendar;
using Supervision.Reporting.Domain;
using Supervision.Reporting.Formatting;
using Supervision.Reporting.Privacy;
using Supervision.Reporting.Rendering.Pdf.Bulletins;
using Supervision.Reporting.Rendering.Pdf.Bulletins.Content;
using Supervision.Reporting.Tests.Support;
using Xunit.Abstractions;

namespace Supervision.Reporting.Tests.Rendering.Bulletins;

public sealed class TypicalCaseComposerTests(ITestOutputHelper output)
{
    private static BulletinContent Compose(Audience audience, BulletinSpec? spec = null)
    {
        var round = Example.Guilin;
        var resolved = ResolvedSpec.Resolve(round, (spec ?? new BulletinSpec()) with { Audience = audience });
        return TypicalCaseComposer.Compose(round, resolved, audience == Audience.Public ? PersonNaming.Public(round, resolved.Spec.Language) : PersonNaming.Internal(resolved.Spec.Language), WorkingDayCalendar.China);
    }

    private static string AllText(BulletinContent content) =>
        string.Join("\n", content.Body.Select(b => b switch
        {
            BodyParagraph p => p.Text,
            BodyHeading h => h.Text + h.RunIn,
            _ => string.Empty,
        }));

    [Fact]
    public void Compose_Guilin_TitleAndPreambleCountTheCases()
    {
        var content = Compose(Audience.Public);
        output.WriteLine(content.Title + "\n" + AllText(content));

        var cases = content.Body.OfType<BodyHeading>().Count(h => h.Level == 1);
        cases.Should().BeGreaterThan(1);
        // Arabic numerals as CCDI titles write them, and the kind of problem named.
        content.Title.Should().StartWith($"关于{cases}起疫情防控工作中").And.EndWith("典型问题的通报").And.Contain("防控措施落实不严");
        var preamble = content.Body[0].Should().BeOfType<BodyParagraph>().Which.Text;
        preamble.Should().EndWith($"现将{cases}起典型问题通报如下：");

        // The problem first, then the purpose, then 现将…通报如下.
        preamble.IndexOf("仍存在", StringComparison.Ordinal).Should().BePositive().And.BeLessThan(preamble.IndexOf("为严明纪律、强化警示教育", StringComparison.Ordinal));
        preamble.Should().Contain("组建10个监督检查组").And.Contain("聚焦六项监督重点");
    }

    [Fact]
    public void Compose_Guilin_CheckpointCaseWithItsMeasures()
    {
        var text = AllText(Compose(Audience.Public));

        text.Should().Contain("一、全州县黄沙河镇高速路口疫情防控临时检查站未对过往车辆应检尽检问题。");
        text.Should().MatchRegex("唐某等4人对此负有重要领导责任，.某等5人负有直接责任。2022年11月\\d+日，全州县纪委监委对唐某等4人进行提醒谈话，对.某等5人进行批评教育。");
    }

    [Fact]
    public void Compose_Guilin_FuneralCase_MaskedInPublic_FullInternally()
    {
        var round = Example.Guilin;
        var secretary = round.People.Single(p => p.Position?.EndsWith("村党总支部书记、村民委员会主任", StringComparison.Ordinal) == true);

        var publicText = AllText(Compose(Audience.Public));
        publicText.Should().Contain("资源县梅溪镇坪水底村党总支部书记、村民委员会主任刘某对村民丧事");
        publicText.Should().MatchRegex("刘某作为梅溪镇坪水底村党总支部书记、村民委员会主任，对此负有直接责任。2022年11月\\d+日，梅溪镇纪委对刘某进行诫勉。");
        publicText.Should().NotContain(secretary.Name);

        var internalText = AllText(Compose(Audience.Internal));
        internalText.Should().Contain($"对{secretary.Name}进行诫勉");
    }

    [Fact]
    public void Compose_Public_NoFullNameOfAMaskedOrHiddenPersonAnywhere()
    {
        var round = Example.Guilin;
        var content = Compose(Audience.Public, new BulletinSpec { CaseIds = [.. round.Findings.Select(f => f.Id)] });
        var text = content.Title + AllText(content);

        foreach (var person in round.People.Where(p => p.Disclosure != Disclosure.Full))
        {
            text.Should().NotContain(person.Name, person.Id);
        }
    }

    [Fact]
    public void Compose_ListedCaseIds_InThatOrder_UnknownIdIsReported()
    {
        Compose(Audience.Public, new BulletinSpec { CaseIds = ["f047", "f001"] }).Body.OfType<BodyHeading>().Where(h => h.Level == 1)
            .Select(h => h.Text[..2]).Should().Equal("一、", "二、");

        var act = () => Compose(Audience.Public, new BulletinSpec { CaseIds = ["f001", "nope"] });
        act.Should().Throw<Supervision.Reporting.InvalidInputException>().Which.Report.Errors.Single().Location.Path.Should().Be("$.caseIds[1]");
    }

    [Fact]
    public void Compose_SpecTextsReplaceTheDefaults()
    {
        var content = Compose(Audience.Public, new BulletinSpec { Title = "关于典型问题的通报", Preamble = ["开头。"], Requirements = ["要求。"] });

        content.Title.Should().Be("关于典型问题的通报");
        content.Body[0].Should().Be(new BodyParagraph("开头。"));
        content.Body[^1].Should().Be(new BodyParagraph("要求。"));
    }

    [Fact]
    public void Compose_NoCasesAsOfAnEarlyDate_IsAClearError()
    {
        var act = () => Compose(Audience.Public, new BulletinSpec { AsOf = new NodaTime.LocalDate(2022, 11, 1) });

        act.Should().Throw<Supervision.Reporting.InvalidInputException>().Which.Report.Errors.Single().Code.Should().Be("no-cases");
    }

    [Fact]
    public void Compose_TraditionalChinese_PatternsInTraditional_DataUnchanged()
    {
        var content = Compose(Audience.Public, new BulletinSpec { Language = Language.ZhHant });
        var text = AllText(content);
        output.WriteLine(content.Title + "\n" + text);

        content.Title.Should().Be("關於5起疫情防控工作中防控措施落實不嚴等典型問題的通報");
        content.AuthorityMark.Should().Equal("中共桂林市紀律檢查委員會", "桂林市監察委員會");
        text.Should().Contain("現將5起典型問題通報如下：").And.Contain("對唐某等4人進行提醒談話").And.Contain("（二）強化監督檢查。");
        text.Should().Contain("全州县黄沙河镇", "the round's own text is not converted");
        text.Should().NotContain("现将").And.NotContain("给予");
    }

    [Fact]
    public void Compose_English_GeneratedProseInEnglish()
    {
        var content = Compose(Audience.Public, new BulletinSpec { Language = Language.English });
        var text = AllText(content);
        output.WriteLine(content.Title + "\n" + text);

        content.Title.Should().StartWith("Notice on 5 Typical Cases of ").And.EndWith(" in 疫情防控 Work");
        text.Should().Contain("typical cases are notified as follows:").And.Contain("1. ").And.Contain("held a reminder talk with 唐某 and 3 others (4 people)");
        text.Should().Contain("(1) Strengthen warning education.").And.Contain("bear important leadership responsibility");
        text.Should().NotContain("给予").And.NotContain("现将");
    }
}
