using Supervision.Reporting.Privacy;
using CsCheck;
using Supervision.Reporting.Domain;
using Supervision.Reporting.Rendering.Excel;
using Supervision.Reporting.Tests.Support;

namespace Supervision.Reporting.Tests.Rendering.Excel.Import;

public sealed partial class LedgerImportTests
{
    private static readonly Gen<(int Seed, int Findings, int AsOfDay, Language Language, Audience Audience)> AnyLedger =
        Gen.Select(Gen.Int[0, 100_000], Gen.Int[0, 40], Gen.Int[0, 40], Gen.Int[0, 2], Gen.Int[0, 1])
            .Select(t => (t.Item1, t.Item2, t.Item3, (Language)t.Item4, (Audience)t.Item5));

    [Fact]
    public void LedgerImport_Import_RandomRoundsUntouchedLedgers_ZeroChangesAndEqualRounds()
    {
        AnyLedger.Sample(
            sample =>
            {
                var (seed, count, day, language, audience) = sample;
                var round = RandomRounds.Generate(seed, count);
                var asOf = round.Period.Start.PlusDays(day);

                var result = Import(round, Ledger(round, asOf, language, audience), asOf.PlusDays(3));

                result.Changes.Applied.Should().BeEmpty();
                result.Changes.Rejected.Should().BeEmpty();
                result.Changes.Conflicts.Should().BeEmpty();
                result.Changes.UnknownIds.Should().BeEmpty();
                result.Changes.Missing.Should().BeEmpty();
                result.Changes.IgnoredEdits.Should().BeEmpty();
                result.Changes.Unchanged.Should().HaveCount(round.Findings.Count(f => f.IsViolation && f.FoundOn <= asOf));
                result.Round.Should().Be(round);
            },
            iter: 60,
            threads: 1);
    }

    [Fact]
    public void LedgerImport_Import_RandomRoundsWithNewProgressNotes_ExactlyThoseFindingsGainOneEntry()
    {
        Gen.Select(Gen.Int[0, 100_000], Gen.Int[1, 30], Gen.Int[0, 1000]).Sample(
            sample =>
            {
                var (seed, count, pick) = sample;
                var round = RandomRounds.Generate(seed, count);
                var asOf = round.Period.End;
                var reportedOn = asOf.PlusDays(60);
                var book = ReturnedWorkbook.FromLedger(Ledger(round, asOf));
                var rows = round.Findings.Where(f => f.IsViolation).ToList();
                var edited = rows.Where((_, i) => ((pick >> (i % 10)) & 1) == 1).Select(f => f.Id).ToHashSet();
                foreach (var id in edited)
                {
                    book.Set(id, "整改进展", "进展" + id);
                }

                var result = Import(round, book.ToXlsx(), reportedOn);

                result.Changes.Rejected.Should().BeEmpty();
                result.Changes.Conflicts.Should().BeEmpty();
                result.Changes.Applied.Select(c => c.FindingId).Should().BeEquivalentTo(edited);
                for (var i = 0; i < round.Findings.Count; i++)
                {
                    var (before, after) = (round.Findings[i], result.Round.Findings[i]);
                    if (!edited.Contains(before.Id))
                    {
                        after.Should().BeSameAs(before);
                        continue;
                    }

                    var progress = after.Rectification!.Progress;
                    progress.Should().HaveCount(before.Rectification!.Progress.Count + 1);
                    progress[^1].Should().Be(new ProgressEntry { Date = reportedOn, Status = before.Rectification.Status, Note = "进展" + before.Id });
                    (after.Rectification with { Progress = before.Rectification.Progress }).Should().Be(before.Rectification);
                }

                Supervision.Reporting.RoundValidator.Validate(result.Round).Errors.Should().BeEmpty();
            },
            iter: 40,
            threads: 1);
    }
}
