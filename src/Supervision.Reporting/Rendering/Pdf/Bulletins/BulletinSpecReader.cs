using System.Collections.Immutable;
using System.Text.Json;
using Supervision.Reporting.Privacy;
using Supervision.Reporting.Serialization;

namespace Supervision.Reporting.Rendering.Pdf.Bulletins;

internal sealed class BulletinSpecReader(string? baseDirectory) : JsonDocumentReader
{
    // A typical-case bulletin presents a handful of cases (offices print five to twenty); the cap keeps a
    // spec from multiplying the work: 100,000 listed ids built a 68,752-page, 5.9 GB PDF.
    internal const int MaxCaseIds = 100;

    public BulletinSpec? Read(JsonElement root)
    {
        const string path = "$";
        if (!IsObject(root, path))
        {
            return null;
        }

        var spec = new BulletinSpec();
        foreach (var p in Properties(root, path))
        {
            var v = p.Value;
            spec = p.Name switch
            {
                "kind" => spec with { Kind = Code<BulletinKind>(v, path, p.Name) ?? spec.Kind },
                "authorityMark" => spec with { AuthorityMark = Strings(v, path, p.Name) },
                "markSuffix" => spec with { MarkSuffix = String(v, path, p.Name) },
                "documentNumber" => spec with { DocumentNumber = String(v, path, p.Name) },
                "issueNumber" => spec with { IssueNumber = Positive(v, path, p.Name) },
                "title" => spec with { Title = String(v, path, p.Name) },
                "recipients" => spec with { Recipients = String(v, path, p.Name) },
                "preamble" => spec with { Preamble = Strings(v, path, p.Name) },
                "requirements" => spec with { Requirements = Strings(v, path, p.Name) },
                "caseIds" => spec with { CaseIds = CaseIds(v, path, p.Name) },
                "caseSelection" => spec with { CaseSelection = Code<CaseSelection>(v, path, p.Name) ?? spec.CaseSelection },
                "asOf" => spec with { AsOf = Date(v, path, p.Name) },
                "reportDate" => spec with { ReportDate = Date(v, path, p.Name) },
                "signatory" => spec with { Signatory = Strings(v, path, p.Name) },
                "date" => spec with { Date = Date(v, path, p.Name) },
                "copyTo" => spec with { CopyTo = String(v, path, p.Name) },
                "superior" => spec with { Superior = String(v, path, p.Name) },
                "titleNumerals" => spec with { TitleNumerals = Code<TitleNumerals>(v, path, p.Name) ?? spec.TitleNumerals },
                "typicalCasesNotice" => spec with { TypicalCasesNotice = String(v, path, p.Name) },
                "tables" => spec with { Tables = Code<TablePlacement>(v, path, p.Name) ?? spec.Tables },
                "printedBy" => spec with { PrintedBy = String(v, path, p.Name) },
                "printedOn" => spec with { PrintedOn = Date(v, path, p.Name) },
                "audience" => spec with { Audience = Code<Audience>(v, path, p.Name) ?? spec.Audience },
                "language" => spec with { Language = LanguageTag(v, path, p.Name) ?? spec.Language },
                "sealPng" => spec with { SealPng = Seal(v, path, p.Name) },
                "keepDataAsEntered" => spec with { KeepDataAsEntered = Bool(v, path, p.Name) ?? false },
                _ => Unknown(spec, path, p.Name),
            };
        }

        return spec;
    }

    private BulletinSpec Unknown(BulletinSpec spec, string path, string name)
    {
        Unknown(path, name);
        return spec;
    }

    // Each case is listed once: a repeated id printed the case twice and counted it twice ("关于三起…" for two).
    private EquatableArray<string> CaseIds(JsonElement e, string path, string name)
    {
        var ids = Strings(e, path, name);
        var listPath = JsonPath.Property(path, name);
        if (ids.Count > MaxCaseIds)
        {
            Error(listPath, "limit", $"caseIds lists {ids.Count} findings; a bulletin presents at most {MaxCaseIds} cases");
            return [];
        }

        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        var duplicate = false;
        for (var i = 0; i < ids.Count; i++)
        {
            if (!first.TryAdd(ids[i], i))
            {
                Error(JsonPath.Item(listPath, i), "duplicate-id", $"finding {Validation.RoundRules.Quote(ids[i])} is already listed at {JsonPath.Item(listPath, first[ids[i]])}; each case is listed once");
                duplicate = true;
            }
        }

        return duplicate ? [] : ids;
    }

    private int? Positive(JsonElement e, string path, string name)
    {
        var value = Int(e, path, name);
        if (value is < 1)
        {
            Error(JsonPath.Property(path, name), "range", $"{name} is {value}; it must be at least 1");
            return null;
        }

        return value;
    }

    private EquatableArray<byte> Seal(JsonElement e, string path, string name)
    {
        var file = String(e, path, name);
        if (string.IsNullOrEmpty(file))
        {
            return [];
        }

        var full = Path.IsPathRooted(file) || baseDirectory is null ? file : Path.Combine(baseDirectory, file);
        try
        {
            // Read bounded (a device or a huge file stops at the limit) and checked before any decoder sees it.
            var bytes = Images.SealImage.ReadFile(full, out var tooBig);
            if ((tooBig ?? Images.SealImage.Problem(bytes)) is { } problem)
            {
                Error(JsonPath.Property(path, name), "image", $"the seal image '{file}' {problem}");
                return [];
            }

            return new EquatableArray<byte>(ImmutableArray.Create(bytes!));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Error(JsonPath.Property(path, name), "file", $"the seal image '{file}' cannot be read: {ex.Message}");
            return [];
        }
    }
}
