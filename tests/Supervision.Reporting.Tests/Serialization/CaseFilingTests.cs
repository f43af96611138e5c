using System.Text.RegularExpressions;
using Supervision.Reporting.Domain;
using Supervision.Reporting.Serialization;
using Supervision.Reporting.Tests.Rendering.Bulletins;
using Supervision.Reporting.Tests.Support;
using static Supervision.Reporting.Tests.Support.TestRounds;

namespace Supervision.Reporting.Tests.Serialization;

// Cases filed for review and investigation (立案审查调查): additive and optional in format version 1, checked against
// the people and findings they name, and counted (立案N件) in the statistical bulletin.
public sealed class CaseFilingTests
{
    private static SupervisionRound WithFiling(SupervisionRound round, Func<CaseFiling, CaseFiling>? change = null)
    {
        var filing = new CaseFiling { Id = "c001", PersonId = "p-zhang", FindingIds = ["f001"], FiledOn = D(11, 14), FiledBy = "全州县纪委监委", Notes = "经初步核实" };
        return round with { CaseFilings = [change is null ? filing : change(filing)] };
    }

    [Fact]
    public void RoundJson_CaseFilings_RoundTripAndConformToTheSchema()
    {
        var round = WithFiling(Minimal());

        var json = RoundJson.Serialize(round);
        var read = RoundJson.Parse(json);

        read.Report.Errors.Should().BeEmpty(read.Report.ToString());
        read.Value.Should().Be(round);
        read.Value!.CaseFilings.Should().ContainSingle().Which.FiledBy.Should().Be("全州县纪委监委");
        var schema = RoundJsonSchemaTests.Evaluate(json);
        schema.IsValid.Should().BeTrue(RoundJsonSchemaTests.Describe(schema));
    }

    [Fact]
    public void RoundJson_CaseFilingWithoutFiledOnAndWithAnUnknownProperty_ReportsBothAtTheirPaths()
    {
        var json = RoundJson.Serialize(WithFiling(Minimal()))
            .Replace("\"filedOn\": \"2022-11-14\"", "\"filedAt\": \"2022-11-14\"", StringComparison.Ordinal);
        json.Should().Contain("filedAt");

        var paths = RoundJson.Parse(json).Report.Errors.Select(e => e.Location.Path).ToList();

        paths.Should().Contain("$.caseFilings[0].filedAt").And.Contain("$.caseFilings[0].filedOn");
    }

    [Fact]
    public void Validate_CaseFilingReferencesThatDoNotResolve_AreErrors_AndRepeatedIdsToo()
    {
        var round = WithFiling(Minimal(), c => c with { PersonId = "p-nobody", FindingIds = ["f999"] });
        round = round with { CaseFilings = [round.CaseFilings[0], round.CaseFilings[0] with { PersonId = "p-zhang", FindingIds = ["f001"] }] };

        var paths = RoundValidator.Validate(round).Errors.Select(e => e.Location.Path);

        paths.Should().BeEquivalentTo("$.caseFilings[0].person", "$.caseFilings[0].findings[0]", "$.caseFilings[1].id");
    }

    [Fact]
    public void Validate_CaseFiledBeforeTheFindingOrAfterTheSanction_IsADateOrderWarning()
    {
        var sanctioned = Minimal() with
        {
            Measures = [Minimal().Measures[0] with { Form = MeasureForm.PartyWarning, DecidedOn = D(11, 20) }],
        };

        RoundValidator.Validate(WithFiling(sanctioned)).Warnings.Should().NotContain(w => w.Code == "date-order");
        var early = RoundValidator.Validate(WithFiling(sanctioned, c => c with { FiledOn = D(11, 10) })).Warnings.Where(w => w.Code == "date-order");
        early.Should().ContainSingle().Which.Location.Path.Should().Be("$.caseFilings[0].filedOn");
        var late = RoundValidator.Validate(WithFiling(sanctioned, c => c with { FiledOn = D(11, 25) })).Warnings.Where(w => w.Code == "date-order");
        late.Should().ContainSingle().Which.Message.Should().Contain("sanction 'm001'");
    }

    [Fact]
    public void Validate_CaseFilingWithoutFindings_IsAWarning()
    {
        var warnings = RoundValidator.Validate(WithFiling(Minimal(), c => c with { FindingIds = [] })).Warnings;

        warnings.Should().Contain(w => w.Location.Path == "$.caseFilings[0].findings" && w.Code == "required");
    }

    [Fact]
    public void RoundAnalytics_CountsTheCasesFiledAndMadePublicByTheAsOfDate()
    {
        var round = WithFiling(Minimal());
        round = round with
        {
            CaseFilings = [.. round.CaseFilings, round.CaseFilings[0] with { Id = "c002", FiledOn = D(11, 25) }],

            // A second notice names f001 again (counted once) and a finding the round does not have (not counted).
            Notices = [.. round.Notices, round.Notices[0] with { Id = "n2", PublishedOn = D(11, 20), FindingIds = ["f001", "f999"] }],
        };

        var early = RoundAnalytics.Compute(round, D(11, 17));
        var late = RoundAnalytics.Compute(round, D(11, 30));

        (early.CasesFiled, early.TypicalCasesMadePublic).Should().Be((1, 0), "only c001 is filed, and no notice is published, by 17 November");
        (late.CasesFiled, late.TypicalCasesMadePublic).Should().Be((2, 1));
        var json = System.Text.Json.JsonDocument.Parse(StatisticsJson.Serialize(late)).RootElement;
        (json.GetProperty("casesFiled").GetInt32(), json.GetProperty("typicalCasesMadePublic").GetInt32()).Should().Be((2, 1));
        RoundAnalytics.Compute(Minimal(), D(11, 30)).CasesFiled.Should().Be(0);
    }

    [Fact]
    public void Guilin_SanctionsFollowFiledCases_AndTheStatisticalBulletinCountsThem()
    {
        var round = Example.Guilin;
        var sanctioned = round.Measures.Where(m => m.FourForms != FourForms.First).Select(m => m.PersonId).Distinct().ToList();
        round.CaseFilings.Select(c => c.PersonId).Should().BeEquivalentTo(sanctioned);
        RoundValidator.Validate(round).Warnings.Should().NotContain(w => w.Location.Path != null && w.Location.Path.StartsWith("$.caseFilings", StringComparison.Ordinal));

        var spec = new BulletinSpec { Kind = BulletinKind.Statistics, AsOf = new NodaTime.LocalDate(2022, 11, 30), UseSystemFonts = false };
        string Text(BulletinSpec s, SupervisionRound r)
        {
            using var stream = new MemoryStream();
            Bulletin.Write(r, stream, s);
            return new PdfReadBack(stream.ToArray()).TextWithoutPageNumbers;
        }

        Text(spec, round).Should().MatchRegex($"立案审查调查{round.CaseFilings.Count}件，通报曝光典型问题\\d+起。");
        Text(spec with { Language = Language.English }, round).Should().Contain($"{round.CaseFilings.Count}casesfiledforreviewandinvestigation");
        Text(spec, round with { CaseFilings = [] }).Should().NotContain("立案");
    }
}
