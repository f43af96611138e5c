using Supervision.Reporting.Domain;
using Supervision.Reporting.Tests.Support;
using static Supervision.Reporting.Tests.Support.TestRounds;

namespace Supervision.Reporting.Tests.Serialization;

// The ledger fields offices keep (分管领导, 牵头科室, 佐证材料, 验收): additive and optional in format version 1.
public sealed class OfficeFieldsTests
{
    internal static SupervisionRound WithOfficeFields(SupervisionRound round) => round
        .WithFinding(f => f with { SupervisingLeaderId = "p-ouyang", LeadOfficeId = "huangshahe" })
        .WithRectification(r => r with
        {
            Evidence =
            [
                new EvidenceItem { Title = "检查站24小时值守排班表", File = "排班表.xlsx", Date = D(11, 16) },
                new EvidenceItem { Title = "整改情况报告" },
            ],
            Verification = new ClosureVerification { By = "第一监督检查组", On = D(11, 19), Note = "现场复查" },
        });

    [Fact]
    public void RoundJson_OfficeFields_RoundTrip()
    {
        var round = WithOfficeFields(Minimal());

        var json = RoundJson.Serialize(round);
        var read = RoundJson.Parse(json);

        read.Report.Errors.Should().BeEmpty(read.Report.ToString());
        read.Value.Should().Be(round);
        json.Should().Contain("\"supervisingLeader\"").And.Contain("\"leadOffice\"").And.Contain("\"evidence\"").And.Contain("\"verification\"");
    }

    [Fact]
    public void RoundJson_OfficeFields_ConformToTheSchema()
    {
        var result = RoundJsonSchemaTests.Evaluate(RoundJson.Serialize(WithOfficeFields(Minimal())));

        result.IsValid.Should().BeTrue(RoundJsonSchemaTests.Describe(result));
    }

    [Fact]
    public void RoundJson_WithoutOfficeFields_GuilinExampleIsWrittenByteForByteAsBefore()
    {
        // The example has none of the fields: its JSON must not change by a byte (no empty lists, no nulls).
        var round = Example.Guilin;
        round.Findings.Should().OnlyContain(f => f.SupervisingLeaderId == null && f.LeadOfficeId == null
            && (f.Rectification == null || (f.Rectification.Evidence.IsEmpty && f.Rectification.Verification == null)));

        var json = RoundJson.Serialize(round);

        json.Should().NotContain("evidence").And.NotContain("verification").And.NotContain("supervisingLeader").And.NotContain("leadOffice");
        RoundJson.Serialize(RoundJson.Parse(json).Value!).Should().Be(json);
    }

    [Fact]
    public void RoundJson_UnknownPropertyInEvidence_IsAnErrorWithItsPath()
    {
        var json = RoundJson.Serialize(WithOfficeFields(Minimal())).Replace("\"file\":", "\"fiel\": \"x\", \"file\":", StringComparison.Ordinal);

        var read = RoundJson.Parse(json);

        read.Report.Errors.Should().Contain(e => e.Location.Path == "$.findings[0].rectification.evidence[0].fiel");
    }

    [Fact]
    public void RoundJson_VerificationDateOutsideTheSupportedRange_IsAnError()
    {
        var json = RoundJson.Serialize(WithOfficeFields(Minimal())).Replace("\"on\": \"2022-11-19\"", "\"on\": \"1066-10-14\"", StringComparison.Ordinal);
        json.Should().Contain("1066-10-14");

        var read = RoundJson.Parse(json);

        read.Report.Errors.Should().Contain(e => e.Location.Path == "$.findings[0].rectification.verification.on");
    }

    [Fact]
    public void Validate_ReferencesThatDoNotResolve_AreErrors()
    {
        var round = WithOfficeFields(Minimal()).WithFinding(f => f with { SupervisingLeaderId = "p-nobody", LeadOfficeId = "no-office" });

        var report = RoundValidator.Validate(round);

        report.Errors.Select(e => e.Location.Path).Should().BeEquivalentTo(["$.findings[0].supervisingLeader", "$.findings[0].leadOffice"]);
        report.Errors.Should().OnlyContain(e => e.Code == "reference");
    }

    [Fact]
    public void Validate_ClosedFindingWithoutVerification_IsAWarningOnceTheRoundRecordsVerifications()
    {
        var second = Minimal().Finding() with { Id = "f002" };
        var round = WithOfficeFields(Minimal()) with { Findings = [WithOfficeFields(Minimal()).Finding(), second] };

        var report = RoundValidator.Validate(round);

        report.Errors.Should().BeEmpty(report.ToString());
        var warning = report.Warnings.Should().ContainSingle(w => w.Code == "unverified-closure").Subject;
        warning.Location.Path.Should().Be("$.findings[1].rectification.verification");
        warning.Severity.Should().Be(DiagnosticSeverity.Warning);
    }

    [Fact]
    public void Validate_RoundThatRecordsNoVerification_HasNoUnverifiedClosureWarning()
    {
        RoundValidator.Validate(Example.Guilin).Warnings.Should().NotContain(w => w.Code == "unverified-closure");
        RoundValidator.Validate(Minimal()).Warnings.Should().NotContain(w => w.Code == "unverified-closure");
    }

    [Fact]
    public void Validate_VerificationBeforeCompletion_IsAnError()
    {
        var round = WithOfficeFields(Minimal()).WithRectification(r => r with { Verification = r.Verification! with { On = D(11, 17) } });

        var report = RoundValidator.Validate(round);

        report.Errors.Should().ContainSingle(e => e.Location.Path == "$.findings[0].rectification.verification.on" && e.Code == "date-order");
    }

    [Fact]
    public void Validate_VerificationAfterClosure_IsAWarning()
    {
        var round = WithOfficeFields(Minimal()).WithRectification(r => r with { Verification = r.Verification! with { On = D(11, 22) } });

        var report = RoundValidator.Validate(round);

        report.Errors.Should().BeEmpty();
        report.Warnings.Should().Contain(w => w.Location.Path == "$.findings[0].rectification.verification.on" && w.Code == "date-order");
    }

    [Fact]
    public void Validate_BlankEvidenceTitleAndVerifier_AreErrors()
    {
        var round = WithOfficeFields(Minimal()).WithRectification(r => r with
        {
            Evidence = [new EvidenceItem { Title = " " }],
            Verification = r.Verification! with { By = "" },
        });

        var report = RoundValidator.Validate(round);

        report.Errors.Select(e => e.Location.Path).Should().Contain(["$.findings[0].rectification.evidence[0].title", "$.findings[0].rectification.verification.by"]);
    }
}
