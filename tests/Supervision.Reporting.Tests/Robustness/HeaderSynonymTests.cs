using CsCheck;
using Supervision.Reporting.Domain;
using Supervision.Reporting.Rendering.Excel;
using Supervision.Reporting.Tests.Rendering.Excel.Import;
using Supervision.Reporting.Tests.Support;

namespace Supervision.Reporting.Tests.Robustness;

// Issue 10, class 6: the headers of a returned ledger say where the columns are, not what language the cells are
// in. A unit that renames headers to their synonyms in another language ("Finding ID", 問題編號), in any mix,
// without touching a cell, must import as no change — no spurious 备注 entry, no false ignored edit.
public sealed class HeaderSynonymTests
{
    private static readonly Language[] Languages = [Language.ZhHans, Language.ZhHant, Language.English];

    private static readonly Dictionary<string, LedgerColumn> ColumnOfHeader = BuildColumns();

    private static Dictionary<string, LedgerColumn> BuildColumns()
    {
        var map = new Dictionary<string, LedgerColumn>(StringComparer.Ordinal);
        foreach (var language in Languages)
        {
            foreach (var column in Enum.GetValues<LedgerColumn>())
            {
                map.TryAdd(LedgerText.Header(column, language), column);
            }
        }

        return map;
    }

    // Renames every header of the ledger to the same column's header in the language `pick` chooses for it.
    private static int Rename(ReturnedWorkbook book, Func<int, Language> pick)
    {
        var header = book.Rows[book.HeaderIndex];
        var renamed = 0;
        for (var i = 0; i < header.Length; i++)
        {
            if (header[i] is string text && ColumnOfHeader.TryGetValue(text, out var column))
            {
                var synonym = LedgerText.Header(column, pick(i));
                renamed += synonym == text ? 0 : 1;
                header[i] = synonym;
            }
        }

        return renamed;
    }

    private static void ShouldBeNoChange(ImportedRound result, SupervisionRound round, int rows)
    {
        result.Changes.Applied.Should().BeEmpty();
        result.Changes.Rejected.Should().BeEmpty();
        result.Changes.Conflicts.Should().BeEmpty();
        result.Changes.UnknownIds.Should().BeEmpty();
        result.Changes.IgnoredEdits.Should().BeEmpty();
        result.Changes.Unchanged.Should().HaveCount(rows);
        result.Round.Should().Be(round);
    }

    [Theory]
    [InlineData(Language.English)]
    [InlineData(Language.ZhHant)]
    public void LedgerImport_Import_GuilinLedgerWithEveryHeaderInAnotherLanguage_NoChange(Language headers)
    {
        var round = Example.Guilin;
        var book = ReturnedWorkbook.FromLedger(LedgerImportTests.Ledger(round, EditedGuilinLedger.AsOf));
        Rename(book, _ => headers).Should().BeGreaterThan(10);

        var result = LedgerImportTests.Import(round, book.ToXlsx(), EditedGuilinLedger.ReportedOn);

        ShouldBeNoChange(result, round, round.Findings.Count(f => f.IsViolation && f.FoundOn <= EditedGuilinLedger.AsOf));
    }

    [Fact]
    public void LedgerImport_Import_RandomRoundsWithHeadersInRandomMixesOfLanguages_NoChange()
    {
        Gen.Select(Gen.Int[0, 100_000], Gen.Int[1, 30], Gen.Int[0, 2], Gen.Int[0, int.MaxValue]).Sample(
            sample =>
            {
                var (seed, count, written, mix) = sample;
                var round = RandomRounds.Generate(seed, count);
                var asOf = round.Period.End;
                var book = ReturnedWorkbook.FromLedger(LedgerImportTests.Ledger(round, asOf, Languages[written]));
                var random = new Random(mix);
                Rename(book, _ => Languages[random.Next(3)]);

                var result = LedgerImportTests.Import(round, book.ToXlsx(), asOf.PlusDays(3));

                ShouldBeNoChange(result, round, round.Findings.Count(f => f.IsViolation && f.FoundOn <= asOf));
            },
            iter: 40,
            threads: 1);
    }

    [Fact]
    public void LedgerImport_Import_EditedRemarkUnderAnEnglishHeaderOfAChineseLedger_PrefixInTheLedgersLanguage()
    {
        var round = Example.Guilin;
        var book = ReturnedWorkbook.FromLedger(LedgerImportTests.Ledger(round, EditedGuilinLedger.AsOf));
        var id = round.Findings.First(f => f.IsViolation && f.Rectification is { Status: RectificationStatus.InProgress } && f.FoundOn <= EditedGuilinLedger.AsOf).Id;
        book.Set(id, "备注", "已约谈");
        Rename(book, _ => Language.English);

        var result = LedgerImportTests.Import(round, book.ToXlsx(), EditedGuilinLedger.ReportedOn);

        result.Changes.Applied.Should().ContainSingle().Which.New.Should().Be("已约谈");
        result.Changes.IgnoredEdits.Should().BeEmpty();
        result.Round.Findings.Single(f => f.Id == id).Rectification!.Progress[^1].Note.Should().Be("备注：已约谈");
    }
}
