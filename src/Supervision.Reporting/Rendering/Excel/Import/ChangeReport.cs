using System.Globalization;
using NodaTime;
using Supervision.Reporting.IO;

namespace Supervision.Reporting.Rendering.Excel.Import;

/// <summary>
/// What importing a returned ledger did (docs/import.md): the changes applied, the rows left unchanged, the rows
/// rejected with <c>sheet!cell</c> and the reason, ids not in the round, findings missing from the file,
/// formula cells (reported, never evaluated) and conflicts with newer data in the round.
/// </summary>
public sealed record ChangeReport
{
    /// <summary>The detail sheet read (整改台账).</summary>
    public required string Sheet { get; init; }

    /// <summary>The ledger's as-of date, from its subtitle (截至…), else from the options.</summary>
    public required LocalDate LedgerAsOf { get; init; }

    /// <summary>The date progress notes were recorded with when a row has no progress date of its own.</summary>
    public required LocalDate ReportedOn { get; init; }

    /// <summary>The returned files read by a batch import, in the order given; empty for a single-file import.</summary>
    public EquatableArray<string> Files { get; init; } = [];

    /// <summary>The rows read that carry a finding id or any other content (blank rows are not counted).</summary>
    public int Rows { get; init; }

    /// <summary>Every field changed, row by row in file order.</summary>
    public EquatableArray<AppliedChange> Applied { get; init; } = [];

    /// <summary>The ids of the rows that matched a finding and changed nothing.</summary>
    public EquatableArray<string> Unchanged { get; init; } = [];

    /// <summary>Rows not applied at all because a cell could not be read or the changed finding broke a rule of the data format (docs/data-format.md).</summary>
    public EquatableArray<Diagnostic> Rejected { get; init; } = [];

    /// <summary>Rows whose id is not a finding of the round, or that have no id.</summary>
    public EquatableArray<Diagnostic> UnknownIds { get; init; } = [];

    /// <summary>The ids of the ledger's findings (violations found on or before the ledger's as-of date) that have no row in the file.</summary>
    public EquatableArray<string> Missing { get; init; } = [];

    /// <summary>Cells holding formulas; their values are never used for the fields imported.</summary>
    public EquatableArray<Diagnostic> Formulas { get; init; } = [];

    /// <summary>Rows not applied because the round already holds newer data than the file (e.g. a later progress entry).</summary>
    public EquatableArray<Diagnostic> Conflicts { get; init; } = [];

    /// <summary>
    /// Cells of columns the import does not change (责任单位, 整改时限, 问题描述 …) whose content differs from what the
    /// ledger showed: the unit's edit is not applied, and is listed here so that it is not lost unseen.
    /// </summary>
    public EquatableArray<Diagnostic> IgnoredEdits { get; init; } = [];

    /// <summary>Remarks about the file as a whole (a missing subtitle, merged cells spread over rows).</summary>
    public EquatableArray<string> Notes { get; init; } = [];

    /// <summary>The number of findings changed.</summary>
    public int ChangedFindings => Applied.Select(c => c.FindingId).Distinct(StringComparer.Ordinal).Count();

    /// <summary>True when no row was rejected and none conflicted: everything the file says is in the new round.</summary>
    public bool IsComplete => Rejected.Count == 0 && Conflicts.Count == 0;

    /// <summary>One line: the counts of each kind.</summary>
    public string Summary => string.Create(
        CultureInfo.InvariantCulture,
        $"{Sheet}: {Rows} rows; {ChangedFindings} findings changed ({Applied.Count} fields), {Unchanged.Count} unchanged, {Rejected.Count} rejected, {Conflicts.Count} conflicts, {UnknownIds.Count} unknown ids, {Missing.Count} missing, {Formulas.Count} formula cells, {IgnoredEdits.Count} edits in columns not imported.");

    /// <summary>Writes the report as JSON (UTF-8, camelCase, indented) to a stream, which is left open.</summary>
    /// <param name="output">The stream.</param>
    /// <exception cref="ArgumentNullException"><paramref name="output"/> is null.</exception>
    public void WriteJson(Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        ChangeReportJson.Write(this, output);
    }

    /// <summary>Writes the report as JSON to a file atomically: the file appears whole or not at all.</summary>
    /// <param name="path">The file to write (replaced when it exists).</param>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or empty.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public void WriteJsonFile(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        AtomicFile.Write(path, stream => ChangeReportJson.Write(this, stream));
    }

    /// <summary>The report as a JSON string.</summary>
    public string ToJson()
    {
        using var stream = new MemoryStream();
        ChangeReportJson.Write(this, stream);
        return System.Text.Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    // Every issue as one list, errors first, for the import's diagnostic report.
    internal IEnumerable<Diagnostic> Diagnostics() => Rejected.Concat(UnknownIds).Concat(Conflicts).Concat(Formulas).Concat(IgnoredEdits);
}
