using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Supervision.Reporting.Domain;

namespace Supervision.Reporting.Rendering.Excel;

// Splits a ledger into one workbook per responsible unit, area or group. The split is a filter and a title over the
// one ledger writer: each workbook is the writer's output for the round reduced to that scope's findings (and the
// measures and notices about them), so its 汇总 and 说明 are computed from its own rows.
//
// All files appear together or none: every workbook is first written to a hidden temporary file in the target
// folder, and only when all of them (and the manifest) are complete are they moved into place.
internal sealed class LedgerSplitter
{
    private readonly SupervisionRound round;
    private readonly string directory;
    private readonly LedgerOptions options;
    private readonly LedgerSplit by;
    private readonly IProgress<WriteProgress>? progress;

    public LedgerSplitter(SupervisionRound round, string directory, LedgerOptions options, LedgerSplit by, IProgress<WriteProgress>? progress)
    {
        this.round = round;
        this.directory = Path.GetFullPath(directory);
        this.options = options;
        this.by = by;
        this.progress = progress;
    }

    // The key of a finding's scope, or null when it belongs to none (no group, no unit).
    public static string? KeyOf(SupervisionRound round, Finding finding, LedgerSplit by) => by switch
    {
        LedgerSplit.Area => round.TopLevelAreaOf(finding)?.Id,
        LedgerSplit.Group => round.GroupOf(finding)?.Id,
        _ => finding.ResponsibleUnitId,
    };

    // The scopes of the round in its own order (units, or groups), each with the findings (of any kind and date) in it.
    // Numbering over every scope with a violation in the round, whatever the as-of date, keeps file names stable
    // as the round goes on.
    public static List<(LedgerScope Scope, HashSet<string> FindingIds)> Scopes(SupervisionRound round, LedgerSplit by)
    {
        var members = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var withViolations = new HashSet<string>(StringComparer.Ordinal);
        foreach (var finding in round.Findings)
        {
            if (KeyOf(round, finding, by) is not { } key)
            {
                continue;
            }

            if (!members.TryGetValue(key, out var ids))
            {
                members[key] = ids = new HashSet<string>(StringComparer.Ordinal);
            }

            ids.Add(finding.Id);
            if (finding.IsViolation)
            {
                withViolations.Add(key);
            }
        }

        IEnumerable<(string Id, string Name)> candidates = by == LedgerSplit.Group
            ? round.Groups.Select(g => (g.Id, g.Name))
            : round.Units.Select(u => (u.Id, u.Name));
        return [.. candidates
            .Where(c => withViolations.Contains(c.Id))
            .Select(c => (new LedgerScope(by, c.Id, c.Name), members[c.Id]))];
    }

    public async Task<LedgerSplitResult> WriteAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        var scopes = Scopes(round, by);
        var written = new List<(string Temp, string Target)>();
        var files = new List<LedgerSplitFile>();
        var assigned = 0;
        try
        {
            for (var i = 0; i < scopes.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var (scope, ids) = scopes[i];
                var part = Filter(ids);
                var rows = part.Findings.Count(f => f.IsViolation && f.FoundOn <= options.AsOf);
                if (rows == 0)
                {
                    // Its problems were all found after the as-of date: nothing to send yet.
                    continue;
                }

                assigned += rows;
                progress?.Report(new WriteProgress("writing workbooks", files.Count, null));
                var fileName = SplitFileNames.For(i + 1, scopes.Count, scope.Name);
                var target = Path.Combine(directory, fileName);
                var writer = new LedgerWriter(part, options, progress: null, scope);
                LedgerResult ledger;
                var temp = IO.AtomicFile.CreateTemp(target, async: true, out var stream);
                written.Add((temp, target));
                await using (stream.ConfigureAwait(false))
                {
                    ledger = await writer.WriteAsync(stream, cancellationToken).ConfigureAwait(false);
                    stream.Flush(flushToDisk: true);
                }

                files.Add(new LedgerSplitFile
                {
                    Id = scope.Key,
                    Name = scope.Name,
                    FileName = fileName,
                    Rows = ledger.FindingRows,
                    Overdue = writer.Statistics?.Overdue ?? 0,
                    Ledger = ledger,
                });
            }

            var result = new LedgerSplitResult
            {
                SplitBy = by,
                Files = [.. files],
                UnassignedRows = round.Findings.Count(f => f.IsViolation && f.FoundOn <= options.AsOf) - assigned,
            };
            var manifestTarget = Path.Combine(directory, LedgerSplitResult.ManifestFileName);
            var manifest = IO.AtomicFile.CreateTemp(manifestTarget, async: true, out var manifestStream);
            written.Add((manifest, manifestTarget));
            await using (manifestStream.ConfigureAwait(false))
            {
                WriteManifest(result, manifestStream);
                manifestStream.Flush(flushToDisk: true);
            }

            cancellationToken.ThrowIfCancellationRequested();
            Commit(written);
            return result;
        }
        catch
        {
            foreach (var (temp, _) in written)
            {
                IO.AtomicFile.Discard(temp);
            }

            throw;
        }
    }

    // The round reduced to one scope: its findings, the measures, notices and filed cases about them; units, people, groups and
    // inspections stay whole so that names, areas and groups resolve as in the whole ledger.
    private SupervisionRound Filter(HashSet<string> ids) => round with
    {
        Findings = [.. round.Findings.Where(f => ids.Contains(f.Id))],
        Measures = [.. round.Measures.Where(m => m.FindingIds.Any(ids.Contains))],
        Notices = [.. round.Notices.Where(n => n.FindingIds.Any(ids.Contains))],
        CaseFilings = [.. round.CaseFilings.Where(c => c.FindingIds.Any(ids.Contains))],
    };

    // Moves are renames within one folder: each is atomic, and all run only after every file was written. Should
    // one still fail (a file locked by a user), those already moved are the new ones and the rest stay temporary
    // and are removed: the error says so through the exception.
    private static void Commit(List<(string Temp, string Target)> written)
    {
        foreach (var (temp, target) in written)
        {
            IO.AtomicFile.Commit(temp, target);
        }
    }

    private void WriteManifest(LedgerSplitResult result, Stream output)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions
        {
            Indented = true,

            // Unit names stay readable for the office system that mails the files.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        });
        json.WriteStartObject();
        json.WriteString("round", round.Id);
        json.WriteString("splitBy", new LedgerScope(by, string.Empty, string.Empty).Code);
        json.WriteString("asOf", options.AsOf.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));
        json.WriteNumber("unassignedRows", result.UnassignedRows);
        json.WriteStartArray("files");
        foreach (var file in result.Files)
        {
            json.WriteStartObject();
            json.WriteString("id", file.Id);
            json.WriteString("name", file.Name);
            json.WriteString("file", file.FileName);
            json.WriteNumber("rows", file.Rows);
            json.WriteNumber("overdue", file.Overdue);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
