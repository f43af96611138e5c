using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsCheck;
using DocumentFormat.OpenXml.Packaging;
using Supervision.Reporting.Domain;
using Supervision.Reporting.Privacy;
using Supervision.Reporting.Tests.Cli;
using Supervision.Reporting.Tests.Support;
using UglyToad.PdfPig;

namespace Supervision.Reporting.Tests.Robustness;

// Issue 10, class 11: names that leak. One redaction pass (PersonNaming.Redact) over every text of a public
// output — names written with whitespace inside are matched, a name inside a longer known name is not — and
// messages quote an id or a place, never what was typed into a reference field.
public sealed class RedactionTests : IDisposable
{
    private const string Pool = "张王李赵刘陈杨黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐娟娜伟芳敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华";

    private static readonly Gen<string> Name = Gen.Char[Pool].Array[2, 4].Select(c => new string(c));

    private static readonly Gen<string> Space = Gen.Int[0, 5].Select(i => new[] { " ", "\n", "\u3000", "\r\n", "\t", "  " }[i]);

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("redaction-");

    public void Dispose() => _folder.Delete(recursive: true);

    private static Person P(string name, Disclosure disclosure) => new() { Id = "p-" + name, Name = name, Disclosure = disclosure };

    private static PersonNaming Naming(params Person[] people) => PersonNaming.Public(TestRounds.Minimal() with { People = [.. people] });

    [Fact]
    public void Redact_GeneratedNamesWithWhitespaceInside_Replaced()
    {
        Gen.Select(Name, Gen.Bool, Space.Array[3], Gen.Int[0, 2]).Sample((name, hidden, spaces, where) =>
        {
            var naming = Naming(P(name, hidden ? Disclosure.Hidden : Disclosure.Masked));
            var broken = string.Concat(name.Select((c, i) => i == 0 ? c.ToString() : spaces[i % spaces.Length] + c));
            var text = where switch { 0 => broken + "同志参加会议。", 1 => "经查，" + broken + "未到岗。", _ => "通报：" + broken };

            var redacted = naming.Redact(text);

            string.Concat(redacted.Where(c => !char.IsWhiteSpace(c))).Should().NotContain(name);
            redacted.Should().Contain(hidden ? "相关人员" : ChineseSurnames.SurnameOf(name) + "某");
        }, iter: 300);
    }

    [Fact]
    public void Redact_GeneratedShortNameInsideALongerKnownName_LongerLeftToItsOwnDisclosure()
    {
        Gen.Select(Name.Where(n => n.Length <= 3), Gen.Char[Pool], Gen.Bool).Sample((shortName, extra, longerShown) =>
        {
            var longer = shortName + extra;
            var naming = Naming(P(shortName, Disclosure.Hidden), P(longer, longerShown ? Disclosure.Full : Disclosure.Masked));

            var redacted = naming.Redact($"{longer}在场，{shortName}缺席。");

            redacted.Should().NotContain("相关人员" + extra, "a hidden name inside a longer known name is not replaced there");
            redacted.Should().StartWith(longerShown ? longer : ChineseSurnames.SurnameOf(longer) + "某");
            redacted.Should().EndWith("，相关人员缺席。");
        }, iter: 300);
    }

    [Fact]
    public void Redact_TextWithoutNames_SameInstance()
    {
        Gen.String.Sample(text =>
        {
            var naming = Naming(P("欧阳娜娜", Disclosure.Hidden));
            var clean = text.Replace("欧", string.Empty, StringComparison.Ordinal);

            naming.Redact(clean).Should().BeSameAs(clean);
        }, iter: 200);
    }

    // A round whose title, unit names and spec texts name a hidden person, written with a space inside.
    private (string Round, string Spec, string Hidden) Leaky()
    {
        var round = JsonNode.Parse(File.ReadAllText(Example.Path))!;
        var person = round["people"]![0]!;
        person["disclosure"] = "hidden";
        var name = (string)person["name"]!;
        var spaced = name[0] + " " + name[1..];
        round["title"] = spaced + "专项监督";
        round["units"]![1]!["name"] = name[0] + "\n" + name[1..] + "工作室";
        var roundPath = Path.Combine(_folder.FullName, "round.json");
        File.WriteAllText(roundPath, round.ToJsonString());
        var specPath = Path.Combine(_folder.FullName, "spec.json");
        File.WriteAllText(specPath, JsonSerializer.Serialize(new { preamble = new[] { $"{spaced}同志所在单位…" }, copyTo = $"{name}本人", title = $"关于{spaced}的通报" }));
        return (roundPath, specPath, name);
    }

    [Theory]
    [InlineData("pdf")]
    [InlineData("docx")]
    public void Bulletin_Public_NameInTitleUnitsSpecAndMetadata_Redacted(string format)
    {
        var (round, spec, name) = Leaky();
        var output = Path.Combine(_folder.FullName, "public." + format);

        var result = CliRunner.Run("bulletin", round, "-o", output, "--spec", spec, "--kind", "statistics");

        result.ExitCode.Should().Be(0, result.Error);
        if (format == "pdf")
        {
            using var pdf = PdfDocument.Open(output);
            var text = string.Concat(pdf.GetPages().Select(p => p.Text)).Replace(" ", string.Empty, StringComparison.Ordinal);
            text.Should().NotContain(name).And.Contain("相关人员");
            var info = pdf.Information;
            string.Concat(info.Title, info.Subject, info.Keywords, info.Author, info.Creator).Should().NotContain(name);
            string.Concat(info.Title, info.Subject, info.Keywords, info.Author).Should().NotContain(name[0] + " " + name[1..]);
        }
        else
        {
            using var docx = WordprocessingDocument.Open(output, false);
            var body = docx.MainDocumentPart!.Document.InnerText;
            body.Replace(" ", string.Empty, StringComparison.Ordinal).Should().NotContain(name);
            var core = docx.PackageProperties;
            string.Concat(core.Title, core.Subject, core.Keywords, core.Creator, core.Description).Replace(" ", string.Empty, StringComparison.Ordinal).Should().NotContain(name);
        }
    }

    [Fact]
    public void Ledger_Public_NameInTitleAndUnits_NotInCellsOrCoreProperties()
    {
        var (round, _, name) = Leaky();
        var output = Path.Combine(_folder.FullName, "public.xlsx");

        var result = CliRunner.Run("ledger", round, "-o", output, "--audience", "public");

        result.ExitCode.Should().Be(0, result.Error);
        using var zip = ZipFile.OpenRead(output);
        foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(entry.Open());
            var xml = reader.ReadToEnd().Replace(" ", string.Empty, StringComparison.Ordinal).Replace("\n", string.Empty, StringComparison.Ordinal);
            xml.Should().NotContain(name, entry.FullName);
        }
    }

    [Fact]
    public void Validate_NameTypedIntoAReference_NotEchoed()
    {
        Gen.Select(Name, Gen.Int[0, 40]).Sample((name, finding) =>
        {
            var round = JsonNode.Parse(File.ReadAllText(Example.Path))!;
            round["inspections"]![0]!["group"] = name;
            round["units"]![2]!["parent"] = name + "局";
            round["findings"]![finding]!["responsiblePeople"] = new JsonArray(name);

            var result = RoundJson.Parse(round.ToJsonString());

            result.IsValid.Should().BeFalse();
            result.Report.Diagnostics.Should().Contain(d => d.Code == "reference");
            result.Report.Diagnostics.Should().OnlyContain(d => !d.Message.Contains(name, StringComparison.Ordinal));
        }, iter: 20);
    }
}
