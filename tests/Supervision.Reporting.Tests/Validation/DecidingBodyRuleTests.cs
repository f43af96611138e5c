using Supervision.Reporting.Domain;
using Supervision.Reporting.Tests.Support;
using Supervision.Reporting.Validation;

namespace Supervision.Reporting.Tests.Validation;

// A 党纪处分 is decided by a 纪委 or a 党组织, a 政务处分 by a 监委 or the appointing body: a deciding body that does
// not fit the form is a warning (the data is possible, but a bulletin would print it as law).
public sealed class DecidingBodyRuleTests
{
    private static IReadOnlyList<Diagnostic> Warnings(MeasureForm form, string decidedBy)
    {
        var round = TestRounds.Minimal();
        var measure = round.Measures[0] with { Form = form, DecidedBy = decidedBy };
        return [.. RoundValidator.Validate(round with { Measures = [measure] }).Warnings.Where(w => w.Code == "decided-by")];
    }

    [Theory]
    [InlineData(MeasureForm.PartyWarning, "全州县纪委监委")]
    [InlineData(MeasureForm.PartyWarning, "梅溪镇纪委")]
    [InlineData(MeasureForm.ExpulsionFromParty, "全州县卫生健康局党组")]
    [InlineData(MeasureForm.GovDemerit, "全州县纪委监委")]
    [InlineData(MeasureForm.GovDemerit, "全州县监委")]
    [InlineData(MeasureForm.GovDismissal, "全州县卫生健康局")]
    [InlineData(MeasureForm.ReminderTalk, "全州县卫生健康局")]
    public void Validate_DecidingBodyFitsTheForm_NoWarning(MeasureForm form, string decidedBy)
    {
        Warnings(form, decidedBy).Should().BeEmpty();
    }

    [Theory]
    [InlineData(MeasureForm.PartyWarning, "全州县监委")]
    [InlineData(MeasureForm.PartyProbation, "全州县卫生健康局")]
    [InlineData(MeasureForm.GovDemerit, "梅溪镇纪委")]
    [InlineData(MeasureForm.GovRemoval, "甲山街道党工委")]
    public void Validate_DecidingBodyDoesNotFitTheForm_WarnsAtItsPath_WithoutQuotingIt(MeasureForm form, string decidedBy)
    {
        var warning = Warnings(form, decidedBy).Should().ContainSingle().Subject;

        warning.Severity.Should().Be(DiagnosticSeverity.Warning);
        warning.Location.Path.Should().Be("$.measures[0].decidedBy");
        warning.Message.Should().Contain(Vocabulary.Code(form)).And.NotContain(decidedBy);
    }

    [Fact]
    public void Validate_Guilin_EveryDecidingBodyFitsItsForm()
    {
        RoundValidator.Validate(Example.Guilin).Warnings.Where(w => w.Code == "decided-by").Should().BeEmpty();
    }
}
