using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using NodaTime;
using Supervision.Reporting.Analytics;
using Supervision.Reporting.Domain;
using Supervision.Reporting.IO;
using Supervision.Reporting.Rendering.Excel;
using Supervision.Reporting.Rendering.Pdf.Bulletins;
using Supervision.Reporting.Rendering.Pdf.Bulletins.Content;
using Supervision.Reporting.Rendering.Pdf.Layout;
using Supervision.Reporting.Rendering.Pdf.Text;
using Supervision.Reporting.Rendering.Word;

namespace Supervision.Reporting.Rendering;

// Writes the 督办通知 of a round into a folder. The overdue set is RoundAnalytics' own (RoundStatistics.OverdueFindings),
// grouped by responsible unit; file numbers are the split ledgers' (LedgerSplitter.Scopes), so a unit's notice and
// its list share a number. All files appear together or none: each is rendered in memory, written to a hidden
// temporary file in the folder, and moved into place only when every notice and the manifest are complete.
internal sealed class NoticeSetWriter(SupervisionRound round, string directory, NoticeOptions options, IProgress<WriteProgress>? progress)
{
    private readonly string _directory = Path.GetFullPath(directory);

    public LocalDate ReplyBy => options.ReplyBy ?? options.Document.Analytics.Calendar.AddWorkingDays(options.AsOf, options.ReplyWorkingDays);

    // The notices to write: per unit (in the split ledgers' order) its overdue and due-soon findings.
    internal List<(int Number, int Count, Unit Unit, List<NoticeComposer.Item> Overdue, List<NoticeComposer.Item> DueSoon, int Assigned)> Plan(out List<string> unassigned)
    {
        var asOf = options.AsOf;
        var analytics = options.Document.Analytics;
        var calendar = analytics.Calendar;
        var statistics = RoundAnalytics.Compute(round, asOf, analytics);
        var overdueByUnit = new Dictionary<string, List<NoticeComposer.Item>>(StringComparer.Ordinal);
        unassigned = [];
        foreach (var overdue in statistics.OverdueFindings)
        {
            var finding = round.FindFinding(overdue.FindingId)!;
            if (finding.ResponsibleUnitId is not { } unitId)
            {
                unassigned.Add(finding.Id);
                continue;
            }

            if (!overdueByUnit.TryGetValue(unitId, out var list))
            {
                overdueByUnit[unitId] = list = [];
            }

            list.Add(new NoticeComposer.Item(finding, overdue.EffectiveDeadline, overdue.WorkingDaysOverdue));
        }

        // One pass over the findings of the late units: the count assigned to each (for the lead) and those due soon.
        var assigned = new Dictionary<string, int>(StringComparer.Ordinal);
        var dueSoon = new Dictionary<string, List<NoticeComposer.Item>>(StringComparer.Ordinal);
        foreach (var finding in round.Findings)
        {
            if (finding.ResponsibleUnitId is not { } unitId || !overdueByUnit.ContainsKey(unitId)
                || !finding.IsViolation || finding.FoundOn > asOf || finding.Rectification is not { } r)
            {
                continue;
            }

            assigned[unitId] = assigned.GetValueOrDefault(unitId) + 1;
            if (options.IncludeDueSoon && RoundAnalytics.LightOf(finding, asOf, analytics) == DeadlineLight.Yellow
                && r.EffectiveDeadline(asOf, calendar) is { } deadline)
            {
                if (!dueSoon.TryGetValue(unitId, out var soon))
                {
                    dueSoon[unitId] = soon = [];
                }

                soon.Add(new NoticeComposer.Item(finding, deadline, calendar.CountWorkingDays(asOf, deadline)));
            }
        }

        var scopes = LedgerSplitter.Scopes(round, LedgerSplit.ResponsibleUnit);
        var plan = new List<(int, int, Unit, List<NoticeComposer.Item>, List<NoticeComposer.Item>, int)>();
        for (var i = 0; i < scopes.Count; i++)
        {
            var key = scopes[i].Scope.Key;
            if (overdueByUnit.TryGetValue(key, out var overdue))
            {
                plan.Add((i + 1, scopes.Count, round.FindUnit(key)!, overdue, dueSoon.GetValueOrDefault(key) ?? [], assigned.GetValueOrDefault(key)));
            }
        }

        return plan;
    }

