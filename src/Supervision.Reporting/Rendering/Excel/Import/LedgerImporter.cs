using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;
using Supervision.Reporting.Domain;
using Supervision.Reporting.Validation;

namespace Supervision.Reporting.Rendering.Excel.Import;

// Turns the rows of a returned ledger into a new round and a change report.
//
// A cell counts as changed only when it differs both from what the ledger showed (the writer's own rendering of
// the round as of the ledger's date — one definition, so an untouched ledger imports as no change) and from what
// the round holds now (so importing the same file twice changes nothing the second time). A row is applied whole
// or not at all: any unreadable cell, formula, conflict or broken rule rejects every change on it.
internal sealed partial class LedgerImporter
{
    private static readonly LedgerColumn[] Importable =
        [LedgerColumn.Status, LedgerColumn.Progress, LedgerColumn.Measures, LedgerColumn.CompletedOn, LedgerColumn.ClosedOn, LedgerColumn.Remarks,
         LedgerColumn.SupervisingLeader, LedgerColumn.LeadOffice, LedgerColumn.Evidence, LedgerColumn.VerifiedBy, LedgerColumn.VerifiedOn];

    private readonly SupervisionRound round;
    private readonly LedgerImportOptions options;
    private readonly ReturnedSheet sheet;
    private readonly LocalDate ledgerAsOf;
    private readonly LedgerWriter ledger;
    private readonly HashSet<(int Row, int Column)> formulaCells;

    private readonly List<AppliedChange> applied = [];
    private readonly List<string> unchanged = [];
    private readonly List<Diagnostic> rejected = [];
    private readonly List<Diagnostic> unknown = [];
    private readonly List<Diagnostic> conflicts = [];
    private readonly List<Diagnostic> formulas = [];
    private readonly List<Diagnostic> ignored = [];
    private readonly List<string> notes = [];

    // formulaCells is null when the file could not be scanned for formulas (see LegacyFormulaScanner).
    public LedgerImporter(SupervisionRound round, LedgerImportOptions options, ReturnedSheet sheet, IReadOnlyList<(int Row, int Column)>? formulaCells)
    {
        this.round = round;
        this.options = options;
        this.sheet = sheet;
        this.formulaCells = [.. formulaCells ?? []];
        ledgerAsOf = sheet.AsOf ?? options.LedgerAsOf ?? options.ReportedOn;
        ledger = new LedgerWriter(round, new LedgerOptions
        {
            AsOf = ledgerAsOf,
            Language = sheet.Language,
            Audience = sheet.IsPublicEdition ? Audience.Public : Audience.Internal,
            Analytics = options.Analytics,
        }, progress: null);
        if (sheet.AsOf is null)
        {
            notes.Add(string.Create(CultureInfo.InvariantCulture, $"{sheet.Name}: no subtitle 截至YYYY年M月D日 above the header; the ledger is taken to be as of {ledgerAsOf:uuuu-MM-dd}."));
        }

        if (formulaCells is null)
        {
            notes.Add("The workbook could not be scanned for formulas (an encrypted or pre-97 .xls): values were read as last saved, and formula cells are not listed.");
        }

        notes.AddRange(sheet.Notes);
    }

