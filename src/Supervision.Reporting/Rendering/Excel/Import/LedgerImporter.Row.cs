using System.Globalization;
using NodaTime;
using Supervision.Reporting.Domain;
using Supervision.Reporting.Validation;

namespace Supervision.Reporting.Rendering.Excel.Import;

// One row: read its cells, decide what changed, build the changed finding (or reject the row).
internal sealed partial class LedgerImporter
{
    // The changed finding, or null when the row changes nothing or is rejected (and recorded as such).
    private Finding? Evaluate(ReturnedRow row, Finding finding, List<AppliedChange> changes)
    {
        var id = finding.Id;
        foreach (var column in Importable)
        {
            if (sheet.Columns.TryGetValue(column, out var c) && formulaCells.Contains((row.Number, c)))
            {
                return Reject(id, row, column, "holds a formula; formulas are never evaluated — type the value itself");
            }
        }

        if (finding.Rectification is not { } r)
        {
            if (Importable.Any(column => sheet.Columns.TryGetValue(column, out var c) && !CellValues.IsBlank(row[c])))
            {
                return Reject(id, row, LedgerColumn.FindingId, "the finding has no rectification (a service problem), so a ledger row cannot change it");
            }

            unchanged.Add(id);
            return null;
        }

        RectificationStatus? status = null;
        if (Cell(row, LedgerColumn.Status, out var statusCell))
        {
            if (CellValues.IsBlank(statusCell))
            {
                if (Expected(LedgerColumn.Status, finding, row).Length > 0)
                {
                    return Reject(id, row, LedgerColumn.Status, "is blank; the import never clears a status — pick one of 未整改/整改中/已整改/已销号");
                }
            }
            else if (!CellValues.TryStatus(statusCell, out var s))
            {
                return Reject(id, row, LedgerColumn.Status, "is not a status: use 未整改, 整改中, 已整改 or 已销号 (已銷號; Open, In progress, Rectified, Closed; or the codes open, in-progress, rectified, closed)");
            }
            else if (s != r.StatusAsOf(ledgerAsOf) && s != r.Status)
            {
                status = s;
            }
        }

        // DateChange records its own rejection or conflict.
        if (!DateChange(row, finding, LedgerColumn.CompletedOn, r.CompletedOn, "completion date", out var completed)
            || !DateChange(row, finding, LedgerColumn.ClosedOn, r.ClosedOn, "closure date", out var closed))
        {
            return null;
        }

        string? measures = null;
        if (Cell(row, LedgerColumn.Measures, out var measuresCell))
        {
            var text = CellValues.Text(measuresCell);
            var expected = Expected(LedgerColumn.Measures, finding, row);
            if (text.Length == 0 && expected.Length > 0)
            {
                return Reject(id, row, LedgerColumn.Measures, "is blank; the import never deletes recorded measures");
            }

            if (!Same(text, expected) && !Same(text, r.Measures))
            {
                measures = text;
            }
        }

        var latest = LatestNote(r);
        string? note = null;
        if (Cell(row, LedgerColumn.Progress, out var progressCell))
        {
            var text = CellValues.Text(progressCell);
            var expected = Expected(LedgerColumn.Progress, finding, row);
            if (text.Length == 0 && expected.Length > 0)
            {
                return Reject(id, row, LedgerColumn.Progress, "is blank; the import never deletes a progress note — earlier notes stay in the history");
            }

            if (text.Length > 0 && !Same(text, expected) && !Same(text, latest))
            {
                note = text;
            }
        }

        string? remark = null;
        if (Cell(row, LedgerColumn.Remarks, out var remarksCell))
        {
            var text = CellValues.Text(remarksCell);
            var expected = Expected(LedgerColumn.Remarks, finding, row);
            if (text.Length > 0 && !Same(text, expected))
            {
                // The writer fills 备注 with the deadline extensions; what a unit adds after them is its remark.
                var added = expected.Length > 0 && text.StartsWith(expected, StringComparison.Ordinal) ? text[expected.Length..].Trim() : text;
                if (added.Length > 0 && !r.Progress.Any(p => p.Note is { } n && CellValues.Text(n).Contains(added, StringComparison.Ordinal)))
                {
                    remark = added;
                }
            }
        }

        if (!OfficeFields(row, finding, r, out var office))
        {
            return null;
        }

        var newStatus = status ?? r.Status;
        var needsEntry = note is not null || remark is not null || status is RectificationStatus.Open or RectificationStatus.InProgress;
        if (status is null && completed is null && closed is null && measures is null && !needsEntry && !office.Any)
        {
            unchanged.Add(id);
            return null;
        }

        var progress = r.Progress;
        // A status change to open or in progress is a progress entry too: the ledger shows the status of the
        // latest entry, so without one the change would not survive the next ledger.
        if (needsEntry)
        {
            if (!ReportDate(row, out var date, out var dateProblem))
            {
                return Record(dateProblem!);
            }

            if (r.Progress.Count > 0 && r.Progress[^1].Date > date)
            {
                return Conflict(id, row, note is not null ? LedgerColumn.Progress : remark is not null ? LedgerColumn.Remarks : LedgerColumn.Status, string.Create(
                    CultureInfo.InvariantCulture,
                    $"the round already has a progress entry dated {r.Progress[^1].Date:uuuu-MM-dd}, after this row's report date {date:uuuu-MM-dd}; the row was not applied, so nothing newer is overwritten"));
            }

            var text = note;
            if (remark is not null)
            {
                var prefix = LedgerText.Header(LedgerColumn.Remarks, language) + (language == Language.English ? ": " : "：");
                text = text is null ? prefix + remark : text + "\n" + prefix + remark;
            }

            progress = progress.Add(new ProgressEntry { Date = date, Status = newStatus, Note = text });
        }

        var changed = r with
        {
            Status = newStatus,
            CompletedOn = completed ?? r.CompletedOn,
            ClosedOn = closed ?? r.ClosedOn,
            Measures = measures ?? r.Measures,
            Progress = progress,
            Evidence = office.Evidence is { } newEvidence ? [.. r.Evidence, .. newEvidence] : r.Evidence,
            Verification = office.Verification ?? r.Verification,
        };
        if (status is { } s2)
        {
            changes.Add(Change(id, row, LedgerColumn.Status, Vocabulary.Code(r.Status), Vocabulary.Code(s2)));
        }

        if (completed is { } done)
        {
            changes.Add(Change(id, row, LedgerColumn.CompletedOn, Iso(r.CompletedOn), Iso(done)));
        }

        if (closed is { } shut)
        {
            changes.Add(Change(id, row, LedgerColumn.ClosedOn, Iso(r.ClosedOn), Iso(shut)));
        }

        if (measures is not null)
        {
            changes.Add(Change(id, row, LedgerColumn.Measures, r.Measures, measures));
        }

        if (note is not null)
        {
            changes.Add(Change(id, row, LedgerColumn.Progress, latest, note));
        }

        if (remark is not null)
        {
            changes.Add(Change(id, row, LedgerColumn.Remarks, null, remark));
        }

        RecordOfficeChanges(row, finding, r, office, changes);
        return finding with
        {
            Rectification = changed,
            SupervisingLeaderId = office.Leader ?? finding.SupervisingLeaderId,
            LeadOfficeId = office.Office ?? finding.LeadOfficeId,
        };
    }

