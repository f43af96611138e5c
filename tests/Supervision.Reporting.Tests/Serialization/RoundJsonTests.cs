using System.Text;
using Supervision.Reporting.Domain;
using Supervision.Reporting.Serialization;
using Supervision.Reporting.Tests.Support;
using Supervision.Reporting.Validation;

namespace Supervision.Reporting.Tests.Serialization;

public sealed class RoundJsonTests
{
    [Fact]
    public void Serialize_ThenParse_GivesEqualRound()
    {
        var round = TestRounds.Minimal();

        var json = RoundJson.Serialize(round);
        var read = RoundJson.Parse(json);

        read.Report.Diagnostics.Should().BeEmpty();
        read.Value.Should().Be(round);
        RoundJson.Serialize(read.Value!).Should().Be(json);
    }

    [Fact]
    public void Serialize_WritesDocumentedShape()
    {
        var json = RoundJson.Serialize(TestRounds.Minimal());

        json.Should().Contain("\"formatVersion\": 1")
            .And.Contain("\"category\": \"lax-enforcement\"")
            .And.Contain("\"mode\": \"immediate\"")
            .And.Contain("\"status\": \"in-progress\"")
            .And.Contain("\"form\": \"reminder-talk\"")
            .And.Contain("\"foundOn\": \"2022-11-13\"")
            .And.Contain("\"composition\": \"room-group-locality\"")
            .And.Contain("高速路口临时检查站未对过往车辆应检尽检", "Chinese text is written unescaped");
        json.Should().NotContain("\"disclosure\"", "the default disclosure is omitted");
        json.Should().NotContain("\"kind\": \"violation\"", "the default kind is omitted");
    }

    [Fact]
    public void Parse_DefaultsWhenOmitted()
    {
        var json = """
            {"formatVersion":1,"id":"r","title":"t","authority":"a","period":{"start":"2022-11-01","end":"2022-11-30"},
             "people":[{"id":"p","name":"李某某"}],
             "findings":[{"id":"f","foundOn":"2022-11-02","category":"other","summary":"s","kind":"service"}]}
            """;

        var result = RoundJson.Parse(json);

        result.IsValid.Should().BeTrue(result.Report.ToString());
        var round = result.Value!;
        round.TimeZone.Should().Be("Asia/Shanghai");
        round.People[0].Disclosure.Should().Be(Disclosure.Masked);
        round.Findings[0].Severity.Should().Be(Severity.General);
        round.Findings[0].Source.Should().Be(FindingSource.Inspection);
        round.Units.Should().BeEmpty();
    }

    [Fact]
    public void Parse_SyntaxError_ReportsLineAndColumn()
    {
        var json = "{\n  \"formatVersion\": 1,\n  \"id\": \"r\"\n  \"title\": \"t\"\n}";

        var result = RoundJson.Parse(json);

        result.Value.Should().BeNull();
        var problem = result.Report.Errors.Should().ContainSingle().Subject;
        problem.Code.Should().Be("syntax");
        problem.Location.Line.Should().Be(4);
        problem.Location.Column.Should().Be(3);
        problem.Message.Should().StartWith("the file is not valid JSON");
        problem.Message.Should().NotContain("LineNumber");
    }

    [Fact]
    public void Parse_TruncatedFile_ReportsPosition()
    {
        var json = RoundJson.Serialize(TestRounds.Minimal());
        var truncated = json[..(json.Length / 2)];

        var result = RoundJson.Parse(truncated);

        result.IsValid.Should().BeFalse();
        var problem = result.Report.Errors.Should().ContainSingle().Subject;
        problem.Location.Line.Should().BeGreaterThan(1);
        problem.ToString().Should().Contain("(line ");
    }

    [Fact]
    public void Parse_WrongType_BadDate_UnknownEnum_AreAllReportedWithPaths()
    {
        var json = RoundJson.Serialize(TestRounds.Minimal())
            .Replace("\"foundOn\": \"2022-11-13\"", "\"foundOn\": \"2022-02-30\"", StringComparison.Ordinal)
            .Replace("\"severity\": \"serious\"", "\"severity\": \"grave\"", StringComparison.Ordinal)
            .Replace("\"summary\": \"高速路口临时检查站未对过往车辆应检尽检\"", "\"summary\": 42", StringComparison.Ordinal);

        var result = RoundJson.Parse(json);

        result.Report.Errors.Select(e => (e.Location.Path, e.Code)).Should().BeEquivalentTo(new[]
        {
            ("$.findings[0].foundOn", "date"),
            ("$.findings[0].severity", "unknown-value"),
            ("$.findings[0].summary", "type"),
        });
        result.Report.Errors.Should().OnlyContain(e => e.Location.Line != null && e.Location.Column != null);
        result.Report.Errors.Single(e => e.Code == "unknown-value").Message.Should().Contain("minor, general, serious, major");
    }

    [Fact]
    public void Parse_UnknownProperty_IsErrorWithItsPath()
    {
        var json = RoundJson.Serialize(TestRounds.Minimal())
            .Replace("\"summary\":", "\"sumary\": \"typo\",\n      \"summary\":", StringComparison.Ordinal);

        var problem = RoundJson.Parse(json).Report.Errors.Should().ContainSingle().Subject;

        problem.Location.Path.Should().Be("$.findings[0].sumary");
        problem.Code.Should().Be("unknown-property");
    }

