using Supervision.Reporting.Serialization;
using Supervision.Reporting.Tests.Support;
using Supervision.Reporting.Validation;

namespace Supervision.Reporting.Tests.Serialization;

public sealed class RoundJsonPropertyTests
{
    [Fact]
    public void GeneratedRounds_AreValid_AndRoundTripExactly()
    {
        for (var seed = 0; seed < 100; seed++)
        {
            var round = RandomRounds.Generate(seed, findings: 5 + seed);
            var report = RoundValidator.Validate(round);
            report.HasErrors.Should().BeFalse($"seed {seed}: {report}");

            var json = RoundJson.Serialize(round);
            var read = RoundJson.Parse(json);

            read.Value.Should().Be(round, $"seed {seed}");
            RoundJson.Serialize(read.Value!).Should().Be(json);
        }
    }

    [Fact]
    public void RemovingAnyRequiredProperty_IsReportedAtItsPath()
    {
        var json = RoundJson.Serialize(RandomRounds.Generate(7, findings: 3));
        string[] required = ["\"summary\"", "\"foundOn\"", "\"category\"", "\"assignedOn\"", "\"status\"", "\"method\"", "\"decidedOn\""];
        foreach (var name in required)
        {
            var start = json.IndexOf(name + ":", StringComparison.Ordinal);
            start.Should().BePositive(name);
            var end = json.IndexOf('\n', start);
            var line = json[start..end];
            // Drop the property line; if it ended the object, drop the comma before it instead.
            var edited = line.EndsWith(',') ? json.Remove(start, end - start + 1) : json.Remove(json.LastIndexOf(',', start), end - json.LastIndexOf(',', start));

            var errors = RoundJson.Parse(edited).Report.Errors;

            errors.Should().ContainSingle($"removing {name}").Which.Message.Should().Be($"required property '{name.Trim('"')}' is missing");
        }
    }

    [Theory]
    [InlineData("status")]
    [InlineData("mode")]
    [InlineData("severity")]
    [InlineData("method")]
    [InlineData("form")]
    public void UnknownCodeInAnyVocabularyProperty_IsTheOnlyError(string name)
    {
        var json = RoundJson.Serialize(RandomRounds.Generate(11, findings: 6));
        var key = $"\"{name}\": \"";
        var start = json.IndexOf(key, StringComparison.Ordinal) + key.Length;
        var end = json.IndexOf('"', start);
        var edited = string.Concat(json.AsSpan(0, start), "bogus", json.AsSpan(end));

        var errors = RoundJson.Parse(edited).Report.Errors;

        errors.Should().ContainSingle(name).Which.Code.Should().Be("unknown-value");
    }
}
