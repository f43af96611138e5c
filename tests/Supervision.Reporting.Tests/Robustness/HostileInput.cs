namespace Supervision.Reporting.Tests.Robustness;

// What every hostile-input test asserts about a command's run, besides its exit code.
internal static class HostileInput
{
    // A .NET stack trace line ("   at Type.Method(...) in file:line 12"); user messages never contain one.
    public static void ShouldHaveNoStackTrace(this string stderr)
    {
        stderr.Should().NotMatchRegex(@"(?m)^\s+at \S+\(", "a hostile input ends in a message, not a stack trace");
        stderr.Should().NotContain("Exception:", "a hostile input ends in a message, not an exception dump");
    }

    // Files left in a folder after a run: no output, no temp file beside it.
    public static string[] FilesIn(DirectoryInfo folder) =>
        [.. folder.EnumerateFiles("*", SearchOption.AllDirectories).Select(f => f.Name).Order(StringComparer.Ordinal)];
}
