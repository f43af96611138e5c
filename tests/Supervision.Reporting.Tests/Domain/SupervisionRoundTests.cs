using Supervision.Reporting.Domain;
using Supervision.Reporting.Tests.Support;

namespace Supervision.Reporting.Tests.Domain;

public sealed class SupervisionRoundTests
{
    [Fact]
    public void Equality_IsByValue_IncludingLists()
    {
        TestRounds.Minimal().Should().Be(TestRounds.Minimal());
        TestRounds.Minimal().GetHashCode().Should().Be(TestRounds.Minimal().GetHashCode());
        TestRounds.Minimal().WithFinding(f => f with { ResponsiblePersonIds = ["p-zhang", "p-ouyang"] })
            .Should().NotBe(TestRounds.Minimal());
    }

    [Fact]
    public void TopLevelAreaOf_IsTheAncestorDirectlyBelowTheRoot()
    {
        var round = TestRounds.Minimal();

        round.TopLevelAreaOf("checkpoint")!.Id.Should().Be("quanzhou");
        round.TopLevelAreaOf("quanzhou")!.Id.Should().Be("quanzhou");
        round.TopLevelAreaOf("guilin")!.Id.Should().Be("guilin", "a root unit is its own area");
        round.TopLevelAreaOf("nowhere").Should().BeNull();
    }

    [Fact]
    public void TopLevelAreaOf_Finding_UsesInspectedUnitElseResponsibleUnit()
    {
        var round = TestRounds.Minimal();
        round.TopLevelAreaOf(round.Finding())!.Id.Should().Be("quanzhou");

        var noUnit = round.WithFinding(f => f with { UnitId = null, ResponsibleUnitId = "guilin" });
        noUnit.TopLevelAreaOf(noUnit.Finding())!.Id.Should().Be("guilin");
    }

    [Fact]
    public void GroupOf_Finding_IsTheGroupOfItsInspection()
    {
        var round = TestRounds.Minimal();

        round.GroupOf(round.Finding())!.Id.Should().Be("g01");
        round.GroupOf(round.Finding() with { InspectionId = null }).Should().BeNull();
    }

    [Fact]
    public void CategoryTitle_RoundDefinitionRelabelsBuiltIn()
    {
        var round = TestRounds.Minimal() with { Categories = [new FindingCategory { Code = "formalism", Title = "形式主义问题" }] };

        round.CategoryTitle("formalism").Should().Be("形式主义问题");
        round.CategoryTitle("formalism", Language.English).Should().Be("Formalism");
        round.CategoryTitle("buck-passing").Should().Be("推诿扯皮");
    }

    [Fact]
    public void MeasuresFor_And_NoticesFor_FindRelatedItems()
    {
        var round = TestRounds.Minimal();

        round.MeasuresFor("f001").Should().ContainSingle().Which.Id.Should().Be("m001");
        round.NoticesFor("f001").Should().ContainSingle().Which.Id.Should().Be("n1");
        round.MeasuresFor("f999").Should().BeEmpty();
    }

    [Fact]
    public void ToString_NamesNoPerson()
    {
        TestRounds.Minimal().ToString().Should().NotContain("张某某").And.Contain("test-round");
    }

    [Fact]
    public void EquatableArray_DefaultIsEmpty_AndEqualsEmpty()
    {
        default(EquatableArray<string>).Should().BeEmpty();
        (default(EquatableArray<string>) == EquatableArray<string>.Empty).Should().BeTrue();
        ((EquatableArray<string>)["a", "b"]).Should().Equal("a", "b");
    }
}
