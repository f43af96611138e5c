using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace Supervision.Reporting.IO;

// Writes a file so that readers see either the old file or the whole new one: the content goes to a temporary
// file beside the target, which replaces the target only when writing succeeded. A failed or cancelled write
// leaves no partial output.
//
// The temporary file is ".NAME.supervision-report-PID-RANDOM.tmp": hidden, and saying which program made it and
// which process. It is created owner-only (0600) — it may hold names before the target's mode is known — and given
// the target's mode (or the umask's, for a new file) just before the move. A target that exists and is not a
// regular file (a device such as /dev/null, a FIFO, a folder, a symbolic link) is refused, never replaced.
// Temporary files of processes that no longer run are removed from the folder at the next write there.
internal static class AtomicFile
{
    public const string Marker = "supervision-report";

    // The temporary files of this process not yet moved or deleted, so that a signal handler can remove them.
    private static readonly ConcurrentDictionary<string, byte> Live = new(StringComparer.Ordinal);

    // A leftover is removed only when its process is gone and it has not been written for this long.
    private static readonly TimeSpan StaleAfter = TimeSpan.FromMinutes(2);

    public static void Write(string path, Action<Stream> write)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(write);
        var full = Path.GetFullPath(path);
        var temp = CreateTemp(full, async: false, out var stream);
        try
        {
            using (stream)
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }

            Commit(temp, full);
        }
        catch
        {
            Discard(temp);
            throw;
        }
    }

    public static async Task WriteAsync(string path, Func<Stream, CancellationToken, Task> write, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(write);
        var full = Path.GetFullPath(path);
        var temp = CreateTemp(full, async: true, out var stream);
        try
        {
            await using (stream.ConfigureAwait(false))
            {
                await write(stream, cancellationToken).ConfigureAwait(false);
                stream.Flush(flushToDisk: true);
            }

            cancellationToken.ThrowIfCancellationRequested();
            Commit(temp, full);
        }
        catch
        {
            Discard(temp);
            throw;
        }
    }

    // Throws an IOException that says why when the target exists and is not a regular file.
    public static void EnsureReplaceable(string fullPath)
    {
        if (ReplaceProblem(fullPath) is { } problem)
        {
            throw new IOException(problem);
        }
    }

    public static string? ReplaceProblem(string fullPath)
    {
        var kind = FileNode.KindOf(fullPath);
        return kind is FileNodeKind.Missing or FileNodeKind.RegularFile
            ? null
            : $"{fullPath} exists and is {FileNode.Describe(kind)}; only a regular file is replaced";
    }

    // Creates the owner-only temporary file for a target (after checking the target), registered as live.
    public static string CreateTemp(string fullTarget, bool async, out FileStream stream)
    {
        EnsureReplaceable(fullTarget);
        var directory = Path.GetDirectoryName(fullTarget) ?? ".";
        var name = string.Create(
            CultureInfo.InvariantCulture,
            $".{Path.GetFileName(fullTarget)}.{Marker}-{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..8]}.tmp");
        var temp = Path.Combine(directory, name);
        var options = new FileStreamOptions
        {
            Mode = FileMode.CreateNew,
            Access = FileAccess.Write,
            Share = FileShare.None,
            BufferSize = 81920,
            Options = async ? FileOptions.Asynchronous : FileOptions.None,
        };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        Live[temp] = 0;
        try
        {
            stream = new FileStream(temp, options);
        }
        catch
        {
            Live.TryRemove(temp, out _);
            throw;
        }

        RemoveStale(directory, File.GetLastWriteTimeUtc(temp));
        return temp;
    }

    // Gives the temporary file the mode the target has (or a new file would get) and moves it over the target.
    public static void Commit(string temp, string fullTarget)
    {
        EnsureReplaceable(fullTarget);
        if (!OperatingSystem.IsWindows())
        {
            var mode = File.Exists(fullTarget) ? File.GetUnixFileMode(fullTarget) : NewFileMode();
            File.SetUnixFileMode(temp, mode);
        }

        File.Move(temp, fullTarget, overwrite: true);
        Live.TryRemove(temp, out _);
    }

    // Deletes a temporary file (best effort) and forgets it.
    public static void Discard(string temp)
    {
        try
        {
            File.Delete(temp);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Best effort: the file is hidden, named as ours, and removed as stale by a later run.
        }

        Live.TryRemove(temp, out _);
    }

    // Deletes every temporary file of this process: for a signal handler before the process ends.
    public static void DiscardAll()
    {
        foreach (var temp in Live.Keys)
        {
            Discard(temp);
        }
    }

    // Whether a file name is one of our temporary files ("." NAME "." Marker "-" PID "-" RANDOM ".tmp"), and whose.
    public static bool IsTempName(string fileName, out int processId)
    {
        processId = 0;
        if (!fileName.StartsWith('.') || !fileName.EndsWith(".tmp", StringComparison.Ordinal))
        {
            return false;
        }

        var marker = fileName.LastIndexOf("." + Marker + "-", StringComparison.Ordinal);
        if (marker < 0)
        {
            return false;
        }

        var rest = fileName.AsSpan(marker + Marker.Length + 2, fileName.Length - marker - Marker.Length - 2 - 4);
        var dash = rest.IndexOf('-');
        return dash > 0 && int.TryParse(rest[..dash], NumberStyles.None, CultureInfo.InvariantCulture, out processId);
    }

    // Removes leftovers of killed runs from a folder: only our own names, only of processes that no longer run,
    // only when not written for a while (a process id may be reused, a slow writer may be in another container).
    // "A while" is measured against the time the file system gave the temporary file just created there, the clock
    // that stamped the leftovers too (no wall-clock read in the library; right across containers and network shares).
    private static void RemoveStale(string directory, DateTime now)
    {
        try
        {
            foreach (var file in new DirectoryInfo(directory).EnumerateFiles($".*.{Marker}-*.tmp"))
            {
                if (IsTempName(file.Name, out var pid) && pid != Environment.ProcessId && !IsRunning(pid)
                    && now - file.LastWriteTimeUtc > StaleAfter && file.LinkTarget is null)
                {
                    file.Delete();
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Best effort: a folder we cannot list or a file we cannot delete is left as it is.
        }
    }

    private static bool IsRunning(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    // What mode a new file gets here: 0666 less the umask (read from /proc on Linux; 022 elsewhere).
    private static UnixFileMode NewFileMode()
    {
        var umask = 0x12; // 022
        try
        {
            if (OperatingSystem.IsLinux())
            {
                foreach (var line in File.ReadLines("/proc/self/status"))
                {
                    if (line.StartsWith("Umask:", StringComparison.Ordinal))
                    {
                        umask = Convert.ToInt32(line["Umask:".Length..].Trim(), 8);
                        break;
                    }
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            // The usual umask then.
        }

        return (UnixFileMode)(0x1B6 & ~umask);
    }
}
