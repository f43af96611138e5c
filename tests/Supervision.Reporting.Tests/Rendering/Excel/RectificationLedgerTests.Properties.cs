using CsCheck;
using NodaTime;
using Supervision.Reporting.Domain;
using Supervision.Reporting.Tests.Support;
using static Supervision.Reporting.Tests.Rendering.Excel.LedgerReader;
using static Supervision.Reporting.Tests.Support.TestRounds;

namespace Supervision.Reporting.Tests.Rendering.Excel;

public sealed partial class RectificationLedgerTests
{
    // Text that exercises the writer: CJK, rare characters, formula-looking starts, line breaks, markup characters.
    // (𠮷 is two UTF-16 units, so it comes whole from the second list rather than as single chars.)
    private static readonly Gen<string> AnyText = Gen.OneOf<string>(
        Gen.Char["整改检查问题站点村镇县䶮=+-@<>&\"' \n0123456789abcXYZ"].Array[1, 60].Select(chars => "问" + new string(chars)),   // never blank: the ledger validates the round first
        Gen.OneOf("=1+1", "+86 138", "-5", "@SUM(A1)", "<sheetData>", "</sheetData>", "&amp;", "𠮷野家", "一"));

    private static readonly Gen<Finding> AnyFinding =
        Gen.Select(Gen.Int[1, 30], Gen.Bool, AnyText, Gen.Int[0, 20], Gen.Int[0, 3], Gen.Int[0, 2], AnyText, Gen.Int[0, 25], Gen.Int[0, 2], (a, b, c, d, e, f, g, h, i) => (a, b, c, d, e, f, g, h, i))
            .Select(t =>
            {
                var (day, violation, summary, deadlineDays, status, mode, measures, doneAfter, extend) = t;
                var found = D(11, day);
                var assigned = found.PlusDays(1);
                var deadline = assigned.PlusDays(deadlineDays);
                var completed = status >= 2 ? assigned.PlusDays(doneAfter) : (LocalDate?)null;
                return new Finding
                {
                    Id = string.Empty,
                    FoundOn = found,
                    UnitId = "checkpoint",
                    ResponsibleUnitId = "huangshahe",
                    ResponsiblePersonIds = ["p-zhang"],
                    CategoryCode = "formalism",
                    Kind = violation ? FindingKind.Violation : FindingKind.Service,
                    Summary = summary,
                    Rectification = !violation && status == 0 ? null : new Rectification
                    {
                        AssignedOn = assigned,
                        Deadline = deadline,
                        Mode = (RectificationMode)mode,
                        Measures = measures,
                        Status = (RectificationStatus)status,
                        CompletedOn = completed,
                        ClosedOn = status == 3 ? completed!.Value.PlusDays(1) : null,
                        Extensions = extend == 1 ? [new DeadlineExtension { GrantedOn = assigned, NewDeadline = deadline.PlusDays(7) }] : [],
                    },
                };
            });

    private static readonly Gen<(SupervisionRound Round, LocalDate AsOf)> AnyRound =
        Gen.Select(AnyFinding.List[0, 40], Gen.Int[1, 60])
            .Select(t =>
            {
                var findings = t.Item1.Select((f, i) => f with { Id = $"f{i:000}" }).ToList();
                var round = TestRounds.Minimal() with { Findings = [.. findings], Measures = [], Notices = [] };
                return (round, D(11, 1).PlusDays(t.Item2));
            });

    [Fact]
    public void RectificationLedger_Write_RandomRounds_ValidWorkbooksWhoseRowsAreTheViolations()
    {
        AnyRound.Sample(
            sample =>
            {
                var (round, asOf) = sample;
                var (bytes, result) = Write(round, Options(asOf));

                ValidationErrors(bytes).Should().BeEmpty();
                var expected = round.Findings.Where(f => f.IsViolation && f.FoundOn <= asOf).ToList();
                var rows = DetailRows(bytes);
                rows.Select(r => Str(r[1])).Should().Equal(expected.Select(f => f.Id));
                rows.Select(r => Str(r[7])).Should().Equal(expected.Select(f => f.Summary.Replace("\r\n", "\n", StringComparison.Ordinal)));
                rows.Select(r => Date(r[3])).Should().Equal(expected.Select(f => (LocalDate?)f.FoundOn));
                result.FindingRows.Should().Be(expected.Count);
            },
            iter: 100,
            threads: 1);
    }
}
