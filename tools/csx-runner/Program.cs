using System.Reflection;
using System.Runtime.InteropServices;
using System.Runtime.Loader;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;

namespace Supervision.Reporting.Tools.CsxRunner;

/// <summary>The script's globals, as dotnet-script gives them: the arguments after <c>--</c>.</summary>
public sealed class ScriptGlobals
{
    /// <summary>The script's arguments.</summary>
    public IList<string> Args { get; init; } = [];
}

internal static partial class Program
{
    // dotnet-script's default imports, so that a script that runs there compiles here with the same usings.
    private static readonly string[] DefaultImports =
    [
        "System", "System.IO", "System.Collections.Generic", "System.Diagnostics", "System.Dynamic", "System.Linq",
        "System.Linq.Expressions", "System.Text", "System.Threading.Tasks",
    ];

    // usage: csx-runner <script.csx> <folder of the restored package assemblies> [-- script args]
    private static async Task<int> Main(string[] args)
    {
        if (args.Length < 2)
        {
            await Console.Error.WriteLineAsync("usage: csx-runner <script.csx> <assembly folder> [-- args]").ConfigureAwait(false);
            return 2;
        }

        var scriptPath = Path.GetFullPath(args[0]);
        var assemblyFolder = Path.GetFullPath(args[1]);
        var scriptArgs = args.Skip(2).SkipWhile(a => a == "--").ToList();

        // The #r "nuget:" lines were resolved by the restore; blanked (not removed) so that line numbers stay true.
        var code = NuGetReference().Replace(await File.ReadAllTextAsync(scriptPath).ConfigureAwait(false), string.Empty);

        var packageAssemblies = Directory.GetFiles(assemblyFolder, "*.dll")
            .Where(IsManagedAssembly)
            .ToDictionary(p => Path.GetFileNameWithoutExtension(p), StringComparer.OrdinalIgnoreCase);

        // The script's assemblies load from the restored folder, not from beside the runner.
        AssemblyLoadContext.Default.Resolving += (context, name) =>
            name.Name is { } simple && packageAssemblies.TryGetValue(simple, out var path) ? context.LoadFromAssemblyPath(path) : null;

        var runtimeDirectory = RuntimeEnvironment.GetRuntimeDirectory();
        var frameworkAssemblies = ((string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Where(p => p.StartsWith(runtimeDirectory, StringComparison.Ordinal));

        var options = ScriptOptions.Default
            .WithFilePath(scriptPath)
            .WithFileEncoding(Encoding.UTF8)
            .WithReferences(frameworkAssemblies.Concat(packageAssemblies.Values).Select(p => MetadataReference.CreateFromFile(p)))
            .WithImports(DefaultImports)
            .WithEmitDebugInformation(true);

        var script = CSharpScript.Create(code, options, typeof(ScriptGlobals));
        var diagnostics = script.Compile();
        foreach (var diagnostic in diagnostics)
        {
            await Console.Error.WriteLineAsync(diagnostic.ToString()).ConfigureAwait(false);
        }

        if (diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            return 3;
        }

        var state = await script.RunAsync(new ScriptGlobals { Args = scriptArgs }).ConfigureAwait(false);

        // Like dotnet-script: a script's `return n;` is the exit code.
        return state.ReturnValue is int exitCode ? exitCode : 0;
    }

    private static bool IsManagedAssembly(string path)
    {
        try
        {
            _ = AssemblyName.GetAssemblyName(path);
            return true;
        }
        catch (BadImageFormatException)
        {
            return false;
        }
    }

    [GeneratedRegex(@"^\s*#r\s+""nuget:[^""]*""[^\r\n]*", RegexOptions.Multiline)]
    private static partial Regex NuGetReference();
}
