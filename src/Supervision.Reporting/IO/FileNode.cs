using System.Runtime.InteropServices;

namespace Supervision.Reporting.IO;

// What a path names on disk, without opening it: opening a FIFO blocks, opening a device reads or writes it.
// On Linux this is statx(2), whose layout is the same on every architecture; elsewhere the managed view
// (folder, symbolic link, file) is all there is.
internal enum FileNodeKind
{
    Missing,
    RegularFile,
    Directory,
    SymbolicLink,
    Device,
    Fifo,
    Socket,
    Other,
}

internal readonly record struct FileIdentity(ulong Device, ulong Inode);

internal static class FileNode
{
    // The kind of the path itself (a symbolic link is not followed).
    public static FileNodeKind KindOf(string path)
    {
        if (Statx(path, follow: false) is { } stat)
        {
            return (stat.Mode & 0xF000) switch
            {
                0 => FileNodeKind.Missing,
                0x8000 => FileNodeKind.RegularFile,
                0x4000 => FileNodeKind.Directory,
                0xA000 => FileNodeKind.SymbolicLink,
                0x2000 or 0x6000 => FileNodeKind.Device,
                0x1000 => FileNodeKind.Fifo,
                0xC000 => FileNodeKind.Socket,
                _ => FileNodeKind.Other,
            };
        }

        var info = new FileInfo(path);
        if (info.LinkTarget is not null)
        {
            return FileNodeKind.SymbolicLink;
        }

        return Directory.Exists(path) ? FileNodeKind.Directory : info.Exists ? FileNodeKind.RegularFile : FileNodeKind.Missing;
    }

    // The file a path leads to (symbolic links followed), or null when nothing is there or the system cannot say:
    // two paths with one identity are one file, whatever links, bind mounts or hard links lie between.
    public static FileIdentity? IdentityOf(string path) =>
        Statx(path, follow: true) is { } stat && stat.Mode != 0 ? new FileIdentity(stat.Device, stat.Inode) : null;

    // Says in words what a kind is, for "exists and is not a regular file" messages.
    public static string Describe(FileNodeKind kind) => kind switch
    {
        FileNodeKind.Directory => "a folder",
        FileNodeKind.SymbolicLink => "a symbolic link",
        FileNodeKind.Device => "a device",
        FileNodeKind.Fifo => "a named pipe (FIFO)",
        FileNodeKind.Socket => "a socket",
        _ => "not a regular file",
    };

    private static (uint Mode, ulong Device, ulong Inode)? Statx(string path, bool follow)
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        try
        {
            var buffer = new byte[256];
            const int AtFdCwd = -100;
            const int AtSymlinkNoFollow = 0x100;
            const uint StatxType = 0x1;
            const uint StatxIno = 0x100;
            var result = NativeMethods.statx(AtFdCwd, path, follow ? 0 : AtSymlinkNoFollow, StatxType | StatxIno, buffer);
            if (result != 0)
            {
                // ENOENT and the like: nothing there (or not reachable, which the caller finds out on opening).
                return Directory.Exists(path) || File.Exists(path) ? null : (0, 0, 0);
            }

            var mode = BitConverter.ToUInt16(buffer, 28);
            var inode = BitConverter.ToUInt64(buffer, 32);
            var device = ((ulong)BitConverter.ToUInt32(buffer, 136) << 32) | BitConverter.ToUInt32(buffer, 140);
            return (mode, device, inode);
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            // A C library without statx (glibc before 2.28, some musl builds): the managed view.
            return null;
        }
    }

    private static class NativeMethods
    {
        [DllImport("libc", SetLastError = false)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
#pragma warning disable SYSLIB1054 // LibraryImport needs unsafe code in the assembly; this call marshals only a string and a byte array.
        public static extern int statx(int dirfd, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, byte[] buffer);
#pragma warning restore SYSLIB1054
    }
}
