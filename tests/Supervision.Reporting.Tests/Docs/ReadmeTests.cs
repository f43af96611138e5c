using System.Text.RegularExpressions;
using Supervision.Reporting.Tests.Support;

namespace Supervision.Reporting.Tests.Docs;

public sealed partial class ReadmeTests
{
    [Fact]
    public void QuickStart_Runs_OnTheExample()
    {
        var folder = Directory.CreateTempSubdirectory();
        try
        {
            var copy = Path.Combine(folder.FullName, "guilin.json");
            File.Copy(Example.Path, copy);

            var output = QuickStart.Run(copy);

            output.Should().StartWith("68个问题，已整改56个，逾期5个");
            output.Should().Contain("逾期");
            File.Exists(Path.Combine(folder.FullName, "ledger.xlsx")).Should().BeTrue();
            File.Exists(Path.Combine(folder.FullName, "typical.pdf")).Should().BeTrue();
            File.Exists(Path.Combine(folder.FullName, "statistics.pdf")).Should().BeTrue();
            File.Exists(Path.Combine(folder.FullName, "guilin.round2.json")).Should().BeTrue();
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Readme_QuickStart_IsTheCompiledSnippet()
    {
        var root = RepositoryRoot();
        var source = File.ReadAllText(Path.Combine(root, "tests", "Supervision.Reporting.Tests", "Docs", "QuickStart.cs"));
        var readme = File.ReadAllText(Path.Combine(root, "README.md"));

        var snippet = Region().Match(source).Groups["body"].Value;
        snippet.Should().NotBeEmpty();

        Normalize(readme).Should().Contain(Normalize(Dedent(snippet)));
    }

    [Fact]
    public void Readme_StatesTheTwoCommands()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md"));

        readme.Should().Contain("dotnet run --project src/Supervision.Reporting.Cli -- demo -o out");
        readme.Should().Contain("dotnet test");
    }

    internal static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Supervision.Reporting.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository root was not found above the test output folder.");
    }

    private static string Dedent(string code)
    {
        var lines = code.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Trim().Length > 0).ToList();
        var indent = lines.Min(l => l.Length - l.TrimStart().Length);
        return string.Join("\n", lines.Select(l => l[indent..]));
    }

    private static string Normalize(string text) => string.Join("\n", text.Replace("\r", string.Empty, StringComparison.Ordinal).Split('\n').Select(l => l.TrimEnd()).Where(l => l.Length > 0));

    [GeneratedRegex(@"#region quickstart\r?\n(?<body>.*?)\r?\n\s*#endregion", RegexOptions.Singleline)]
    private static partial Regex Region();
}
