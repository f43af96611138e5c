using System.Globalization;
using NodaTime;
using Supervision.Reporting.Domain;

namespace Supervision.Reporting.Rendering.Excel.Import;

// The office fields of a row (分管领导, 牵头科室, 佐证材料, 验收): read, compared with what the ledger wrote, and
// turned into changes. Like the other columns, a blank never clears a recorded value, and a returned name is
// resolved to an id of the round (messages never quote it: it is personal data or a typo of it).
internal sealed partial class LedgerImporter
{
    private readonly record struct OfficeChange(string? Leader, string? Office, List<EvidenceItem>? Evidence, ClosureVerification? Verification)
    {
        public bool Any => Leader is not null || Office is not null || Evidence is not null || Verification is not null;
    }

    // False when the row is rejected (recorded here).
    private bool OfficeFields(ReturnedRow row, Finding finding, Rectification r, out OfficeChange change)
    {
        change = default;
        var id = finding.Id;
        string? leader = null, office = null;
        if (Cell(row, LedgerColumn.SupervisingLeader, out var leaderCell)
            && !Reference(row, finding, LedgerColumn.SupervisingLeader, leaderCell, finding.SupervisingLeaderId, ResolvePerson, "a person of the round ($.people)", out leader))
        {
            return false;
        }

        if (Cell(row, LedgerColumn.LeadOffice, out var officeCell)
            && !Reference(row, finding, LedgerColumn.LeadOffice, officeCell, finding.LeadOfficeId, ResolveUnit, "a unit of the round ($.units)", out office))
        {
            return false;
        }

        List<EvidenceItem>? evidence = null;
        if (Cell(row, LedgerColumn.Evidence, out var evidenceCell))
        {
            var known = new HashSet<string>(StringComparer.Ordinal);
            foreach (var item in r.Evidence)
            {
                known.Add(CellValues.Text(LedgerWriter.EvidenceLine(item, sheet.Language)));
            }

            foreach (var line in Expected(LedgerColumn.Evidence, finding, row).Split('\n'))
            {
                known.Add(line.Trim());
            }

            foreach (var raw in CellValues.Text(evidenceCell).Split('\n'))
            {
                var line = raw.Trim();
                if (line.Length == 0 || !known.Add(line))
                {
                    continue;
                }

                if (!TryEvidence(line, out var item, out var error))
                {
                    rejected.Add(Issue(id, row, LedgerColumn.Evidence, error!));
                    return false;
                }

                // The same item typed another way ("2022年11月19日" for the writer's "2022-11-19") is not a new one.
                if (!r.Evidence.Contains(item) && evidence?.Contains(item) != true)
                {
                    (evidence ??= []).Add(item);
                }
            }
        }

        ClosureVerification? verification = null;
        var hasBy = Cell(row, LedgerColumn.VerifiedBy, out var byCell);
        var hasOn = Cell(row, LedgerColumn.VerifiedOn, out var onCell);
        if (hasBy || hasOn)
        {
            string? by = null;
            LocalDate? on = null;
            if (hasBy)
            {
                var text = CellValues.Text(byCell);
                var expected = Expected(LedgerColumn.VerifiedBy, finding, row);
                if (text.Length == 0 && expected.Length > 0)
                {
                    rejected.Add(Issue(id, row, LedgerColumn.VerifiedBy, "is blank; the import never clears a recorded verification"));
                    return false;
                }

                by = text.Length > 0 && !Same(text, expected) && !Same(text, r.Verification?.By) ? text : null;
            }

            if (hasOn)
            {
                if (!CellValues.TryDate(onCell, round.Period, out var date, out var error))
                {
                    rejected.Add(Issue(id, row, LedgerColumn.VerifiedOn, error!));
                    return false;
                }

                var expected = ledger.DateOf(LedgerColumn.VerifiedOn, finding);
                if (date is null && expected is not null)
                {
                    rejected.Add(Issue(id, row, LedgerColumn.VerifiedOn, "is blank; the import never clears a recorded verification"));
                    return false;
                }

                on = date is { } d && d != expected && d != r.Verification?.On ? d : null;
            }

            if (by is not null || on is not null)
            {
                var newBy = by ?? r.Verification?.By;
                var newOn = on ?? r.Verification?.On;
                if (newBy is null || newOn is null)
                {
                    var missing = newBy is null ? LedgerColumn.VerifiedBy : LedgerColumn.VerifiedOn;
                    rejected.Add(Issue(id, row, sheet.Columns.ContainsKey(missing) ? missing : (by is not null ? LedgerColumn.VerifiedBy : LedgerColumn.VerifiedOn),
                        "a verification needs both who verified (验收人) and when (验收日期); fill in both"));
                    return false;
                }

                verification = new ClosureVerification { By = newBy, On = newOn.Value, Note = r.Verification?.Note };
            }
        }

        change = new OfficeChange(leader, office, evidence, verification);
        return true;
    }

