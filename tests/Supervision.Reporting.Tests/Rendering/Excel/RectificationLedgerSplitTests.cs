using System.Text.Json;
using CsCheck;
using NodaTime;
using Supervision.Reporting.Domain;
using Supervision.Reporting.Rendering.Excel;
using Supervision.Reporting.Tests.Support;

namespace Supervision.Reporting.Tests.Rendering.Excel;

public sealed class RectificationLedgerSplitTests : IDisposable
{
    private static readonly LocalDate AsOf = new(2022, 11, 30);

    private readonly string directory = Path.Combine(Path.GetTempPath(), "split-tests-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    // The ids on a workbook's detail sheet, read back with ExcelDataReader.
    private static List<string> Ids(string path)
    {
        var rows = LedgerReader.DetailRows(File.ReadAllBytes(path));
        return [.. rows.Select(r => LedgerReader.Str(r[1])).Where(id => id.Length > 0)];
    }

    [Fact]
    public void RectificationLedger_WriteSplit_GuilinByResponsibleUnit_OneFilePerUnitWithExactlyItsFindings()
    {
        var round = Example.Guilin;
        var result = RectificationLedger.WriteSplit(round, directory, new LedgerOptions { AsOf = AsOf });

        var expected = round.Findings
            .Where(f => f.IsViolation && f.FoundOn <= AsOf)
            .GroupBy(f => f.ResponsibleUnitId!)
            .ToDictionary(g => g.Key, g => g.Select(f => f.Id).ToList());
        result.Files.Select(f => f.Id).Should().BeEquivalentTo(expected.Keys);
        result.UnassignedRows.Should().Be(0);
        foreach (var file in result.Files)
        {
            var path = Path.Combine(directory, file.FileName);
            Ids(path).Should().Equal(expected[file.Id], $"{file.FileName} holds exactly the unit's findings, in round order");
            file.Rows.Should().Be(expected[file.Id].Count);
            file.Name.Should().Be(round.FindUnit(file.Id)!.Name);
            file.FileName.Should().MatchRegex(@"^\d{2}-.+\.xlsx$").And.EndWith(file.Name + ".xlsx");
            LedgerReader.ValidationErrors(File.ReadAllBytes(path)).Should().BeEmpty();
        }

        Directory.EnumerateFiles(directory).Select(p => Path.GetFileName(p)).Should().BeEquivalentTo(
            result.Files.Select(f => f.FileName).Append("manifest.json"), "no temporary file is left behind");
    }

    [Fact]
    public void RectificationLedger_WriteSplit_GuilinUnitFile_TitleNamesTheUnitAndSheetsHaveOnlyItsRows()
    {
        var round = Example.Guilin;
        var result = RectificationLedger.WriteSplit(round, directory, new LedgerOptions { AsOf = AsOf });

        var file = result.Files.Single(f => f.Id == "quanzhou-health");
        var sheets = LedgerReader.Read(File.ReadAllBytes(Path.Combine(directory, file.FileName)));
        LedgerReader.Str(sheets[0].Rows[0][0]).Should().Be("桂林市纪委监委疫情防控专项监督问题整改清单（全州县卫生健康局）");

        // 汇总 counts its four problems only; 说明 names the scope and the round.
        var summary = sheets.Single(s => s.Name == "汇总").Rows;
        summary.Should().Contain(r => LedgerReader.Str(r[0]) == "合计" && LedgerReader.Str(r[1]) == "4");
        summary.Should().NotContain(r => LedgerReader.Str(r[0]) == "全州县才湾镇");
        var notes = sheets.Single(s => s.Name == "说明").Rows;
        notes.Should().Contain(r => LedgerReader.Str(r[0]) == "清单范围" && LedgerReader.Str(r[1]) == "责任单位：全州县卫生健康局");
        notes.Should().Contain(r => LedgerReader.Str(r[0]) == "范围编号" && LedgerReader.Str(r[1]) == "responsible-unit/quanzhou-health");
        notes.Should().Contain(r => LedgerReader.Str(r[0]) == "数据编号" && LedgerReader.Str(r[1]) == round.Id);

        // 问责情况 lists the measures about its findings and no others.
        var measureFindings = sheets.Single(s => s.Name == "问责情况").Rows.Skip(LedgerWriter.DetailHeaderRow).Select(r => LedgerReader.Str(r[8])).ToList();
        var own = round.Findings.Where(f => f.ResponsibleUnitId == "quanzhou-health").Select(f => f.Id).ToHashSet();
        measureFindings.Should().HaveCount(round.Measures.Count(m => m.DecidedOn <= AsOf && m.FindingIds.Any(own.Contains)));
    }

    [Fact]
    public void RectificationLedger_WriteSplit_Guilin_ManifestMatchesTheFilesAndTheStatistics()
    {
        var round = Example.Guilin;
        var result = RectificationLedger.WriteSplit(round, directory, new LedgerOptions { AsOf = AsOf });

        var overdue = RoundAnalytics.Compute(round, AsOf).OverdueFindings
            .GroupBy(o => round.FindFinding(o.FindingId)!.ResponsibleUnitId!)
            .ToDictionary(g => g.Key, g => g.Count());
        using var manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(directory, "manifest.json")));
        manifest.RootElement.GetProperty("round").GetString().Should().Be(round.Id);
        manifest.RootElement.GetProperty("splitBy").GetString().Should().Be("responsible-unit");
        manifest.RootElement.GetProperty("asOf").GetString().Should().Be("2022-11-30");
        var entries = manifest.RootElement.GetProperty("files").EnumerateArray().ToList();
        entries.Should().HaveCount(result.Files.Count);
        overdue.Values.Sum().Should().BeGreaterThan(0, "the Guilin round has overdue findings on 30 November");
        foreach (var (entry, file) in entries.Zip(result.Files))
        {
            entry.GetProperty("id").GetString().Should().Be(file.Id);
            entry.GetProperty("name").GetString().Should().Be(file.Name);
            entry.GetProperty("file").GetString().Should().Be(file.FileName);
            entry.GetProperty("rows").GetInt32().Should().Be(Ids(Path.Combine(directory, file.FileName)).Count);
            entry.GetProperty("overdue").GetInt32().Should().Be(overdue.GetValueOrDefault(file.Id), file.Id);
        }
    }

    [Fact]
    public void RectificationLedger_WriteSplit_TwoRuns_SameFileNamesAndBytes()
    {
        var round = Example.Guilin;
        var first = RectificationLedger.WriteSplit(round, Path.Combine(directory, "a"), new LedgerOptions { AsOf = AsOf });
        var second = RectificationLedger.WriteSplit(round, Path.Combine(directory, "b"), new LedgerOptions { AsOf = AsOf });

        second.Files.Select(f => f.FileName).Should().Equal(first.Files.Select(f => f.FileName));
        foreach (var file in first.Files)
        {
            File.ReadAllBytes(Path.Combine(directory, "b", file.FileName)).Should().Equal(File.ReadAllBytes(Path.Combine(directory, "a", file.FileName)));
        }
    }

    [Fact]
    public void RectificationLedger_WriteSplit_EarlyAsOf_NoFileForAUnitWithoutRows()
    {
        var round = Example.Guilin;
        var asOf = new LocalDate(2022, 11, 14);
        var result = RectificationLedger.WriteSplit(round, directory, new LedgerOptions { AsOf = asOf });

        var withRows = round.Findings.Where(f => f.IsViolation && f.FoundOn <= asOf).Select(f => f.ResponsibleUnitId).Distinct().ToList();
        result.Files.Select(f => f.Id).Should().BeEquivalentTo(withRows);
        withRows.Count.Should().BeLessThan(round.Findings.Select(f => f.ResponsibleUnitId).Distinct().Count());
        Directory.EnumerateFiles(directory, "*.xlsx").Should().HaveCount(withRows.Count);
    }

    [Fact]
    public void RectificationLedger_WriteSplit_ByAreaAndByGroup_RowsPartitionTheLedger()
    {
        var round = Example.Guilin;
        foreach (var by in new[] { LedgerSplit.Area, LedgerSplit.Group })
        {
            var folder = Path.Combine(directory, by.ToString());
            var result = RectificationLedger.WriteSplit(round, folder, new LedgerOptions { AsOf = AsOf }, by);

            var all = result.Files.SelectMany(f => Ids(Path.Combine(folder, f.FileName))).ToList();
            all.Should().OnlyHaveUniqueItems();
            (all.Count + result.UnassignedRows).Should().Be(round.Findings.Count(f => f.IsViolation && f.FoundOn <= AsOf));
            foreach (var file in result.Files)
            {
                Ids(Path.Combine(folder, file.FileName)).Should().OnlyContain(id =>
                    (by == LedgerSplit.Area ? round.TopLevelAreaOf(round.FindFinding(id)!)!.Id : round.GroupOf(round.FindFinding(id)!)!.Id) == file.Id);
            }
        }
    }

    [Fact]
    public void RectificationLedger_WriteSplit_InvalidRound_WritesNothing()
    {
        var round = Example.Guilin with { Findings = [Example.Guilin.Findings[0], Example.Guilin.Findings[0]] };

        var act = () => RectificationLedger.WriteSplit(round, directory, new LedgerOptions { AsOf = AsOf });

        act.Should().Throw<InvalidInputException>();
        Directory.Exists(directory).Should().BeFalse();
    }

    [Theory]
    [InlineData("全州县卫生健康局", "全州县卫生健康局")]
    [InlineData("a/b\\c:d*e?f\"g<h>i|j", "a_b_c_d_e_f_g_h_i_j")]
    [InlineData("CON", "_CON")]
    [InlineData("单位. ", "单位")]
    [InlineData("tab\there", "tab_here")]
    public void SplitFileNames_Safe_Names_AreLegalOnWindowsAndLinux(string name, string expected) =>
        SplitFileNames.Safe(name).Should().Be(expected);

    [Fact]
    public void SplitFileNames_Safe_LongCjkName_FitsLinuxByteLimit() =>
        System.Text.Encoding.UTF8.GetByteCount(SplitFileNames.For(1, 99, new string('单', 300))).Should().BeLessThanOrEqualTo(255);

    [Fact]
    public void RectificationLedger_WriteSplit_RandomRounds_EveryRowInExactlyItsUnitsFile()
    {
        Gen.Select(Gen.Int[0, 100_000], Gen.Int[0, 25], Gen.Int[0, 40], Gen.Int[0, 2]).Sample(
            sample =>
            {
                var (seed, count, day, split) = sample;
                var round = RandomRounds.Generate(seed, count);
                var asOf = round.Period.Start.PlusDays(day);
                var by = (LedgerSplit)split;
                var folder = Path.Combine(directory, Guid.NewGuid().ToString("N"));

                var result = RectificationLedger.WriteSplit(round, folder, new LedgerOptions { AsOf = asOf }, by);

                var rows = round.Findings.Where(f => f.IsViolation && f.FoundOn <= asOf).ToList();
                var seen = new List<string>();
                foreach (var file in result.Files)
                {
                    var ids = Ids(Path.Combine(folder, file.FileName));
                    ids.Should().NotBeEmpty().And.HaveCount(file.Rows);
                    ids.Should().OnlyContain(id => LedgerSplitter.KeyOf(round, round.FindFinding(id)!, by) == file.Id);
                    seen.AddRange(ids);
                }

                seen.Should().BeEquivalentTo(rows.Where(f => LedgerSplitter.KeyOf(round, f, by) is not null).Select(f => f.Id));
                result.UnassignedRows.Should().Be(rows.Count - seen.Count);
                Directory.EnumerateFiles(folder).Should().HaveCount(result.Files.Count + 1);
            },
            iter: 12,
            threads: 1);
    }
}