    // A date column: false when the row is rejected or in conflict (recorded here), else the new date or null.
    private bool DateChange(ReturnedRow row, Finding finding, LedgerColumn column, LocalDate? current, string what, out LocalDate? change)
    {
        change = null;
        if (!Cell(row, column, out var value))
        {
            return true;
        }

        var expected = ledger.DateOf(column, finding);
        if (!CellValues.TryDate(value, round.Period, out var date, out var error))
        {
            rejected.Add(Issue(finding.Id, row, column, error!));
            return false;
        }

        if (date is null)
        {
            if (expected is not null)
            {
                rejected.Add(Issue(finding.Id, row, column, $"is blank; the import never clears a {what} the round records"));
                return false;
            }

            return true;
        }

        if (date == expected || date == current)
        {
            return true;
        }

        if (current is { } recorded && recorded != expected)
        {
            // The round's date is after the ledger's as-of date: someone recorded it after the ledger went out.
            conflicts.Add(Issue(finding.Id, row, column, string.Create(
                CultureInfo.InvariantCulture,
                $"the round already records a {what} ({recorded:uuuu-MM-dd}) entered after the ledger's date {ledgerAsOf:uuuu-MM-dd}; the file's {date:uuuu-MM-dd} was not applied, nor the rest of the row")));
            return false;
        }

        change = date;
        return true;
    }

    private bool ReportDate(ReturnedRow row, out LocalDate date, out Diagnostic? problem)
    {
        date = options.ReportedOn;
        problem = null;
        if (sheet.ProgressDateColumn is not { } column || row[column] == CellValues.Covered)
        {
            return true;
        }

        if (!CellValues.TryDate(row[column], round.Period, out var parsed, out var error))
        {
            var id = CellValues.Text(row[sheet.Columns[LedgerColumn.FindingId]]);
            problem = Diagnostic.Error("rejected-row", error!, sheet.Location(row.Number, column, id));
            return false;
        }

        date = parsed ?? options.ReportedOn;
        return true;
    }