    // A reference column: the id the cell names when it differs from what the ledger wrote, else null.
    private bool Reference(ReturnedRow row, Finding finding, LedgerColumn column, object? cell, string? current, Func<string, string?> resolve, string what, out string? change)
    {
        change = null;
        var text = CellValues.Text(cell);
        var expected = Expected(column, finding, row);
        if (text.Length == 0)
        {
            if (expected.Length > 0)
            {
                rejected.Add(Issue(finding.Id, row, column, $"is blank; the import never clears a recorded {LedgerText.Header(column, Language.English).ToLowerInvariant()}"));
                return false;
            }

            return true;
        }

        if (Same(text, expected))
        {
            return true;
        }

        if (resolve(text) is not { } resolved)
        {
            rejected.Add(Issue(finding.Id, row, column, $"names no single {what}: write the full name or the id of exactly one"));
            return false;
        }

        change = string.Equals(resolved, current, StringComparison.Ordinal) ? null : resolved;
        return true;
    }

    private string? ResolvePerson(string text)
    {
        if (round.FindPerson(text) is { } byId)
        {
            return byId.Id;
        }

        string? match = null;
        foreach (var person in round.People)
        {
            if (string.Equals(CellValues.Text(person.Name), text, StringComparison.Ordinal))
            {
                if (match is not null)
                {
                    return null;
                }

                match = person.Id;
            }
        }

        return match;
    }

    private string? ResolveUnit(string text)
    {
        if (round.FindUnit(text) is { } byId)
        {
            return byId.Id;
        }

        string? match = null;
        foreach (var unit in round.Units)
        {
            if (string.Equals(CellValues.Text(unit.Name), text, StringComparison.Ordinal))
            {
                if (match is not null)
                {
                    return null;
                }

                match = unit.Id;
            }
        }

        return match;
    }

    // "title", "title（file）", "title（file，2022-11-18）", "title (2022-11-18)": the writer's EvidenceLine read back.
    private bool TryEvidence(string line, out EvidenceItem item, out string? error)
    {
        error = null;
        item = new EvidenceItem { Title = line };
        var close = line[^1];
        var open = close switch { '）' => line.LastIndexOf('（'), ')' => line.LastIndexOf('('), _ => -1 };
        if (open <= 0)
        {
            return true;
        }

        string? file = null;
        LocalDate? date = null;
        foreach (var raw in line[(open + 1)..^1].Split(['，', ','], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (date is null && LooksLikeDate(raw))
            {
                if (!CellValues.TryDate(raw, round.Period, out var parsed, out error))
                {
                    return false;
                }

                date = parsed;
            }
            else if (file is null)
            {
                file = raw;
            }
            else
            {
                // More than the writer puts in brackets: the brackets are part of the title.
                return true;
            }
        }

        item = new EvidenceItem { Title = line[..open].TrimEnd(), File = file, Date = date };
        return true;
    }

    private static bool LooksLikeDate(string text) =>
        text.Length is >= 8 and <= 11 && text.All(c => char.IsAsciiDigit(c) || c is '-' or '/' or '.' or '年' or '月' or '日')
        && text.Count(char.IsAsciiDigit) >= 6;

    private void RecordOfficeChanges(ReturnedRow row, Finding finding, Rectification r, OfficeChange office, List<AppliedChange> changes)
    {
        var id = finding.Id;
        if (office.Leader is { } leader)
        {
            changes.Add(Change(id, row, LedgerColumn.SupervisingLeader, finding.SupervisingLeaderId, leader));
        }

        if (office.Office is { } unit)
        {
            changes.Add(Change(id, row, LedgerColumn.LeadOffice, finding.LeadOfficeId, unit));
        }

        foreach (var item in office.Evidence ?? [])
        {
            changes.Add(Change(id, row, LedgerColumn.Evidence, null, LedgerWriter.EvidenceLine(item, Language.ZhHans)));
        }

        if (office.Verification is { } v)
        {
            var column = sheet.Columns.ContainsKey(LedgerColumn.VerifiedOn) ? LedgerColumn.VerifiedOn : LedgerColumn.VerifiedBy;
            changes.Add(Change(id, row, column, Describe(r.Verification), Describe(v)));
        }
    }

    // Change reports carry ids and dates, not the verifier's text (it may name a person).
    private static string? Describe(ClosureVerification? v) =>
        v?.On.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}
