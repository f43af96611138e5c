using System.Diagnostics;
using CsCheck;
using Supervision.Reporting.Cli;
using Supervision.Reporting.IO;
using Supervision.Reporting.Tests.Cli;
using Supervision.Reporting.Tests.Rendering.Excel.Import;
using Supervision.Reporting.Tests.Support;

namespace Supervision.Reporting.Tests.Robustness;

// Issue 10, classes 7–9: outputs that lie, destroy inputs or special files, or leave files behind. Every command
// writes through one output transaction (Cli/OutputSet over IO/AtomicFile): checked before any work, written to
// owner-only temporary files, moved together, nothing changed on failure.
public sealed class OutputTransactionTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("outputs-");

    public void Dispose() => _folder.Delete(recursive: true);

    private string Round()
    {
        var path = Path.Combine(_folder.FullName, "round.json");
        File.Copy(Example.Path, path, overwrite: true);
        return path;
    }

    private string Returned(string round)
    {
        var ledger = Path.Combine(_folder.FullName, "returned.xlsx");
        CliRunner.Run("ledger", round, "-o", ledger, "--as-of", "2022-11-30").ExitCode.Should().Be(0);
        return ledger;
    }

    // The ways to write one path: as given, through "./" and "..", and (where links can be made) a symbolic and a hard link.
    private List<string> Spellings(string path)
    {
        var name = Path.GetFileName(path);
        var folder = _folder.FullName;
        var spellings = new List<string>
        {
            path,
            Path.Combine(folder, ".", name),
            Path.Combine(folder, "..", _folder.Name, name),
        };
        if (!OperatingSystem.IsWindows())
        {
            var symbolic = Path.Combine(folder, "link-" + name);
            File.CreateSymbolicLink(symbolic, path);
            var hard = Path.Combine(folder, "hard-" + name);
            if (Process.Start(new ProcessStartInfo("ln", [path, hard]) { RedirectStandardError = true })!.WaitForExit(5000) && File.Exists(hard))
            {
                spellings.Add(hard);
            }

            spellings.Add(symbolic);
        }

        return spellings;
    }

    [Fact]
    public void Commands_OutputIsAnInputUnderAnySpelling_UsageErrorInputUnchanged()
    {
        var round = Round();
        var returned = Returned(round);
        var roundBytes = File.ReadAllBytes(round);
        var returnedBytes = File.ReadAllBytes(returned);
        var roundSpellings = Spellings(round);
        var returnedSpellings = Spellings(returned);
        var before = HostileInput.FilesIn(_folder);

        Gen.Int[0, roundSpellings.Count - 1].Select(Gen.Int[0, returnedSpellings.Count - 1], Gen.Int[0, 4]).Sample((r, x, command) =>
        {
            var bulletin = Path.Combine(_folder.FullName, "round.pdf");
            string[] args = command switch
            {
                0 => ["ledger", roundSpellings[r], "-o", roundSpellings[(r + 1) % roundSpellings.Count]],
                1 => ["bulletin", round, "-o", roundSpellings[r], "--format", "pdf"],
                2 => ["import", round, returned, "-o", roundSpellings[r]],
                3 => ["import", round, returned, "-o", Path.Combine(_folder.FullName, "new.json"), "--report", returnedSpellings[x]],
                _ => ["import", roundSpellings[r], returned, "-o", returnedSpellings[x]],
            };

            var result = CliRunner.Run(args);

            result.ExitCode.Should().Be(2, string.Join(' ', args));
            result.Error.ShouldHaveNoStackTrace();
            result.Error.Should().Contain("is an input of this command");
            File.ReadAllBytes(round).Should().Equal(roundBytes);
            File.ReadAllBytes(returned).Should().Equal(returnedBytes);
            HostileInput.FilesIn(_folder).Should().Equal(before);
            _ = bulletin;
        }, iter: 40, threads: 1);
    }

    [Theory]
    [InlineData("/dev/null")]
    [InlineData("/dev/full")]
    [InlineData("fifo")]
    [InlineData("symlink")]
    [InlineData("folder")]
    public void Commands_TargetIsNotARegularFile_RefusedAndLeftAsItIs(string kind)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var round = Round();
        var target = kind switch
        {
            "fifo" => Path.Combine(_folder.FullName, "out.pdf"),
            "symlink" => Path.Combine(_folder.FullName, "link.pdf"),
            "folder" => Path.Combine(_folder.FullName, "dir.pdf"),
            _ => kind,
        };
        var victim = Path.Combine(_folder.FullName, "victim.pdf");
        switch (kind)
        {
            case "fifo":
                Process.Start("mkfifo", [target])!.WaitForExit();
                break;
            case "symlink":
                File.WriteAllText(victim, "keep");
                File.CreateSymbolicLink(target, victim);
                break;
            case "folder":
                Directory.CreateDirectory(target);
                break;
        }

        var kindBefore = FileNode.KindOf(target);
        var before = HostileInput.FilesIn(_folder);

        foreach (var args in new[]
        {
            new[] { "bulletin", round, "-o", target, "--format", "pdf" },
            ["ledger", round, "-o", target],
            ["import", round, round, "-o", target, "--as-of", "2022-12-05"],
        })
        {
            var result = CliRunner.Run(args);

            result.ExitCode.Should().Be(2, string.Join(' ', args));
            result.Error.ShouldHaveNoStackTrace();
            result.Error.Should().MatchRegex("exists and is (a device|a named pipe|a symbolic link|a folder)|is an input");
            FileNode.KindOf(target).Should().Be(kindBefore, "a special file is never replaced");
            HostileInput.FilesIn(_folder).Should().Equal(before);
        }

        if (kind == "symlink")
        {
            File.ReadAllText(victim).Should().Be("keep");
        }
    }

    [Fact]
    public void Commands_DashAsOutput_UsageErrorNoFileNamedDash()
    {
        var round = Round();
        var cwd = Environment.CurrentDirectory;
        foreach (var args in new[]
        {
            new[] { "ledger", round, "-o", "-" },
            ["bulletin", round, "-o", "-", "--format", "pdf"],
            ["import", round, round, "-o", "-"],
            ["demo", "-o", "-"],
        })
        {
            var result = CliRunner.Run(args);

            result.ExitCode.Should().Be(2, string.Join(' ', args));
            result.Error.ShouldHaveNoStackTrace();
            File.Exists(Path.Combine(cwd, "-")).Should().BeFalse();
            Directory.Exists(Path.Combine(cwd, "-")).Should().BeFalse();
        }
    }

    [Fact]
    public void Import_OutputAndReportOnOnePath_UsageErrorNothingWritten()
    {
        var round = Round();
        var returned = Returned(round);
        var before = HostileInput.FilesIn(_folder);
        var same = Path.Combine(_folder.FullName, "out.json");

        var result = CliRunner.Run("import", round, returned, "-o", same, "--report", Path.Combine(_folder.FullName, ".", "out.json"));

        result.ExitCode.Should().Be(2);
        result.Error.ShouldHaveNoStackTrace();
        result.Error.Should().Contain("name the same file");
        HostileInput.FilesIn(_folder).Should().Equal(before);
    }

    [Fact]
    public void Import_ReportIntoMissingFolder_UsageErrorBeforeAnyWork_RoundNotWritten()
    {
        var round = Round();
        var returned = Returned(round);
        var before = HostileInput.FilesIn(_folder);

        var result = CliRunner.Run("import", round, returned, "-o", Path.Combine(_folder.FullName, "updated.json"), "--report", Path.Combine(_folder.FullName, "missing", "changes.json"));

        result.ExitCode.Should().Be(2);
        result.Error.ShouldHaveNoStackTrace();
        result.Error.Should().Contain("does not exist");
        result.Out.Should().BeEmpty("nothing was read");
        HostileInput.FilesIn(_folder).Should().Equal(before);
    }

    [Fact]
    public void Import_RowsWithUnknownIds_ExitOne()
    {
        var round = Round();
        var book = ReturnedWorkbook.FromLedger(File.ReadAllBytes(Returned(round)));
        var first = (string)book.Rows[book.HeaderIndex + 1][book.Column("问题编号")]!;
        book.Set(first, "问题编号", "zz-no-such-finding");
        var returned = book.SaveXlsx(_folder.FullName, "unknown.xlsx");

        var result = CliRunner.Run("import", round, returned, "-o", Path.Combine(_folder.FullName, "updated.json"), "--as-of", "2022-12-05");

        result.ExitCode.Should().Be(1, "a row whose id matches no finding was not applied");
        result.Error.ShouldHaveNoStackTrace();
        result.Error.Should().Contain("unknown:");
    }

    [Fact]
    public void OutputSet_SecondOutputFailsWithDiskFull_FirstUnchangedNoTempLeft()
    {
        var first = Path.Combine(_folder.FullName, "first.json");
        var second = Path.Combine(_folder.FullName, "second.json");
        File.WriteAllText(first, "old");
        using var stderr = new StringWriter();
        var io = new CommandIo(TextWriter.Null, stderr);

        var act = () =>
        {
            using var outputs = new OutputSet(io);
            var a = outputs.File(first, "--output");
            var b = outputs.File(second, "--report");
            outputs.Check().Should().BeTrue();
            outputs.Write(a, s => s.Write("new"u8));
            outputs.Write(b, _ => throw new IOException("No space left on device", 28));
            outputs.Commit();
        };

        act.Should().Throw<IOException>().Which.Should().Match<IOException>(e => CommandLine.IsDiskFull(e));
        File.ReadAllText(first).Should().Be("old");
        HostileInput.FilesIn(_folder).Should().Equal("first.json");
    }

    // A real full disk, where a small tmpfs can be mounted (root on Linux); elsewhere the injected failure above.
    [Fact]
    public void Bulletin_OnAFullDisk_ExitTwoDiskFullMessageOldFileKept()
    {
        var mount = Path.Combine(_folder.FullName, "small");
        Directory.CreateDirectory(mount);
        if (!OperatingSystem.IsLinux() || Environment.UserName != "root" || !Run("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", mount))
        {
            return;
        }

        try
        {
            var target = Path.Combine(mount, "b.pdf");
            File.WriteAllText(target, "old");

            var result = CliRunner.Run("bulletin", Example.Path, "-o", target);

            result.ExitCode.Should().Be(2);
            result.Error.ShouldHaveNoStackTrace();
            result.Error.Should().Contain("the disk is full").And.Contain("no output was changed");
            File.ReadAllText(target).Should().Be("old");
            Directory.GetFiles(mount).Select(Path.GetFileName).Should().Equal("b.pdf");
        }
        finally
        {
            Run("umount", mount);
        }
    }

    [Fact]
    public void AtomicFile_Write_TempIsOwnerOnlyAndNamedFinalModeKept()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var target = Path.Combine(_folder.FullName, "report.pdf");
        File.WriteAllText(target, "old");
        File.SetUnixFileMode(target, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead);
        string? tempName = null;
        UnixFileMode tempMode = default;

        AtomicFile.Write(target, stream =>
        {
            var temp = _folder.GetFiles(".report.pdf.*").Single();
            tempName = temp.Name;
            tempMode = OperatingSystem.IsWindows() ? default : File.GetUnixFileMode(temp.FullName);
            stream.Write("new"u8);
        });

        tempName.Should().MatchRegex($@"^\.report\.pdf\.supervision-report-{Environment.ProcessId}-[0-9a-f]{{8}}\.tmp$");
        tempMode.Should().Be(UnixFileMode.UserRead | UnixFileMode.UserWrite);
        File.ReadAllText(target).Should().Be("new");
        File.GetUnixFileMode(target).Should().Be(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead, "a replaced file keeps its mode");
        HostileInput.FilesIn(_folder).Should().Equal("report.pdf");
    }

    [Fact]
    public void AtomicFile_Write_FailingWriter_NoTempLeftTargetUnchanged()
    {
        var target = Path.Combine(_folder.FullName, "ledger.xlsx");
        File.WriteAllText(target, "old");

        var act = () => AtomicFile.Write(target, stream =>
        {
            stream.Write(new byte[100_000]);
            throw new InvalidOperationException("the writer failed");
        });

        act.Should().Throw<InvalidOperationException>();
        File.ReadAllText(target).Should().Be("old");
        HostileInput.FilesIn(_folder).Should().Equal("ledger.xlsx");
    }

    [Fact]
    public void AtomicFile_Write_RemovesStaleTempsOfDeadProcessesOnly()
    {
        var dead = Path.Combine(_folder.FullName, ".a.pdf.supervision-report-2147483000-0123abcd.tmp");
        var fresh = Path.Combine(_folder.FullName, ".b.pdf.supervision-report-2147483001-0123abcd.tmp");
        var alive = Path.Combine(_folder.FullName, $".c.pdf.supervision-report-{Environment.ProcessId}-0123abcd.tmp");
        var foreign = Path.Combine(_folder.FullName, ".d.pdf.other-tool-1-0123abcd.tmp");
        foreach (var path in new[] { dead, fresh, alive, foreign })
        {
            File.WriteAllText(path, "x");
            if (path != fresh)
            {
                File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddHours(-1));
            }
        }

        AtomicFile.Write(Path.Combine(_folder.FullName, "out.json"), s => s.Write("{}"u8));

        File.Exists(dead).Should().BeFalse("its process is gone and it was not written for an hour");
        File.Exists(fresh).Should().BeTrue("it was written a moment ago");
        File.Exists(alive).Should().BeTrue("its process runs");
        File.Exists(foreign).Should().BeTrue("not ours");
    }

    [Fact]
    public void ScratchFile_Create_LeavesNoNameInTheTempFolder()
    {
        using var scratch = ScratchFile.Create("test");
        scratch.Write(new byte[10]);

        if (!OperatingSystem.IsWindows())
        {
            File.Exists(scratch.Name).Should().BeFalse("on Unix the name is removed once the file is open; the stream keeps the data");
        }

        scratch.Position = 0;
        scratch.ReadByte().Should().Be(0);
    }

    [Fact]
    public void Demo_OneTargetIsAFifo_NothingWritten()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var demo = Path.Combine(_folder.FullName, "demo");
        Directory.CreateDirectory(demo);
        var fifo = Path.Combine(demo, "guilin-2022-11-statistics.pdf");
        Process.Start("mkfifo", [fifo])!.WaitForExit();

        var result = CliRunner.Run("demo", "-o", demo);

        result.ExitCode.Should().Be(2);
        result.Error.ShouldHaveNoStackTrace();
        result.Error.Should().Contain("named pipe");
        Directory.GetFileSystemEntries(demo).Select(Path.GetFileName).Should().Equal("guilin-2022-11-statistics.pdf");
        FileNode.KindOf(fifo).Should().Be(FileNodeKind.Fifo);
    }

    [Fact]
    public void Commands_OutputFolderMissing_UsageErrorBeforeWork()
    {
        var round = Round();
        var before = HostileInput.FilesIn(_folder);
        var missing = Path.Combine(_folder.FullName, "nope", "x.xlsx");

        foreach (var args in new[] { new[] { "ledger", round, "-o", missing }, ["bulletin", round, "-o", Path.ChangeExtension(missing, ".pdf")] })
        {
            var result = CliRunner.Run(args);

            result.ExitCode.Should().Be(2);
            result.Error.ShouldHaveNoStackTrace();
            result.Error.Should().Contain("does not exist");
            HostileInput.FilesIn(_folder).Should().Equal(before);
        }
    }

    private static bool Run(string file, params string[] args)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(file, args) { RedirectStandardError = true, RedirectStandardOutput = true })!;
            process.WaitForExit(10_000);
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
