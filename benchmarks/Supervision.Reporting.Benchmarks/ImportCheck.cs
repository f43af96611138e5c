using System.Diagnostics;
using System.Globalization;
using NodaTime;

namespace Supervision.Reporting.Benchmarks;

// `-- import-check [findings]`: in one process, where the time and the allocations of `import` go — reading the
// round file (RoundJson.ReadFile: read + rules), importing its untouched ledger (LedgerImport.ImportFile: the
// package scan, the rows, the comparison) and writing the updated round (RoundJson.WriteFile) — each the best of
// three by CPU time, with the bytes it allocated; and the same for `ledger` (RectificationLedger.WriteFile).
// A quick look between runs of compare-commands, whose figures are the whole processes.
internal static class ImportCheck
{
    public static void Run(int size)
    {
        var folder = Directory.CreateTempSubdirectory("import-check-");
        try
        {
            var path = Path.Combine(folder.FullName, "round.json");
            var ledger = Path.Combine(folder.FullName, "ledger.xlsx");
            var output = Path.Combine(folder.FullName, "imported.json");
            RoundJson.WriteFile(LedgerRound.Create(size, seed: 42), path);
            var asOf = new LocalDate(2023, 10, 20);
            var round = RoundJson.ReadFile(path).Value!;
            RectificationLedger.WriteFile(round, ledger, new LedgerOptions { AsOf = asOf });
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{size:N0} findings, round {new FileInfo(path).Length / 1e6:F1} MB, ledger {new FileInfo(ledger).Length / 1e6:F1} MB"));
            Time("read the round (RoundJson.ReadFile)", () => RoundJson.ReadFile(path).IsValid);
            Time("write the ledger (RectificationLedger.WriteFile)", () => RectificationLedger.WriteFile(round, ledger, new LedgerOptions { AsOf = asOf }).FindingRows > 0);
            ImportedRound? imported = null;
            Time("import the ledger (LedgerImport.ImportFile)", () => (imported = LedgerImport.ImportFile(round, ledger, new LedgerImportOptions { ReportedOn = asOf }).Value) is not null);
            Time("  of which the package scan (ReturnedPackageScan)", () =>
            {
                using var file = File.OpenRead(ledger);
                return Rendering.Excel.Import.ReturnedPackageScan.Run(file) is not null;
            });
            Time("  of which the scan and the rows (ReturnedSheet.Rows)", () =>
            {
                using var file = File.OpenRead(ledger);
                using var sheet = Rendering.Excel.Import.ReturnedLedgerReader.Read(file);
                return sheet.Rows.Count() > 0;
            });
            GC.Collect();
            var held = GC.GetTotalMemory(forceFullCollection: true);
            using (var file = File.OpenRead(ledger))
            {
                // The rows stream: what is held once they have all gone by is the reader's own state.
                using var sheet = Rendering.Excel.Import.ReturnedLedgerReader.Read(file);
                var rows = sheet.Rows.Count();
                GC.Collect();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"the rows read, held (ReturnedSheet)",-52} {rows:N0} rows  {(GC.GetTotalMemory(forceFullCollection: true) - held) / 1e6,8:F0} MB"));
            }

            Time("write the round (RoundJson.WriteFile)", () =>
            {
                RoundJson.WriteFile(imported!.Round, output);
                return true;
            });
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    // `-- import-batch-check [findings]`: `import` of a folder of returned ledgers (LedgerImport.ImportFiles) with
    // 1, 3 and 9 files, each changing the same finding (a new progress note, applied once), with the peak of the
    // live managed heap while it runs (a full collection every 20 ms: slow, but what is held, not garbage) — which
    // must not grow with the number of files.
    public static void Batch(int size)
    {
        var folder = Directory.CreateTempSubdirectory("import-batch-check-");
        try
        {
            var asOf = new LocalDate(2023, 10, 20);
            var round = LedgerRound.Create(size, seed: 42);
            var index = -1;
            for (var i = 0; i < round.Findings.Count && index < 0; i++)
            {
                if (round.Findings[i] is { IsViolation: true } candidate && candidate.FoundOn <= asOf
                    && candidate.Rectification is { Progress.Count: > 0 } r && r.Progress[^1] is { Note: not null } last && last.Date <= asOf)
                {
                    index = i;
                }
            }

            var f = round.Findings[index];
            var rect = f.Rectification!;
            var note = rect.Progress[^1];
            var changed = f with { Rectification = rect with { Progress = [.. rect.Progress.Take(rect.Progress.Count - 1), note with { Note = note.Note + "（已复核）" }] } };
            var returned = round with { Findings = [.. round.Findings.Select((x, i) => i == index ? changed : x)] };
            var ledger = Path.Combine(folder.FullName, "ledger.xlsx");
            RectificationLedger.WriteFile(returned, ledger, new LedgerOptions { AsOf = asOf });
            foreach (var files in new[] { 1, 3, 9 })
            {
                var batch = Directory.CreateDirectory(Path.Combine(folder.FullName, files.ToString(CultureInfo.InvariantCulture)));
                for (var i = 0; i < files; i++)
                {
                    File.Copy(ledger, Path.Combine(batch.FullName, $"unit{i:D2}.xlsx"));
                }

                GC.Collect();
                GC.WaitForPendingFinalizers();
                var before = GC.GetTotalMemory(forceFullCollection: true);
                var peak = before;
                using var stop = new CancellationTokenSource();
                var sampler = Task.Run(() =>
                {
                    while (!stop.IsCancellationRequested)
                    {
                        peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: true));
                        Thread.Sleep(20);
                    }
                });
                var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                var result = LedgerImport.ImportFiles(round, [batch.FullName], new LedgerImportOptions { ReportedOn = asOf }).Value!;
                var took = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
                stop.Cancel();
                sampler.Wait();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{size:N0} findings, {files} files: {result.Changes.Applied.Count} change(s) applied, {result.Changes.Rejected.Count + result.Changes.Conflicts.Count} rejected or in conflict ({string.Join(", ", result.Changes.Rejected.Concat(result.Changes.Conflicts).Select(d => d.Message).Distinct().Take(1))}), CPU {took,6:F2} s, live heap peak {(peak - before) / 1e6,6:F0} MB above the round"));
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static void Time(string what, Func<bool> action)
    {
        var best = double.MaxValue;
        long allocated = 0;
        for (var i = 0; i < 3; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var before = GC.GetTotalAllocatedBytes(precise: true);
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            if (!action())
            {
                throw new InvalidOperationException(what + " failed");
            }

            var took = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
            if (took < best)
            {
                best = took;
                allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{what,-52} CPU {best,6:F2} s  allocated {allocated / 1e6,8:F0} MB"));
    }
}
