using System.Text.Json;
using CsCheck;
using Supervision.Reporting.Tests.Cli;
using Supervision.Reporting.Tests.Support;

namespace Supervision.Reporting.Tests.Robustness;

// Issue 10, class 13: a spec cannot multiply the work. A case id listed twice is an error at the second
// place (naming the first), and a bulletin presents at most 100 cases.
public sealed class SpecDuplicateTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("spec-duplicates-");

    public void Dispose() => _folder.Delete(recursive: true);

    private static string Spec(IEnumerable<string> caseIds) => JsonSerializer.Serialize(new { caseIds });

    [Fact]
    public void BulletinSpecJson_Parse_GeneratedListsWithARepeat_ErrorAtEachRepeat()
    {
        Gen.Int[0, 300].Array[2, 130].Sample(picks =>
        {
            var ids = picks.Select(p => $"f{p:000}").ToArray();

            var result = BulletinSpecJson.Parse(Spec(ids));

            var repeats = ids.Select((id, i) => (id, i)).Where(x => Array.IndexOf(ids, x.id) < x.i).ToList();
            if (ids.Length > 100)
            {
                result.Report.Errors.Should().ContainSingle().Which.Location.Path.Should().Be("$.caseIds");
            }
            else
            {
                result.Report.Errors.Select(e => e.Location.Path).Should().Equal(repeats.Select(r => $"$.caseIds[{r.i}]"));
                result.Report.Errors.Where(e => e.Code != "duplicate-id").Should().BeEmpty();
                for (var k = 0; k < repeats.Count; k++)
                {
                    result.Report.Errors[k].Message.Should().Contain($"already listed at $.caseIds[{Array.IndexOf(ids, repeats[k].id)}]");
                }
            }
        }, iter: 200);
    }

    [Fact]
    public void BulletinSpecJson_Parse_HundredThousandCaseIds_OneLimitError()
    {
        var result = BulletinSpecJson.Parse(Spec(Enumerable.Repeat("f001", 100_000)));

        result.Report.Errors.Should().ContainSingle().Which.Message.Should().Be("caseIds lists 100000 findings; a bulletin presents at most 100 cases");
    }

    [Fact]
    public void Bulletin_Command_DuplicateCaseIds_ExitOneNothingWritten()
    {
        var spec = Path.Combine(_folder.FullName, "spec.json");
        File.WriteAllText(spec, Spec(["f047", "f001", "f047"]));
        var pdf = Path.Combine(_folder.FullName, "out.pdf");

        var result = CliRunner.Run("bulletin", Example.Path, "-o", pdf, "--spec", spec);

        result.ExitCode.Should().Be(1);
        result.Error.ShouldHaveNoStackTrace();
        result.Error.Should().Contain("$.caseIds[2]").And.Contain("already listed at $.caseIds[0]");
        HostileInput.FilesIn(_folder).Should().Equal("spec.json");
    }
}
