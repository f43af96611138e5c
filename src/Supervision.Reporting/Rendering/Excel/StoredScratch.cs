using System.IO.Compression;
using System.Reflection;
using SpreadCheetah;

namespace Supervision.Reporting.Rendering.Excel;

// Makes SpreadCheetah store the entries of the scratch package instead of deflating them, so that the finishing
// pass (which must rewrite every worksheet for print setup and conditional formats) compresses each part once,
// at the default level, instead of SpreadCheetah deflating it and the pass inflating and deflating it again.
//
// SpreadCheetah 1.28.0 offers only Optimal and Fastest: its ZipArchiveManager maps the option to a private
// CompressionLevel field that every CreateEntry reads. The version is pinned exactly (Directory.Packages.props),
// and the names are literal so that the trimming analysis can follow them. When they are not found (another
// version) nothing is changed and the scratch package stays deflated at the level asked: the finishing pass reads
// either kind, so the output is the same and only the time differs. StoredScratchTests says which applies.
internal static class StoredScratch
{
    private const string ManagerType = "SpreadCheetah.Helpers.ZipArchiveManager, SpreadCheetah";

    private static readonly FieldInfo? ManagerField =
        typeof(Spreadsheet).GetField("_zipArchiveManager", BindingFlags.NonPublic | BindingFlags.Instance);

    private static readonly FieldInfo? LevelField =
        Type.GetType(ManagerType, throwOnError: false)?.GetField("_compressionLevel", BindingFlags.NonPublic | BindingFlags.Instance);

    // True when the spreadsheet will now store its entries uncompressed.
    public static bool TryApply(Spreadsheet spreadsheet)
    {
        if (ManagerField is null || LevelField is null || LevelField.FieldType != typeof(CompressionLevel)
            || ManagerField.GetValue(spreadsheet) is not { } manager || !LevelField.DeclaringType!.IsInstanceOfType(manager))
        {
            return false;
        }

        LevelField.SetValue(manager, CompressionLevel.NoCompression);
        return true;
    }
}
