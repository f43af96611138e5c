using Supervision.Reporting.Domain;
using Supervision.Reporting.Privacy;
using Supervision.Reporting.Tests.Support;

namespace Supervision.Reporting.Tests.Rendering.Bulletins;

public sealed class NamingPolicyTests
{
    private static Person P(string name, Disclosure disclosure = Disclosure.Masked, string? surname = null) =>
        new() { Id = "p", Name = name, Disclosure = disclosure, Surname = surname };

    [Theory]
    [InlineData("刘某某", null, "刘某")]
    [InlineData("欧阳某某", null, "欧阳某")]
    [InlineData("司马某", null, "司马某")]
    [InlineData("诸葛某某", null, "诸葛某")]
    [InlineData("𠮷某某", null, "𠮷某")]
    [InlineData("阿依古丽", "阿依", "阿依某")]
    public void Mask_KeepsTheWholeSurname(string name, string? surname, string expected) =>
        NamingPolicy.Mask(P(name, surname: surname)).Should().Be(expected);

    [Fact]
    public void NameOf_FollowsDisclosureInPublic_AndShowsFullNamesInternally()
    {
        var round = TestRounds.Minimal();
        var publicPolicy = new NamingPolicy(round, Audience.Public);
        var internalPolicy = new NamingPolicy(round, Audience.Internal);

        publicPolicy.NameOf(P("张某某")).Should().Be("张某");
        publicPolicy.NameOf(P("张某某", Disclosure.Full)).Should().Be("张某某");
        publicPolicy.NameOf(P("张某某", Disclosure.Hidden)).Should().BeNull();
        internalPolicy.NameOf(P("张某某", Disclosure.Hidden)).Should().Be("张某某");
    }

    [Fact]
    public void CleanText_ReplacesFullNamesOfMaskedAndHiddenPeopleInPublic()
    {
        var round = TestRounds.Minimal() with
        {
            People = [P("张某某") with { Id = "a" }, P("欧阳某某", Disclosure.Hidden) with { Id = "b" }, P("李某某", Disclosure.Full) with { Id = "c" }],
        };

        new NamingPolicy(round, Audience.Public).CleanText("张某某和欧阳某某及李某某到场")
            .Should().Be("张某和相关人员及李某某到场");
        new NamingPolicy(round, Audience.Internal).CleanText("张某某和欧阳某某").Should().Be("张某某和欧阳某某");
    }
}
