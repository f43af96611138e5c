using System.IO.Compression;
using SpreadCheetah;
using Supervision.Reporting.Rendering.Excel;
using Supervision.Reporting.Tests.Support;

namespace Supervision.Reporting.Tests.Rendering.Excel;

// The ledger compresses each part once: SpreadCheetah's scratch package is stored, the finishing pass deflates.
public sealed class StoredScratchTests
{
    [Fact]
    public async Task StoredScratch_TryApply_PinnedSpreadCheetah_StoresEveryEntry()
    {
        using var scratch = new MemoryStream();
        await using (var spreadsheet = await Spreadsheet.CreateNewAsync(scratch, new SpreadCheetahOptions { CompressionLevel = SpreadCheetahCompressionLevel.Fastest }))
        {
            StoredScratch.TryApply(spreadsheet).Should().BeTrue("SpreadCheetah is pinned to the version whose field StoredScratch sets");
            await spreadsheet.StartWorksheetAsync("s");
            for (var i = 0; i < 200; i++)
            {
                await spreadsheet.AddRowAsync([new Cell("重复的文本重复的文本"), new Cell(i)]);
            }

            await spreadsheet.FinishAsync();
        }

        scratch.Position = 0;
        using var zip = new ZipArchive(scratch, ZipArchiveMode.Read);
        zip.Entries.Should().NotBeEmpty().And.OnlyContain(e => e.CompressedLength == e.Length, "a stored entry is not compressed");
    }

    [Fact]
    public void RectificationLedger_Write_Guilin_EveryPartDeflatedOnce()
    {
        using var output = new MemoryStream();
        RectificationLedger.Write(Example.Guilin, output, new LedgerOptions { AsOf = TestRounds.D(11, 30) });

        output.Position = 0;
        using var zip = new ZipArchive(output, ZipArchiveMode.Read);
        var sheet = zip.GetEntry("xl/worksheets/sheet1.xml")!;
        sheet.CompressedLength.Should().BeLessThan(sheet.Length / 4, "the finishing pass deflates the detail sheet at the default level");
    }
}
