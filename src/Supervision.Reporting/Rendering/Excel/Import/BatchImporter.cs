using System.Globalization;
using Supervision.Reporting.Domain;

namespace Supervision.Reporting.Rendering.Excel.Import;

// Imports many returned files in one call. Each file is imported on its own against the same (original) round by
// the single-file importer — so each file's rows are judged exactly as when it is imported alone — and the results
// are merged here:
//   - a file whose 说明 names another round is set aside whole (its rows may match ids of this round by chance);
//   - a split file's changes to findings outside its scope (范围编号) are rejected: a unit does not report for another;
//   - a finding changed by one file takes that file's new finding; changed identically by several, it is applied
//     once; changed differently by several (even in different columns: a row is applied whole), none is applied and
//     every file's cells are reported as a conflict.
// Re-importing the same files changes nothing, because each single-file import already compares with the round now.
internal sealed class BatchImporter
{
    private readonly SupervisionRound round;
    private readonly LedgerImportOptions options;
    private readonly List<FileOutcome> files = [];
    private readonly List<Diagnostic> fileErrors = [];
    private readonly Dictionary<LedgerSplit, Dictionary<string, HashSet<string>>> scopes = [];

    // The position of each finding in the round, to take a file's changed findings out of its new round.
    private Dictionary<string, int>? positions;

    public BatchImporter(SupervisionRound round, LedgerImportOptions options)
    {
        this.round = round;
        this.options = options;
    }

    // Reads one file; the stream must be seekable and positioned at its start.
    public void Add(string name, Stream workbook)
    {
        var start = workbook.Position;
        var read = LedgerImport.Import(round, workbook, options);
        if (read.Value is not { } imported)
        {
            fileErrors.AddRange(read.Report.Errors.Select(e => e.At(e.Location.InSource(name))));
            return;
        }

        workbook.Position = start;
        var scope = ReturnedScopeReader.Read(workbook);
        if (scope.RoundId is { } id && !string.Equals(id, round.Id, StringComparison.Ordinal))
        {
            // The id is data, not a person's name: quoting it tells the office which round the file belongs to.
            fileErrors.Add(Diagnostic.Error(
                "other-round",
                $"the file is a ledger of round '{id}' (说明, 数据编号), not of '{round.Id}'; nothing in it was imported",
                DiagnosticLocation.None.InSource(name)));
            return;
        }

        files.Add(new FileOutcome(name, imported.Changes, ChangedFindings(imported), ScopeIds(scope.ScopeReference, name)));
    }

    public void AddError(Diagnostic diagnostic) => fileErrors.Add(diagnostic);

    // Only the findings a file changed are kept, not its new round: holding each file's round (and the index a
    // lookup in it builds) made the memory of a batch grow with the number of files times the round.
    private Dictionary<string, Finding> ChangedFindings(ImportedRound imported)
    {
        var changed = new Dictionary<string, Finding>(StringComparer.Ordinal);
        foreach (var change in imported.Changes.Applied)
        {
            if (changed.ContainsKey(change.FindingId))
            {
                continue;
            }

            if (positions is null)
            {
                positions = new Dictionary<string, int>(round.Findings.Count, StringComparer.Ordinal);
                for (var i = 0; i < round.Findings.Count; i++)
                {
                    positions.TryAdd(round.Findings[i].Id, i);
                }
            }

            changed[change.FindingId] = imported.Round.Findings[positions[change.FindingId]];
        }

        return changed;
    }

    public ImportedRound Run()
    {
        var applied = new List<AppliedChange>();
        var rejected = new List<Diagnostic>(fileErrors);
        var conflicts = new List<Diagnostic>();
        var notes = new List<string>();

        // Each file's accepted changes by finding, outside-scope ones rejected.
        var byFinding = new Dictionary<string, List<(FileOutcome File, List<AppliedChange> Changes)>>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var file in files)
        {
            foreach (var group in file.Report.Applied.GroupBy(c => c.FindingId, StringComparer.Ordinal))
            {
                var changes = group.Select(c => c with { File = file.Name }).ToList();
                if (file.Scope is { } scope && !scope.Ids.Contains(group.Key))
                {
                    rejected.AddRange(changes.Select(c => Diagnostic.Error(
                        "outside-scope",
                        $"the file was sent to {scope.Reference} (说明, 范围编号) but changes a finding outside it; the row was not imported",
                        Location(c))));
                    continue;
                }

                if (!byFinding.TryGetValue(group.Key, out var list))
                {
                    byFinding[group.Key] = list = [];
                    order.Add(group.Key);
                }

                list.Add((file, changes));
            }

            foreach (var id in file.Report.Unchanged)
            {
                // Nothing to apply, yet worth knowing: the unit copied rows of another's list into its own.
                if (file.Scope is { } scope && !scope.Ids.Contains(id))
                {
                    notes.Add($"{file.Name}: a row for {id}, a finding outside {scope.Reference} (unchanged).");
                }
            }

            notes.AddRange(file.Report.Notes.Select(n => file.Name + ": " + n));
        }

