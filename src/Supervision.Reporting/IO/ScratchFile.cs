namespace Supervision.Reporting.IO;

// A scratch file in the system temp folder for data too big for memory (the ledger's sheets hold the
// internal ledger's full names). Owner-only from its creation (0600: created with that mode, never
// widened later, so no other user can open it in between), deleted when closed, and named
// "supervision-report-<purpose>-<random>.tmp" so that a user who finds one after a crash can tell
// what it is and that it may be deleted.
internal static class ScratchFile
{
    public const string Prefix = "supervision-report-";

    public static FileStream Create(string purpose)
    {
        var path = Path.Combine(Path.GetTempPath(), $"{Prefix}{purpose}-{Guid.NewGuid():N}.tmp");
        var options = new FileStreamOptions
        {
            Mode = FileMode.CreateNew,
            Access = FileAccess.ReadWrite,
            Share = FileShare.None,
            BufferSize = 81920,
            Options = FileOptions.DeleteOnClose | FileOptions.Asynchronous,
        };
        if (!OperatingSystem.IsWindows())
        {
            // Windows gives a temp file the profile folder's owner-only ACL; the mode is for Unix.
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        return new FileStream(path, options);
    }
}