    public async Task<NoticeSetResult> WriteAsync(CancellationToken cancellationToken)
    {
        var format = options.Document.Format;
        var extension = format == BulletinFormat.Word ? ".docx" : ".pdf";
        var replyBy = ReplyBy;
        var plan = Plan(out var unassigned);
        Directory.CreateDirectory(_directory);
        var written = new List<(string Temp, string Target)>();
        var files = new List<NoticeFile>();
        try
        {
            for (var n = 0; n < plan.Count; n++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                progress?.Report(new WriteProgress("writing notices", n, plan.Count));
                var (number, count, unit, overdue, dueSoon, assigned) = plan[n];
                var documentNumber = options.Document.DocumentNumber?.Replace("{n}", (n + 1).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
                var content = NoticeComposer.Compose(round, unit, overdue, dueSoon, assigned, documentNumber, replyBy, options);
                var fileName = SplitFileNames.For(number, count, unit.Name, extension);
                var temp = TempPath(fileName);
                written.Add((temp, Path.Combine(_directory, fileName)));
                BulletinResult result;
                using (var buffer = new MemoryStream())
                {
                    result = Render(content, buffer);
                    var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true);
                    await using (stream.ConfigureAwait(false))
                    {
                        buffer.Position = 0;
                        await buffer.CopyToAsync(stream, cancellationToken).ConfigureAwait(false);
                        stream.Flush(flushToDisk: true);
                    }
                }

                files.Add(new NoticeFile
                {
                    UnitId = unit.Id,
                    UnitName = unit.Name,
                    FileName = fileName,
                    FindingIds = [.. overdue.Select(i => i.Finding.Id)],
                    DueSoonIds = [.. dueSoon.Select(i => i.Finding.Id)],
                    ReplyBy = replyBy,
                    DocumentNumber = documentNumber,
                    Document = result,
                });
            }

            var set = new NoticeSetResult
            {
                AsOf = options.AsOf,
                ReplyBy = replyBy,
                Format = format,
                Files = [.. files],
                UnassignedFindingIds = [.. unassigned],
            };
            var manifest = TempPath(NoticeSetResult.ManifestFileName);
            written.Add((manifest, Path.Combine(_directory, NoticeSetResult.ManifestFileName)));
            var manifestStream = new FileStream(manifest, FileMode.CreateNew, FileAccess.Write, FileShare.None, 4096, useAsync: true);
            await using (manifestStream.ConfigureAwait(false))
            {
                WriteManifest(set, manifestStream);
                manifestStream.Flush(flushToDisk: true);
            }

            cancellationToken.ThrowIfCancellationRequested();
            foreach (var (temp, target) in written)
            {
                File.Move(temp, target, overwrite: true);
            }

            progress?.Report(new WriteProgress("writing notices", plan.Count, plan.Count));
            return set;
        }
        catch
        {
            foreach (var (temp, _) in written)
            {
                try
                {
                    File.Delete(temp);
                }
                catch (IOException)
                {
                    // Best effort: the original error is the one to report.
                }
                catch (UnauthorizedAccessException)
                {
                    // As above.
                }
            }

            throw;
        }
    }

    // The bulletins' two renderers over the one content model (Bulletin.Render does the same for a bulletin).
    private BulletinResult Render(BulletinContent content, MemoryStream buffer)
    {
        var spec = options.Document;

        // PDFsharp formats its XMP dates with the current culture: render invariant.
        using (InvariantCultureScope.Enter())
        {
            if (spec.Format == BulletinFormat.Word)
            {
                var word = WordRenderer.Render(content, spec.SealPng.IsEmpty ? null : [.. spec.SealPng], buffer, WordRenderOptions.Default);
                return new BulletinResult(spec.Format, 0, [.. word.Warnings.Select(w => Diagnostic.Warning("word", w, DiagnosticLocation.Element("document")))]);
            }

            var document = BulletinLayout.Document(content, spec.SealPng);
            var rendered = PdfRenderer.Render(document, buffer, new RenderOptions(spec.Fonts, spec.UseSystemFonts));
            return new BulletinResult(spec.Format, rendered.PageCount, [.. rendered.Warnings.Select(w => w.ToDiagnostic())]);
        }
    }

    private string TempPath(string fileName) => Path.Combine(_directory, $".{fileName}.{Guid.NewGuid():N}.tmp");

    private void WriteManifest(NoticeSetResult set, Stream output)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions
        {
            Indented = true,

            // Unit names stay readable for the office system that mails the files.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        });
        json.WriteStartObject();
        json.WriteString("round", round.Id);
        json.WriteString("asOf", Iso(set.AsOf));
        json.WriteString("replyBy", Iso(set.ReplyBy));
        json.WriteString("format", set.Format == BulletinFormat.Word ? "docx" : "pdf");
        json.WriteStartArray("unassignedFindings");
        foreach (var id in set.UnassignedFindingIds)
        {
            json.WriteStringValue(id);
        }

        json.WriteEndArray();
        json.WriteStartArray("files");
        foreach (var file in set.Files)
        {
            json.WriteStartObject();
            json.WriteString("id", file.UnitId);
            json.WriteString("name", file.UnitName);
            json.WriteString("file", file.FileName);
            if (file.DocumentNumber is { } number)
            {
                json.WriteString("documentNumber", number);
            }

            json.WriteString("replyBy", Iso(file.ReplyBy));
            json.WriteStartArray("findings");
            foreach (var id in file.FindingIds)
            {
                json.WriteStringValue(id);
            }

            json.WriteEndArray();
            json.WriteStartArray("dueSoon");
            foreach (var id in file.DueSoonIds)
            {
                json.WriteStringValue(id);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}