        var replaced = new Dictionary<string, Finding>(StringComparer.Ordinal);
        foreach (var id in order)
        {
            var contributions = byFinding[id];
            var first = contributions[0];
            if (contributions.Skip(1).All(c => SameChanges(c.Changes, first.Changes)))
            {
                replaced[id] = first.File.Changed[id];
                applied.AddRange(first.Changes);
                if (contributions.Count > 1)
                {
                    notes.Add(string.Create(CultureInfo.InvariantCulture, $"{id}: the same change in {string.Join(", ", contributions.Select(c => c.File.Name))}; applied once."));
                }

                continue;
            }

            foreach (var (file, changes) in contributions)
            {
                var others = string.Join("; ", contributions.Where(c => !ReferenceEquals(c.File, file)).Select(c => c.File.Name + " " + string.Join(", ", c.Changes.Select(x => x.Cell))));
                conflicts.AddRange(changes.Select(c => Diagnostic.Error(
                    "conflicting-files",
                    $"{ChangeReportJson.FieldName(c.Field)}: other returned files change this finding differently ({others}); none of them is applied",
                    Location(c))));
            }
        }

        var result = round;
        if (replaced.Count > 0)
        {
            result = round with { Findings = [.. round.Findings.Select(f => replaced.TryGetValue(f.Id, out var n) ? n : f)] };
        }

        var changed = byFinding.Keys.ToHashSet(StringComparer.Ordinal);
        var report = new ChangeReport
        {
            Sheet = string.Join(", ", files.Select(f => f.Report.Sheet).Distinct(StringComparer.Ordinal)),
            LedgerAsOf = files.Count == 0 ? options.LedgerAsOf ?? options.ReportedOn : files.Max(f => f.Report.LedgerAsOf),
            ReportedOn = options.ReportedOn,
            Files = [.. files.Select(f => f.Name)],
            Rows = files.Sum(f => f.Report.Rows),
            Applied = [.. applied],
            Unchanged = [.. files.SelectMany(f => f.Report.Unchanged).Where(id => !changed.Contains(id)).Distinct(StringComparer.Ordinal)],
            Rejected = [.. rejected, .. Sourced(f => f.Report.Rejected)],
            UnknownIds = [.. Sourced(f => f.Report.UnknownIds)],
            Missing = [.. Missing()],
            Formulas = [.. Sourced(f => f.Report.Formulas)],
            Conflicts = [.. conflicts, .. Sourced(f => f.Report.Conflicts)],
            IgnoredEdits = [.. Sourced(f => f.Report.IgnoredEdits)],
            Notes = [.. notes],
        };
        return new ImportedRound { Round = result, Changes = report };
    }

    private IEnumerable<Diagnostic> Sourced(Func<FileOutcome, EquatableArray<Diagnostic>> select) =>
        files.SelectMany(f => select(f).Select(d => d.At(d.Location.InSource(f.Name))));

    // The ledger's findings with a row in no file: across a split, every unit's rows are in its own file.
    private IEnumerable<string> Missing()
    {
        if (files.Count == 0)
        {
            return [];
        }

        var missing = new HashSet<string>(files[0].Report.Missing, StringComparer.Ordinal);
        foreach (var file in files.Skip(1))
        {
            missing.IntersectWith(file.Report.Missing);
        }

        return files[0].Report.Missing.Where(missing.Contains);
    }

    private static bool SameChanges(List<AppliedChange> a, List<AppliedChange> b) =>
        a.Count == b.Count
        && a.OrderBy(c => c.Field).Zip(b.OrderBy(c => c.Field)).All(p => p.First.Field == p.Second.Field && string.Equals(p.First.New, p.Second.New, StringComparison.Ordinal));

    private static DiagnosticLocation Location(AppliedChange change)
    {
        var bang = change.Cell.LastIndexOf('!');
        var location = bang < 0 ? DiagnosticLocation.None : DiagnosticLocation.SheetCell(change.Cell[..bang], change.Cell[(bang + 1)..]);
        return location.ForItem(change.FindingId).InSource(change.File);
    }

    private FileScope? ScopeIds(string? reference, string name)
    {
        if (reference is null)
        {
            return null;
        }

        var slash = reference.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0 || !LedgerScope.TryParseCode(reference[..slash], out var by))
        {
            fileErrors.Add(Diagnostic.Warning("unknown-scope", "说明 has a 范围编号 that is not one the ledger writes; the file's rows were not checked against a unit", DiagnosticLocation.None.InSource(name)));
            return null;
        }

        if (!scopes.TryGetValue(by, out var keys))
        {
            scopes[by] = keys = LedgerSplitter.Scopes(round, by).ToDictionary(s => s.Scope.Key, s => s.FindingIds, StringComparer.Ordinal);
        }

        // A scope the round no longer has (the unit was removed) owns no finding: every change is outside it.
        return new FileScope(reference, keys.TryGetValue(reference[(slash + 1)..], out var ids) ? ids : new HashSet<string>(StringComparer.Ordinal));
    }

    private sealed record FileOutcome(string Name, ChangeReport Report, Dictionary<string, Finding> Changed, FileScope? Scope);

    private sealed record FileScope(string Reference, HashSet<string> Ids);
}
