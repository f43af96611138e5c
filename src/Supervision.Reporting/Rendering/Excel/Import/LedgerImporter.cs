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

    // The writer as of the ledger's date in the language the cells were written in (ContentLanguage), which the
    // headers need not share; set once the first rows have been sampled, before any row is evaluated.
    private LedgerWriter ledger = null!;
    private Language language;
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

    // How many rows with a known finding id the language of the cells is judged on.
    private const int LanguageSampleRows = 50;

    private static readonly LedgerColumn[] LanguageNeutral =
    [
        LedgerColumn.Number, LedgerColumn.FindingId, LedgerColumn.FoundOn, LedgerColumn.AssignedOn, LedgerColumn.Deadline,
        LedgerColumn.CompletedOn, LedgerColumn.ClosedOn, LedgerColumn.DaysOverdue,
    ];

    // A unit may rename headers to their synonyms in another language ("Finding ID", 問題編號), in any mix, without
    // touching a cell: the headers say how to find the columns, not what language the cells are in. The cells are
    // compared with the writer's own rendering in each language over the first rows with a known finding id (as
    // they stream by: LanguageSample), and the language that matches the most cells is the ledger's; on a tie (no
    // text column, or every text the same in each language), the language of the 问题编号 header. Every column the
    // writer renders through TextOf takes part, so a new column counts without a change here.
    private sealed class LanguageSample
    {
        private readonly LedgerImporter importer;
        private readonly List<Language> candidates;
        private readonly List<LedgerWriter> writers;
        private readonly int[] scores;
        private readonly List<KeyValuePair<LedgerColumn, int>> columns;
        private int sampled;

        public LanguageSample(LedgerImporter importer)
        {
            this.importer = importer;
            var sheet = importer.sheet;
            candidates = [sheet.Language, .. Enum.GetValues<Language>().Where(l => l != sheet.Language)];
            writers = [.. candidates.Select(importer.Writer)];
            scores = new int[candidates.Count];
            columns = [.. sheet.Columns.Where(c => Array.IndexOf(LanguageNeutral, c.Key) < 0)];
        }

        // True once no more rows are needed.
        public bool IsComplete => columns.Count == 0 || sampled == LanguageSampleRows;

        // A row with a known finding id, in file order.
        public void Add(ReturnedRow row, Finding finding)
        {
            sampled++;
            var sheet = importer.sheet;
            foreach (var (column, c) in columns)
            {
                if (row[c] == CellValues.Covered)
                {
                    continue;
                }

                var text = CellValues.Text(row[c]);
                for (var i = 0; i < writers.Count; i++)
                {
                    if (string.Equals(text, CellValues.Text(writers[i].TextOf(column, finding, sheet.Name, c + 1, row.Number)), StringComparison.Ordinal))
                    {
                        scores[i]++;
                    }
                }
            }
        }

        public Language Best(out LedgerWriter writer)
        {
            var best = 0;
            for (var i = 1; i < scores.Length; i++)
            {
                if (scores[i] > scores[best])
                {
                    best = i;
                }
            }

            writer = writers[best];
            return candidates[best];
        }
    }

    private LedgerWriter Writer(Language candidate) => new(round, new LedgerOptions
    {
        AsOf = ledgerAsOf,
        Language = candidate,
        Audience = sheet.IsPublicEdition ? Audience.Public : Audience.Internal,
        Analytics = options.Analytics,
    }, progress: null);

    // Reads, matches and evaluates each row as it comes (issue 15: the rows are never held). A row is judged on its
    // own, so its outcome is known at once — except that a 问题编号 turning up again later makes every row of it a
    // duplicate: the first row's outcome (its candidate, its diagnostics, its unchanged entry) is then discarded,
    // which is why outcomes are only collected here and put together at the end, in the order the report has
    // always had. The new round is built from the candidates left once every row has been read and the candidates
    // validated together; nothing is applied before that.
    public ImportedRound Run()
    {
        var index = new Dictionary<string, int>(round.Findings.Count, StringComparer.Ordinal);
        for (var i = 0; i < round.Findings.Count; i++)
        {
            index.TryAdd(round.Findings[i].Id, i);
        }

        var idColumn = sheet.Columns[LedgerColumn.FindingId];

        // The row that first named each finding (0: none yet), and every row of a finding named more than once.
        var firstRows = new int[round.Findings.Count];
        var duplicates = new Dictionary<int, List<int>>();
        var duplicateOrder = new List<int>();

        // Rows whose 问题编号 is no finding of the round, by id in the order the ids first appear.
        var unknownRows = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var unknownOrder = new List<string>();
        var noIds = new List<Diagnostic>();

        // The id of every row with a formula cell, for the formula warnings.
        var formulaRows = formulaCells.Select(c => c.Row).ToHashSet();
        var formulaIds = new Dictionary<int, string>();

        // Changed findings by index, with the row and the changes that made them.
        var candidates = new Dictionary<int, (int Row, Finding Finding, List<AppliedChange> Changes)>();

        // The rows met before the language of the cells is known (at most LanguageSampleRows with a known id).
        LanguageSample? sample = new(this);
        var waiting = new List<(ReturnedRow Row, int Finding)>();
        if (sample.IsComplete)
        {
            language = sample.Best(out ledger);
            sample = null;
        }

        var rowCount = 0;
        foreach (var row in sheet.Rows)
        {
            if (Array.TrueForAll(row.Values, CellValues.IsBlank))
            {
                continue;
            }

            rowCount++;
            var id = CellValues.Text(row[idColumn]);
            if (formulaRows.Contains(row.Number))
            {
                formulaIds[row.Number] = id;
            }

            if (id.Length == 0)
            {
                noIds.Add(Diagnostic.Error("no-id", "the row has no 问题编号 (finding id); rows are matched on it, so nothing on it was imported", sheet.Location(row.Number, idColumn)));
                continue;
            }

            if (!index.TryGetValue(id, out var findingIndex))
            {
                if (!unknownRows.TryGetValue(id, out var rows))
                {
                    unknownRows[id] = rows = [];
                    unknownOrder.Add(id);
                }

                rows.Add(row.Number);
                continue;
            }

            if (firstRows[findingIndex] == 0)
            {
                firstRows[findingIndex] = row.Number;
                if (sample is null)
                {
                    Evaluate(row, findingIndex, candidates);
                }
                else
                {
                    waiting.Add((row, findingIndex));
                }
            }
            else
            {
                if (!duplicates.TryGetValue(findingIndex, out var rows))
                {
                    duplicates[findingIndex] = rows = [firstRows[findingIndex]];
                    duplicateOrder.Add(findingIndex);
                    candidates.Remove(findingIndex);
                }

                rows.Add(row.Number);
            }

            if (sample is not null)
            {
                sample.Add(row, round.Findings[findingIndex]);
                if (sample.IsComplete)
                {
                    language = sample.Best(out ledger);
                    sample = null;
                    EvaluateWaiting();
                }
            }
        }

        if (sample is not null)
        {
            language = sample.Best(out ledger);
            EvaluateWaiting();
        }

        // The first row of a finding named again was evaluated before the second came: its outcome goes.
        if (duplicates.Count > 0)
        {
            var named = duplicates.Keys.Select(i => round.Findings[i].Id).ToHashSet(StringComparer.Ordinal);
            unchanged.RemoveAll(named.Contains);
            rejected.RemoveAll(d => d.Location.ItemId is { } item && named.Contains(item));
            conflicts.RemoveAll(d => d.Location.ItemId is { } item && named.Contains(item));
            ignored.RemoveAll(d => d.Location.ItemId is { } item && named.Contains(item));
            foreach (var i in duplicateOrder)
            {
                var rows = duplicates[i];
                var id = round.Findings[i].Id;
                var numbers = RowNumbers(rows);
                foreach (var number in rows)
                {
                    rejected.Add(Diagnostic.Error("duplicate-id", $"the finding id appears on rows {numbers}; which row is right cannot be known, so none is applied", sheet.Location(number, idColumn, id)));
                }
            }
        }

        var unknown = noIds;
        foreach (var id in unknownOrder)
        {
            foreach (var number in unknownRows[id])
            {
                unknown.Add(Diagnostic.Error("unknown-id", "not a finding of the round; the row was not imported", sheet.Location(number, idColumn)));
            }
        }

        ReportFormulas(formulaIds);
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
        foreach (var candidate in candidates.Values.OrderBy(c => c.Row))
        {
            applied.AddRange(candidate.Changes);
        }

        var missing = round.Findings.Where(f => f.IsViolation && f.FoundOn <= ledgerAsOf && !(index.TryGetValue(f.Id, out var i) && firstRows[i] != 0)).Select(f => f.Id);
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

        void EvaluateWaiting()
        {
            foreach (var (row, i) in waiting)
            {
                // A finding named again among the rows sampled is a duplicate already: nothing to evaluate.
                if (!duplicates.ContainsKey(i))
                {
                    Evaluate(row, i, candidates);
                }
            }

            waiting.Clear();
        }
    }

    private void Evaluate(ReturnedRow row, int findingIndex, Dictionary<int, (int Row, Finding Finding, List<AppliedChange> Changes)> candidates)
    {
        var finding = round.Findings[findingIndex];
        FindIgnoredEdits(row, finding);
        var changes = new List<AppliedChange>();
        if (Evaluate(row, finding, changes) is { } changed)
        {
            candidates[findingIndex] = (row.Number, changed, changes);
        }
    }

    // How many rows a duplicate-id message names. Every duplicated row gets its own diagnostic, so
    // naming all the others made the messages quadratic (5,000 duplicates gave 146 MB); a few row
    // numbers and a count keep them linear while the diagnostics still point at every row.
    internal const int MaxListedRows = 10;

    private static string RowNumbers(List<int> rows)
    {
        var listed = string.Join(", ", rows.Take(MaxListedRows).Select(r => r.ToString(CultureInfo.InvariantCulture)));
        return rows.Count <= MaxListedRows
            ? listed
            : string.Create(CultureInfo.InvariantCulture, $"{listed} … and {rows.Count - MaxListedRows:N0} more");
    }

    // ids: the 问题编号 of each row with a formula cell, as read.
    private void ReportFormulas(Dictionary<int, string> ids)
    {
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