    public ImportedRound Run()
    {
        var index = new Dictionary<string, int>(round.Findings.Count, StringComparer.Ordinal);
        for (var i = 0; i < round.Findings.Count; i++)
        {
            index.TryAdd(round.Findings[i].Id, i);
        }

        var idColumn = sheet.Columns[LedgerColumn.FindingId];
        var rowsById = new Dictionary<string, List<ReturnedRow>>(StringComparer.Ordinal);
        var order = new List<string>();
        var rowCount = 0;
        foreach (var row in sheet.Rows)
        {
            if (Array.TrueForAll(row.Values, CellValues.IsBlank))
            {
                continue;
            }

            rowCount++;
            var id = CellValues.Text(row[idColumn]);
            if (id.Length == 0)
            {
                unknown.Add(Diagnostic.Error("no-id", "the row has no 问题编号 (finding id); rows are matched on it, so nothing on it was imported", sheet.Location(row.Number, idColumn)));
                continue;
            }

            if (!rowsById.TryGetValue(id, out var rows))
            {
                rowsById[id] = rows = [];
                order.Add(id);
            }

            rows.Add(row);
        }

        ReportFormulas(idColumn);

        // Changed findings by index, with the row and the changes that made them.
        var candidates = new Dictionary<int, (ReturnedRow Row, Finding Finding, List<AppliedChange> Changes)>();
        foreach (var id in order)
        {
            var rows = rowsById[id];
            if (!index.TryGetValue(id, out var findingIndex))
            {
                foreach (var row in rows)
                {
                    unknown.Add(Diagnostic.Error("unknown-id", "not a finding of the round; the row was not imported", sheet.Location(row.Number, idColumn)));
                }

                continue;
            }

            if (rows.Count > 1)
            {
                var numbers = RowNumbers(rows);
                foreach (var row in rows)
                {
                    rejected.Add(Diagnostic.Error("duplicate-id", $"the finding id appears on rows {numbers}; which row is right cannot be known, so none is applied", sheet.Location(row.Number, idColumn, id)));
                }

                continue;
            }

            var finding = round.Findings[findingIndex];
            FindIgnoredEdits(rows[0], finding);
            var changes = new List<AppliedChange>();
            if (Evaluate(rows[0], finding, changes) is { } changed)
            {
                candidates[findingIndex] = (rows[0], changed, changes);
            }
        }

        Validate(candidates);
        var result = round;
        if (candidates.Count > 0)
        {
            var findings = round.Findings.AsImmutableArray().ToBuilder();
            foreach (var (i, candidate) in candidates.OrderBy(c => c.Key))
            {
                findings[i] = candidate.Finding;
            }

            result = round with { Findings = findings.MoveToImmutable() };
        }

        // Applied changes in file order.
        foreach (var candidate in candidates.Values.OrderBy(c => c.Row.Number))
        {
            applied.AddRange(candidate.Changes);
        }

        var present = rowsById.Keys.ToHashSet(StringComparer.Ordinal);
        var missing = round.Findings.Where(f => f.IsViolation && f.FoundOn <= ledgerAsOf && !present.Contains(f.Id)).Select(f => f.Id);
        return new ImportedRound
        {
            Round = result,
            Changes = new ChangeReport
            {
                Sheet = sheet.Name,
                LedgerAsOf = ledgerAsOf,
                ReportedOn = options.ReportedOn,
                Rows = rowCount,
                Applied = [.. applied],
                Unchanged = [.. unchanged],
                Rejected = [.. rejected.OrderBy(RowOf)],
                UnknownIds = [.. unknown],
                Missing = [.. missing],
                Formulas = [.. formulas],
                Conflicts = [.. conflicts],
                IgnoredEdits = [.. ignored],
                Notes = [.. notes],
            },
        };
    }

    // How many rows a duplicate-id message names. Every duplicated row gets its own diagnostic, so
    // naming all the others made the messages quadratic (5,000 duplicates gave 146 MB); a few row
    // numbers and a count keep them linear while the diagnostics still point at every row.
    internal const int MaxListedRows = 10;

    private static string RowNumbers(List<ReturnedRow> rows)
    {
        var listed = string.Join(", ", rows.Take(MaxListedRows).Select(r => r.Number.ToString(CultureInfo.InvariantCulture)));
        return rows.Count <= MaxListedRows
            ? listed
            : string.Create(CultureInfo.InvariantCulture, $"{listed} … and {rows.Count - MaxListedRows:N0} more");
    }

    private void ReportFormulas(int idColumn)
    {
        var ids = sheet.Rows.ToDictionary(r => r.Number, r => CellValues.Text(r[idColumn]));
        foreach (var (row, column) in formulaCells.OrderBy(c => c.Row).ThenBy(c => c.Column))
        {
            var id = ids.TryGetValue(row, out var text) && text.Length > 0 ? text : null;
            var field = FieldOf(column);
            formulas.Add(Diagnostic.Warning(
                "formula",
                field is null
                    ? "holds a formula (not evaluated; the column is not imported)"
                    : "holds a formula; formulas are never evaluated, so the row was not applied — type the value itself",
                sheet.Location(row, column, id)));
        }
    }

    private ImportField? FieldOf(int column)
    {
        foreach (var importable in Importable)
        {
            if (sheet.Columns.TryGetValue(importable, out var c) && c == column)
            {
                return Field(importable);
            }
        }

        return null;
    }

    private static ImportField Field(LedgerColumn column) => column switch
    {
        LedgerColumn.Status => ImportField.Status,
        LedgerColumn.Progress => ImportField.Progress,
        LedgerColumn.Measures => ImportField.Measures,
        LedgerColumn.CompletedOn => ImportField.CompletedOn,
        LedgerColumn.ClosedOn => ImportField.ClosedOn,
        LedgerColumn.Remarks => ImportField.Remarks,
        LedgerColumn.SupervisingLeader => ImportField.SupervisingLeader,
        LedgerColumn.LeadOffice => ImportField.LeadOffice,
        LedgerColumn.Evidence => ImportField.Evidence,
        LedgerColumn.VerifiedBy or LedgerColumn.VerifiedOn => ImportField.Verification,
        _ => throw new ArgumentOutOfRangeException(nameof(column)),
    };

    private static int RowOf(Diagnostic issue) =>
        CellRow().Match(issue.Location.Cell ?? string.Empty) is { Success: true } m ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : 0;

    [GeneratedRegex(@"(\d+)$", RegexOptions.CultureInvariant)]
    private static partial Regex CellRow();
}
