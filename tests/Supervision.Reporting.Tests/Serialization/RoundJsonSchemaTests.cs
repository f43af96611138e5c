using System.Text.Json.Nodes;
using Json.Schema;
using Supervision.Reporting.Domain;

using Vocabulary = Supervision.Reporting.Domain.Vocabulary;
using Supervision.Reporting.Serialization;
using Supervision.Reporting.Tests.Support;

namespace Supervision.Reporting.Tests.Serialization;

public sealed class RoundJsonSchemaTests
{
    private static readonly JsonSchema Schema = JsonSchema.FromText(RoundJson.Schema);

    [Fact]
    public void Schema_IsShippedInTheLibrary()
    {
        RoundJson.Schema.Should().Contain("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\"");
    }

    [Fact]
    public void Schema_AcceptsWhatTheLibraryWrites()
    {
        var result = Evaluate(RoundJson.Serialize(TestRounds.Minimal()));

        result.IsValid.Should().BeTrue(Describe(result));
    }

    [Fact]
    public void Schema_RejectsUnknownProperty()
    {
        var json = RoundJson.Serialize(TestRounds.Minimal()).Replace("\"title\":", "\"titel\": \"x\", \"title\":", StringComparison.Ordinal);

        Evaluate(json).IsValid.Should().BeFalse();
    }

    [Fact]
    public void Schema_Vocabularies_MatchTheLibrary()
    {
        var defs = JsonNode.Parse(RoundJson.Schema)!["$defs"]!;

        Codes(defs, "unitKind").Should().Equal(Vocabulary.Values<UnitKind>().Select(v => Vocabulary.Code(v)));
        Codes(defs, "composition").Should().Equal(Vocabulary.Values<GroupComposition>().Select(v => Vocabulary.Code(v)));
        Codes(defs, "method").Should().Equal(Vocabulary.Values<InspectionMethod>().Select(v => Vocabulary.Code(v)));
        Codes(defs, "source").Should().Equal(Vocabulary.Values<FindingSource>().Select(v => Vocabulary.Code(v)));
        Codes(defs, "findingKind").Should().Equal(Vocabulary.Values<FindingKind>().Select(v => Vocabulary.Code(v)));
        Codes(defs, "severity").Should().Equal(Vocabulary.Values<Severity>().Select(v => Vocabulary.Code(v)));
        Codes(defs, "mode").Should().Equal(Vocabulary.Values<RectificationMode>().Select(v => Vocabulary.Code(v)));
        Codes(defs, "status").Should().Equal(Vocabulary.Values<RectificationStatus>().Select(v => Vocabulary.Code(v)));
        Codes(defs, "form").Should().Equal(Vocabulary.Values<MeasureForm>().Select(v => Vocabulary.Code(v)));
        Codes(defs, "responsibility").Should().Equal(Vocabulary.Values<Responsibility>().Select(v => Vocabulary.Code(v)));
        Codes(defs, "disclosure").Should().Equal(Vocabulary.Values<Disclosure>().Select(v => Vocabulary.Code(v)));
        Codes(defs, "eventKind").Should().Equal(Vocabulary.Values<RoundEventKind>().Select(v => Vocabulary.Code(v)));
    }

    internal static EvaluationResults Evaluate(string json) =>
        Schema.Evaluate(System.Text.Json.JsonDocument.Parse(json).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });

    internal static string Describe(EvaluationResults result) =>
        string.Join("\n", (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")));

    private static IEnumerable<string> Codes(JsonNode defs, string name) => defs[name]!["enum"]!.AsArray().Select(n => n!.GetValue<string>());
}
