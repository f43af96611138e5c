using Supervision.Reporting.Domain;
using Supervision.Reporting.Privacy;
using Supervision.Reporting.Tests.Support;

namespace Supervision.Reporting.Tests.Privacy;

public sealed class PersonNamingTests
{
    private static Person P(string name, string? surname = null, Disclosure disclosure = Disclosure.Masked) =>
        new() { Id = "p-" + name, Name = name, Surname = surname, Disclosure = disclosure };

    [Theory]
    [InlineData("刘德明", null, "刘某")]
    [InlineData("欧阳明辉", null, "欧阳某")]
    [InlineData("司马光", null, "司马某")]
    [InlineData("诸葛亮", null, "诸葛某")]
    [InlineData("歐陽修", null, "歐陽某")]
    [InlineData("单雪梅", "单", "单某")]
    [InlineData("欧阳", null, "欧某")]
    [InlineData("𠮷田一", null, "𠮷某")]
    [InlineData("阿不都热依木", "阿不都", "阿不都某")]
    public void PersonNaming_Masked_SurnamePlusMou(string name, string? surname, string expected) =>
        PersonNaming.Masked(P(name, surname)).Should().Be(expected);

    [Fact]
    public void PersonNaming_NameOf_PublicFollowsDisclosure_InternalShowsFullNames()
    {
        var round = TestRounds.Minimal() with { People = [P("刘德明"), P("王公开", disclosure: Disclosure.Full), P("李建国", disclosure: Disclosure.Hidden)] };
        var publicNaming = PersonNaming.Public(round);
        var internalNaming = PersonNaming.Internal();

        round.People.Select(publicNaming.NameOf).Should().Equal("刘某", "王公开", "相关人员");
        round.People.Select(p => publicNaming.IsOmitted(p)).Should().Equal(false, false, true);
        round.People.Select(internalNaming.NameOf).Should().Equal("刘德明", "王公开", "李建国");
        round.People.Select(p => internalNaming.IsOmitted(p)).Should().OnlyContain(omitted => !omitted);
    }

    [Fact]
    public void PersonNaming_Redact_ReplacesLongestNameFirstAndLeavesOtherTextAlone()
    {
        var round = TestRounds.Minimal() with { People = [P("欧阳明"), P("欧阳明辉"), P("李建国", disclosure: Disclosure.Hidden), P("王公开", disclosure: Disclosure.Full)] };
        var naming = PersonNaming.Public(round);

        naming.Redact("欧阳明辉与欧阳明、李建国、王公开到场。").Should().Be("欧阳某与欧阳某、相关人员、王公开到场。");
        const string untouched = "没有提到任何人。";
        naming.Redact(untouched).Should().BeSameAs(untouched);
        PersonNaming.Internal().Redact("欧阳明辉").Should().Be("欧阳明辉");
    }

    [Fact]
    public void PersonNaming_Withheld_InEachLanguage() =>
        new[] { Language.ZhHans, Language.ZhHant, Language.English }.Select(PersonNaming.Withheld)
            .Should().Equal("相关人员", "相關人員", "(person withheld)");

    [Fact]
    public void PersonNaming_Redact_OneCharacterName_LeavesTextAlone()
    {
        var round = TestRounds.Minimal() with { People = [P("王")] };

        PersonNaming.Public(round).Redact("王家村委会").Should().Be("王家村委会");
    }
}