    // Every changed finding is checked with the rules of the round's JSON (DESIGN §4). Findings are checked
    // independently of each other, so one validation of the round with every candidate in it finds each
    // candidate's problems; a candidate with an error is dropped whole.
    private void Validate(Dictionary<int, (int Row, Finding Finding, List<AppliedChange> Changes)> candidates)
    {
        if (candidates.Count == 0)
        {
            return;
        }

        var findings = round.Findings.AsImmutableArray().ToBuilder();
        foreach (var (i, candidate) in candidates)
        {
            findings[i] = candidate.Finding;
        }

        var report = RoundValidator.Validate(round with { Findings = findings.MoveToImmutable() }, options.Analytics.Calendar);
        var failed = new HashSet<int>();
        foreach (var problem in report.Errors)
        {
            if (!TryFindingIndex(problem.Location.Path!, out var i, out var rest) || !candidates.TryGetValue(i, out var candidate) || !failed.Add(i))
            {
                continue;
            }

            var column = ColumnOfPath(rest);
            rejected.Add(Issue(candidate.Finding.Id, candidate.Row, column, $"{problem.Message} (rule {problem.Code}; {problem.Location.Path})"));
        }

        foreach (var i in failed)
        {
            candidates.Remove(i);
        }
    }

    private static bool TryFindingIndex(string path, out int index, out string rest)
    {
        const string Prefix = "$.findings[";
        index = -1;
        rest = string.Empty;
        if (!path.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        var close = path.IndexOf(']', Prefix.Length);
        if (close < 0 || !int.TryParse(path.AsSpan(Prefix.Length, close - Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out index))
        {
            return false;
        }

        rest = path[(close + 1)..];
        return true;
    }

    private LedgerColumn ColumnOfPath(string rest)
    {
        var column = rest switch
        {
            _ when rest.StartsWith(".rectification.completedOn", StringComparison.Ordinal) => LedgerColumn.CompletedOn,
            _ when rest.StartsWith(".rectification.closedOn", StringComparison.Ordinal) => LedgerColumn.ClosedOn,
            _ when rest.StartsWith(".rectification.measures", StringComparison.Ordinal) => LedgerColumn.Measures,
            _ when rest.StartsWith(".rectification.progress", StringComparison.Ordinal) => LedgerColumn.Progress,
            _ when rest.StartsWith(".rectification.evidence", StringComparison.Ordinal) => LedgerColumn.Evidence,
            _ when rest.StartsWith(".rectification.verification.on", StringComparison.Ordinal) => LedgerColumn.VerifiedOn,
            _ when rest.StartsWith(".rectification.verification", StringComparison.Ordinal) => LedgerColumn.VerifiedBy,
            _ when rest.StartsWith(".supervisingLeader", StringComparison.Ordinal) => LedgerColumn.SupervisingLeader,
            _ when rest.StartsWith(".leadOffice", StringComparison.Ordinal) => LedgerColumn.LeadOffice,
            _ => LedgerColumn.Status,
        };
        return sheet.Columns.ContainsKey(column) ? column : LedgerColumn.Status;
    }

    private bool Cell(ReturnedRow row, LedgerColumn column, out object? value)
    {
        value = null;
        if (!sheet.Columns.TryGetValue(column, out var c) || row[c] == CellValues.Covered)
        {
            return false;
        }

        value = row[c];
        return true;
    }

    private string Expected(LedgerColumn column, Finding finding, ReturnedRow row)
    {
        var c = sheet.Columns[column];
        return CellValues.Text(ledger.TextOf(column, finding, sheet.Name, c + 1, row.Number));
    }

    private static bool Same(string text, string? other) =>
        other is not null && string.Equals(text, CellValues.Text(other), StringComparison.Ordinal);

    private static string? LatestNote(Rectification r)
    {
        for (var i = r.Progress.Count - 1; i >= 0; i--)
        {
            if (!string.IsNullOrWhiteSpace(r.Progress[i].Note))
            {
                return r.Progress[i].Note;
            }
        }

        return null;
    }

    private static string? Iso(LocalDate? date) => date?.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    private AppliedChange Change(string id, ReturnedRow row, LedgerColumn column, string? old, string? value) => new()
    {
        FindingId = id,
        Field = Field(column),
        Cell = sheet.Cell(row.Number, sheet.Columns[column]),
        Old = old,
        New = value,
    };

    private Diagnostic Issue(string id, ReturnedRow row, LedgerColumn column, string reason, string code = "rejected-row") =>
        Issue(id, row.Number, column, reason, code);

    private Diagnostic Issue(string id, int row, LedgerColumn column, string reason, string code = "rejected-row") =>
        Diagnostic.Error(code, reason, sheet.Location(row, sheet.Columns[column], id));

    private Finding? Reject(string id, ReturnedRow row, LedgerColumn column, string reason)
    {
        rejected.Add(Issue(id, row, column, reason));
        return null;
    }

    private Finding? Record(Diagnostic issue)
    {
        rejected.Add(issue);
        return null;
    }

    private Finding? Conflict(string id, ReturnedRow row, LedgerColumn column, string reason)
    {
        conflicts.Add(Issue(id, row, column, reason, "conflict"));
        return null;
    }
}
