using System.Diagnostics;

namespace Supervision.Reporting.Tests.Robustness;

internal sealed record ChildResult(int ExitCode, string Out, string Error, long PeakWorkingSet);

// Runs the tool (the supervision-report.dll copied beside the tests) as a child process, so that its memory is its
// own: the peak working set is sampled while it runs (the operating system's high-water mark, which only grows),
// and the last sample before it exits is kept.
internal static class ChildCli
{
    public static ChildResult Run(params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "supervision-report.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        long peak = 0;
        while (!process.WaitForExit(10))
        {
            try
            {
                process.Refresh();
                peak = Math.Max(peak, process.PeakWorkingSet64);
            }
            catch (InvalidOperationException)
            {
                // It exited between the wait and the sample.
            }
        }

        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
        }

        return new ChildResult(process.ExitCode, stdout.GetAwaiter().GetResult(), stderr.GetAwaiter().GetResult(), peak);
    }
}