    [Fact]
    public void Parse_MissingRequiredProperty_IsReportedOnceWithoutCascade()
    {
        var json = RoundJson.Serialize(TestRounds.Minimal())
            .Replace("\"summary\": \"高速路口临时检查站未对过往车辆应检尽检\",", string.Empty, StringComparison.Ordinal);

        var problem = RoundJson.Parse(json).Report.Errors.Should().ContainSingle().Subject;

        problem.Location.Path.Should().Be("$.findings[0].summary");
        problem.Message.Should().Be("required property 'summary' is missing");
    }

    [Fact]
    public void Parse_FourKindsOfProblem_AreAllListedTogether()
    {
        var json = RoundJson.Serialize(TestRounds.Minimal())
            .Replace("\"responsibleUnit\": \"huangshahe\"", "\"responsibleUnit\": \"nowhere\"", StringComparison.Ordinal)
            .Replace("\"deadline\": \"2022-11-21\"", "\"deadline\": \"2022-11-10\"", StringComparison.Ordinal)
            .Replace(",\n        \"closedOn\": \"2022-11-20\"", string.Empty, StringComparison.Ordinal)
            .Replace("\"title\": \"疫情防控专项监督\"", "\"title\": \"疫情防控专项监督\", \"colour\": \"red\"", StringComparison.Ordinal);

        var errors = RoundJson.Parse(json).Report.Errors;

        errors.Select(e => e.Location.Path).Should().BeEquivalentTo(
            "$.colour", "$.findings[0].responsibleUnit", "$.findings[0].rectification.deadline", "$.findings[0].rectification.closedOn");
    }

    [Fact]
    public void Parse_UnsupportedFormatVersion_IsError()
    {
        var json = RoundJson.Serialize(TestRounds.Minimal()).Replace("\"formatVersion\": 1", "\"formatVersion\": 2", StringComparison.Ordinal);

        RoundJson.Parse(json).Report.Errors.Should().ContainSingle().Which.Code.Should().Be("format-version");
    }

    [Fact]
    public void Parse_DuplicateProperty_IsError()
    {
        var json = RoundJson.Serialize(TestRounds.Minimal()).Replace("\"id\": \"test-round\"", "\"id\": \"test-round\", \"id\": \"other\"", StringComparison.Ordinal);

        RoundJson.Parse(json).Report.Errors.Should().ContainSingle().Which.Code.Should().Be("duplicate-property");
    }

    [Fact]
    public void Parse_NotAnObject_IsError()
    {
        var result = RoundJson.Parse("[1, 2]");

        result.Value.Should().BeNull();
        result.Report.Errors.Should().ContainSingle().Which.Location.Path.Should().Be("$");
    }

    [Fact]
    public void Read_WithByteOrderMark_IsAccepted()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(RoundJson.Serialize(TestRounds.Minimal()))).ToArray();

        RoundJson.Read(bytes).IsValid.Should().BeTrue();
    }

    [Fact]
    public void Parse_ColumnsCountCharactersNotBytes()
    {
        var json = "{\"formatVersion\":1,\"id\":\"r\",\"title\":\"桂林桂林\",\"authority\":\"a\",\"period\":{\"start\":\"2022-11-01\",\"end\":\"2022-11-30\"},\"x\":1}";

        var problem = RoundJson.Parse(json).Report.Errors.Should().ContainSingle().Subject;

        problem.Location.Path.Should().Be("$.x");
        problem.Location.Column.Should().Be(json.IndexOf("\"x\"", StringComparison.Ordinal) + 1);
    }

    [Fact]
    public void GetValueOrThrow_InvalidRound_ThrowsWithReport()
    {
        var result = RoundJson.Parse("{}");

        var act = () => result.GetValueOrThrow();

        act.Should().Throw<InvalidInputException>().Which.Report.Errors.Should().HaveCount(5);
    }

    [Fact]
    public void WriteFile_ThenReadFile_RoundTrips_AndLeavesNoTemporaryFile()
    {
        var folder = Directory.CreateTempSubdirectory();
        try
        {
            var path = Path.Combine(folder.FullName, "round.json");
            RoundJson.WriteFile(TestRounds.Minimal(), path);

            RoundJson.ReadFile(path).Value.Should().Be(TestRounds.Minimal());
            Directory.GetFiles(folder.FullName).Should().ContainSingle();
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Parse_ThousandsOfProblemsOnOneLine_EachAtItsOwnColumn()
    {
        var round = RandomRounds.Generate(3, findings: 3000);
        var json = System.Text.Json.Nodes.JsonNode.Parse(RoundJson.Serialize(round))!;
        foreach (var finding in json["findings"]!.AsArray())
        {
            finding!["colour"] = "red";
        }

        var minified = json.ToJsonString();
        var errors = RoundJson.Parse(minified).Report.Errors;

        errors.Should().HaveCount(3000).And.OnlyContain(e => e.Location.Line == 1);
        var expected = new List<int>();
        for (var at = minified.IndexOf("\"colour\"", StringComparison.Ordinal); at >= 0; at = minified.IndexOf("\"colour\"", at + 1, StringComparison.Ordinal))
        {
            expected.Add(at + 1);
        }

        errors.Select(e => e.Location.Column!.Value).Should().Equal(expected);
    }
}
