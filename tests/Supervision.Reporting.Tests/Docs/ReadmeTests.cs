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

            // The quick start is a top-level program: it prints. Console is process-wide, hence the lock (no other
            // test redirects it).
            int exitCode;
            var printed = new StringWriter();
            lock (ConsoleLock)
            {
                var original = Console.Out;
                Console.SetOut(printed);
                try
                {
                    exitCode = QuickStart.Run([copy]);
                }
                finally
                {
                    Console.SetOut(original);
                }
            }

            exitCode.Should().Be(0);
            var output = printed.ToString();
            output.Should().StartWith("68个问题，已整改56个，逾期5个");
            output.Should().Contain("个工作日）");
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
    public void QuickStart_Run_InvalidRound_PrintsTheProblemsAndReturnsOne()
    {
        var folder = Directory.CreateTempSubdirectory();
        try
        {
            var bad = Path.Combine(folder.FullName, "bad.json");
            File.WriteAllText(bad, "{ \"formatVersion\": 1 }");

            int exitCode;
            var errors = new StringWriter();
            lock (ConsoleLock)
            {
                var original = Console.Error;
                Console.SetError(errors);
                try
                {
                    exitCode = QuickStart.Run([bad]);
                }
                finally
                {
                    Console.SetError(original);
                }
            }

            exitCode.Should().Be(1);
            errors.ToString().Should().Contain("error");
            File.Exists(Path.Combine(folder.FullName, "ledger.xlsx")).Should().BeFalse();
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    // .ci/package-check runs the block between these markers, after a #:package line, as a file-based app: it must be
    // exactly `using Supervision.Reporting;` and the compiled snippet, nothing that the tests do not compile.
    [Fact]
    public void Readme_QuickStartBlock_IsTheUsingAndTheCompiledSnippet()
    {
        var root = RepositoryRoot();
        var source = File.ReadAllText(Path.Combine(root, "tests", "Supervision.Reporting.Tests", "Docs", "QuickStart.cs"));
        var readme = File.ReadAllText(Path.Combine(root, "README.md"));

        var block = ReadmeBlock().Match(readme);
        block.Success.Should().BeTrue("the README marks its quick start with <!-- quickstart:begin --> and <!-- quickstart:end -->");

        var expected = "using Supervision.Reporting;\n" + Dedent(Region().Match(source).Groups["body"].Value);
        Normalize(block.Groups["code"].Value).Should().Be(Normalize(expected));
    }

    [Fact]
    public void Readme_StatesTheTwoCommands()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md"));

        readme.Should().Contain("dotnet run --project src/Supervision.Reporting.Cli -- demo -o out");
        readme.Should().Contain("dotnet test");
    }

    private static readonly object ConsoleLock = new();

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

    [GeneratedRegex(@"<!-- quickstart:begin -->\r?\n```csharp\r?\n(?<code>.*?)\r?\n```\r?\n<!-- quickstart:end -->", RegexOptions.Singleline)]
    private static partial Regex ReadmeBlock();

    [GeneratedRegex(@"#region quickstart\r?\n(?<body>.*?)\r?\n\s*#endregion", RegexOptions.Singleline)]
    private static partial Regex Region();
}
