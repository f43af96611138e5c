using Supervision.Reporting.Domain;
using Supervision.Reporting.Serialization;
using Supervision.Reporting.Tests.Support;

namespace Supervision.Reporting.Tests.Serialization;

// The optional `responsibility` of a measure (round JSON v1, additive): kebab-case codes, omitted when absent.
public sealed class ResponsibilityJsonTests
{
    [Theory]
    [InlineData(Responsibility.Direct, "direct")]
    [InlineData(Responsibility.MainLeadership, "main-leadership")]
    [InlineData(Responsibility.ImportantLeadership, "important-leadership")]
    public void Serialize_ThenParse_KeepsTheResponsibility(Responsibility responsibility, string code)
    {
        var round = TestRounds.Minimal();
        round = round with { Measures = [round.Measures[0] with { Responsibility = responsibility }] };

        var json = RoundJson.Serialize(round);
        var read = RoundJson.Parse(json);

        json.Should().Contain($"\"responsibility\": \"{code}\"");
        read.Report.Diagnostics.Should().BeEmpty();
        read.Value!.Measures[0].Responsibility.Should().Be(responsibility);
        RoundJsonSchemaTests.Evaluate(json).IsValid.Should().BeTrue();
    }

    [Fact]
    public void Serialize_WithoutResponsibility_OmitsTheField()
    {
        RoundJson.Serialize(TestRounds.Minimal()).Should().NotContain("\"responsibility\"");
    }

    [Fact]
    public void Parse_UnknownResponsibility_IsAnErrorAtItsPath()
    {
        var json = RoundJson.Serialize(TestRounds.Minimal()).Replace("\"decidedBy\": \"全州县纪委监委\"", "\"decidedBy\": \"全州县纪委监委\", \"responsibility\": \"leadership\"", StringComparison.Ordinal);

        var result = RoundJson.Parse(json);

        result.IsValid.Should().BeFalse();
        result.Report.Errors.Should().Contain(e => e.Location.Path == "$.measures[0].responsibility");
        RoundJsonSchemaTests.Evaluate(json).IsValid.Should().BeFalse();
    }

    [Fact]
    public void Guilin_MeasuresCarryResponsibility()
    {
        Example.Guilin.Measures.Should().OnlyContain(m => m.Responsibility != null);
    }
}
