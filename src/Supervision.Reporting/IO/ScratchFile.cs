using System.Globalization;

namespace Supervision.Reporting.IO;

// A scratch file in the system temp folder for data too big for memory (the ledger's sheets hold the
// internal ledger's full names). Owner-only from its creation (0600: created with that mode, never
// widened later, so no other user can open it in between). On Unix its name is removed as soon as it is
// open — the open stream keeps the data, nothing is left to find even after a kill -9; on Windows it is
// deleted when closed. Its name, "supervision-report-<purpose>-<pid>-<random>.tmp", says what it is.
internal static class ScratchFile
{
    public const string Prefix = "supervision-report-";

    public static FileStream Create(string purpose)
    {
        var name = string.Create(CultureInfo.InvariantCulture, $"{Prefix}{purpose}-{Environment.ProcessId}-{Guid.NewGuid():N}.tmp");
        var path = Path.Combine(Path.GetTempPath(), name);
        var options = new FileStreamOptions
        {
            Mode = FileMode.CreateNew,
            Access = FileAccess.ReadWrite,
            Share = FileShare.None,
            BufferSize = 81920,
            Options = FileOptions.Asynchronous,
        };
        if (OperatingSystem.IsWindows())
        {
            // Windows gives a temp file the profile folder's owner-only ACL, and cannot unlink an open file.
            options.Options |= FileOptions.DeleteOnClose;
        }
        else
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        var stream = new FileStream(path, options);
        if (!OperatingSystem.IsWindows())
        {
            try
            {
                File.Delete(path);
            }
            catch
            {
                stream.Dispose();
                throw;
            }
        }

        return stream;
    }
}
