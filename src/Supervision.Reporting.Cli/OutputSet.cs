using System.Globalization;
using Supervision.Reporting.IO;

namespace Supervision.Reporting.Cli;

// The outputs of one command, written together or not at all (issue 10, classes 7–9).
//
// A command declares its inputs and outputs first; Check() then refuses, as a usage error (exit 2) before any
// work: an output that is one of the inputs (after links are followed: same device and inode), two outputs on
// one path, `-` (stdout is not an output file here; ./- names a file called "-"), a target that exists and is
// not a regular file (a device, FIFO, folder or symbolic link — never replaced), and an output whose folder does
// not exist. Each output is then written to an owner-only temporary file beside its target (IO/AtomicFile);
// Commit() moves them all once every one is complete, so a command that fails changes no output. Dispose()
// removes what was not committed. Folder outputs (demo, notices, split ledgers) are declared with Folder();
// files inside them are checked the same way when they are written.
internal sealed class OutputSet(CommandIo io) : IDisposable
{
    private readonly List<string> problems = [];
    private readonly List<(string Path, FileIdentity? Identity)> inputs = [];
    private readonly List<(string Path, string Option)> outputs = [];
    private readonly List<(string Path, bool Created)> folders = [];
    private readonly List<(string Temp, string Target)> pending = [];
    private bool committed;

    // A file (or every file in a folder) the command reads: no output may be it.
    public OutputSet Input(string path)
    {
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            foreach (var file in Directory.EnumerateFiles(full))
            {
                inputs.Add((file, FileNode.IdentityOf(file)));
            }
        }
        else
        {
            inputs.Add((full, FileNode.IdentityOf(full)));
        }

        return this;
    }

    // A file the command writes; returns the full path to write to.
    public string File(string path, string option)
    {
        if (path == "-")
        {
            problems.Add($"{option} -: this command writes a file, not standard output; give a file name (./- for a file named '-')");
            return path;
        }

        var full = Path.GetFullPath(path);
        if (FileProblem(full, option) is { } problem)
        {
            problems.Add(problem);
        }
        else if (outputs.FirstOrDefault(o => SameTarget(o.Path, full)) is { Path: not null } other)
        {
            problems.Add($"{option} and {other.Option} name the same file {full}; give each output its own path");
        }
        else if (Path.GetDirectoryName(full) is { } folder && !Directory.Exists(folder) && !folders.Any(f => SamePath(f.Path, folder)))
        {
            problems.Add($"{option}: the folder {folder} does not exist; create it first");
        }

        outputs.Add((full, option));
        return full;
    }

    // A folder the command writes files into (created at the first write when missing, removed again when
    // nothing is committed); returns its full path.
    public string Folder(string path, string option)
    {
        if (path == "-")
        {
            problems.Add($"{option} -: this command writes a folder of files; give its path");
            return path;
        }

        var full = Path.GetFullPath(path);
        var kind = FileNode.KindOf(full);
        if (kind is not (FileNodeKind.Missing or FileNodeKind.Directory))
        {
            problems.Add($"{option}: {full} exists and is {(kind == FileNodeKind.RegularFile ? "a file" : FileNode.Describe(kind))}; give a folder");
        }
        else if (kind == FileNodeKind.Missing && Path.GetDirectoryName(full) is { } parent && !Directory.Exists(parent))
        {
            problems.Add($"{option}: the folder {parent} does not exist; create it first");
        }

        folders.Add((full, false));
        return full;
    }

    // Inputs that lie in an output folder under a name the command may write there: a usage error too.
    public void NoInputIn(string folder, string option, Func<string, bool> mayWrite)
    {
        foreach (var (input, _) in inputs)
        {
            if (Path.GetDirectoryName(input) is { } parent && SamePath(parent, folder) && mayWrite(Path.GetFileName(input)))
            {
                problems.Add($"{option}: the folder {folder} would receive a file named like the input {input}; write into another folder");
            }
        }
    }

    // Prints every problem found so far; false means: stop with exit 2 before any work.
    public bool Check()
    {
        foreach (var problem in problems)
        {
            io.Error.WriteLine($"error: {problem}");
        }

        return problems.Count == 0;
    }

    // Writes one declared output (or a file inside a declared folder) to its temporary file.
    public void Write(string fullPath, Action<Stream> write)
    {
        ObjectDisposedException.ThrowIf(committed, this);
        var folder = Path.GetDirectoryName(fullPath)!;
        var index = folders.FindIndex(f => SamePath(f.Path, folder));
        if (index >= 0 && !Directory.Exists(folder))
        {
            Directory.CreateDirectory(folder);
            folders[index] = (folders[index].Path, true);
        }

        if (index >= 0 && FileProblem(fullPath, "output") is { } problem)
        {
            throw new IOException(problem);
        }

        var temp = AtomicFile.CreateTemp(fullPath, async: false, out var stream);
        pending.Add((temp, fullPath));
        using (stream)
        {
            write(stream);
            stream.Flush(flushToDisk: true);
        }
    }

    // Moves every written output into place.
    public void Commit()
    {
        committed = true;
        foreach (var (temp, target) in pending)
        {
            AtomicFile.Commit(temp, target);
        }

        pending.Clear();
    }

    public void Dispose()
    {
        foreach (var (temp, _) in pending)
        {
            AtomicFile.Discard(temp);
        }

        pending.Clear();
        if (!committed)
        {
            foreach (var (folder, created) in folders)
            {
                if (created && Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any())
                {
                    Directory.Delete(folder);
                }
            }
        }
    }

    // Says why an output cannot be written at a path: it is an input, or it exists and is not a regular file.
    private string? FileProblem(string full, string option)
    {
        var identity = FileNode.IdentityOf(full);
        foreach (var (input, inputIdentity) in inputs)
        {
            if (SamePath(input, full) || (identity is { } id && inputIdentity == id))
            {
                return string.Create(CultureInfo.InvariantCulture, $"{option} {full} is an input of this command ({input}); write the output to another file");
            }
        }

        return AtomicFile.ReplaceProblem(full) is { } problem ? $"{option}: {problem}" : null;
    }

    // Two output paths are one file when they are the same path, or the same name in one folder reached two ways.
    private static bool SameTarget(string a, string b) =>
        SamePath(a, b)
        || (SamePath(Path.GetFileName(a), Path.GetFileName(b))
            && FileNode.IdentityOf(Path.GetDirectoryName(a)!) is { } folder
            && FileNode.IdentityOf(Path.GetDirectoryName(b)!) == folder);

    private static bool SamePath(string a, string b) =>
        string.Equals(
            Path.TrimEndingDirectorySeparator(a),
            Path.TrimEndingDirectorySeparator(b),
            OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
}
