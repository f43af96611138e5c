using CsCheck;
using Supervision.Reporting.Domain;
using Supervision.Reporting.Serialization;
using Supervision.Reporting.Tests.Cli;
using Supervision.Reporting.Tests.Support;

namespace Supervision.Reporting.Tests.Robustness;

// Issue 10, class 5: unit parent chains are checked for cycles in linear time (one walk per unit, a
// visited set), so a long chain is no slower per unit than a flat list, and every cycle is reported
// once, at its first unit, whatever leads into it.
public sealed class UnitChainTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("unit-chain-");

    public void Dispose() => _folder.Delete(recursive: true);

    // Units u0..u(n-1); u(i) has parent u(parentOf[i]) or none when parentOf[i] < 0.
    private static SupervisionRound WithUnits(int[] parentOf)
    {
        var minimal = TestRounds.Minimal();
        var extra = parentOf.Select((p, i) => new Unit
        {
            Id = $"u{i}",
            Name = $"单位{i}",
            ParentId = p < 0 ? null : $"u{p}",
        });
        return minimal with { Units = [.. minimal.Units, .. extra] };
    }

    private static IEnumerable<Diagnostic> Cycles(SupervisionRound round) =>
        RoundValidator.Validate(round).Diagnostics.Where(d => d.Code == "cycle");

    [Fact]
    public void RoundValidator_Validate_HundredThousandUnitChain_NoProblem()
    {
        var parents = Enumerable.Range(0, 100_000).Select(i => i - 1).ToArray();

        RoundValidator.Validate(WithUnits(parents)).Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void RoundValidator_Validate_HundredThousandUnitRing_OneCycleAtTheFirstUnit()
    {
        // u0 → u99999 → … → u1 → u0: the whole chain is one cycle.
        var parents = Enumerable.Range(0, 100_000).Select(i => i == 0 ? 99_999 : i - 1).ToArray();

        var cycle = Cycles(WithUnits(parents)).Should().ContainSingle().Subject;

        cycle.Location.Path.Should().Be("$.units[4].parent");
        cycle.Message.Should().StartWith("unit parents form a cycle: u0 → u99999 → u99998").And.EndWith("u1 → u0");
    }

    [Fact]
    public void RoundValidator_Validate_GeneratedForest_CyclesReportedOnceEachAtTheirFirstUnit()
    {
        // A random parent for every unit (a functional graph: trees hanging off cycles), checked against
        // the definition: a unit is on a cycle when following parents from it comes back to it.
        var gen = Gen.Int[1, 60].SelectMany(n => Gen.Int[-1, n - 1].Array[n]);
        gen.Sample(parents =>
        {
            var expected = new List<(int First, HashSet<int> Members)>();
            for (var i = 0; i < parents.Length; i++)
            {
                var members = new HashSet<int>();
                var current = parents[i];
                for (var step = 0; step <= parents.Length && current >= 0 && current != i; step++)
                {
                    members.Add(current);
                    current = parents[current];
                }

                // A self-parent is its own error ("is its own parent"), not a cycle through others.
                if (current == i && parents[i] != i && expected.TrueForAll(e => !e.Members.Contains(i)))
                {
                    members.Add(i);
                    expected.Add((i, members));
                }
            }

            var cycles = Cycles(WithUnits(parents)).Where(d => !d.Message.Contains("own parent", StringComparison.Ordinal)).ToList();

            cycles.Select(c => c.Location.Path).Should().Equal(expected.Select(e => $"$.units[{e.First + 4}].parent"));
            for (var k = 0; k < cycles.Count; k++)
            {
                var ids = cycles[k].Message["unit parents form a cycle: ".Length..].Split(" → ");
                ids[0].Should().Be($"u{expected[k].First}").And.Be(ids[^1]);
                ids.Skip(1).Select(id => int.Parse(id[1..], System.Globalization.CultureInfo.InvariantCulture)).Should().BeEquivalentTo(expected[k].Members);
                for (var j = 0; j + 1 < ids.Length; j++)
                {
                    $"u{parents[int.Parse(ids[j][1..], System.Globalization.CultureInfo.InvariantCulture)]}".Should().Be(ids[j + 1], "each arrow goes from a unit to its parent");
                }
            }
        }, iter: 300);
    }

    [Fact]
    public void Validate_Command_LongChainWithACycle_ExitOneOneProblemNoFileLeft()
    {
        var parents = Enumerable.Range(0, 20_000).Select(i => i == 10_000 ? 19_999 : i - 1).ToArray();
        var path = Path.Combine(_folder.FullName, "round.json");
        File.WriteAllText(path, RoundJson.Serialize(WithUnits(parents)));

        var result = CliRunner.Run("validate", path);

        result.ExitCode.Should().Be(1);
        result.Error.ShouldHaveNoStackTrace();
        (result.Out + result.Error).Should().Contain("unit parents form a cycle: u10000 → u19999");
        HostileInput.FilesIn(_folder).Should().Equal("round.json");
    }
}
