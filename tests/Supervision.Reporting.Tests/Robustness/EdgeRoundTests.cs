using NodaTime;
using Supervision.Reporting.Analytics;
using Supervision.Reporting.Domain;
using Supervision.Reporting.Rendering.Excel;
using Supervision.Reporting.Rendering.Pdf.Bulletins;
using Supervision.Reporting.Serialization;
using Supervision.Reporting.Tests.Support;
using Supervision.Reporting.Validation;

namespace Supervision.Reporting.Tests.Robustness;

// DESIGN §10: huge text, rare characters, emoji, empty rounds and a round with one finding go through
// every output — statistics, JSON, ledger and the three bulletins — without a crash or a lost character.
public sealed class EdgeRoundTests
{
    private static readonly LocalDate AsOf = TestRounds.D(11, 30);

    public static TheoryData<string> Rounds() => ["empty", "one", "rare-and-huge"];

    private static SupervisionRound Round(string name)
    {
        var minimal = TestRounds.Minimal();
        return name switch
        {
            "empty" => minimal with { Findings = [], Measures = [], Notices = [], Inspections = [] },
            "one" => minimal,
            _ => minimal.WithFinding(f => f with
            {
                Summary = "检查站𠮷某处䶮姓人员未登记😀",
                Description = string.Concat(Enumerable.Repeat("工作人员落实防疫措施不严格不到位，未对过往车辆应检尽检。", 600)),
            }),
        };
    }

    [Theory]
    [MemberData(nameof(Rounds))]
    public void EveryOutput_EdgeRound_IsProduced(string name)
    {
        var round = Round(name);
        RoundValidator.Validate(round).HasErrors.Should().BeFalse();

        RoundJson.Parse(RoundJson.Serialize(round)).Value.Should().Be(round);
        var statistics = RoundAnalytics.Compute(round, AsOf);
        statistics.Findings.Should().Be(round.Findings.Count);

        using (var ledger = new MemoryStream())
        {
            RectificationLedger.Write(round, ledger, new LedgerOptions { AsOf = AsOf });
            ledger.Length.Should().BePositive();
        }

        foreach (var kind in new[] { BulletinKind.Statistics, BulletinKind.Daily })
        {
            using var pdf = new MemoryStream();
            Bulletin.Write(round, pdf, new BulletinSpec { Kind = kind, AsOf = AsOf, UseSystemFonts = false }).PageCount.Should().BePositive();
        }
    }

    [Fact]
    public void TypicalCaseBulletin_EmptyRound_IsAClearError()
    {
        var act = () => Bulletin.Write(Round("empty"), Stream.Null, new BulletinSpec { UseSystemFonts = false });

        act.Should().Throw<InvalidInputException>().Which.Report.Errors.Single().Code.Should().Be("no-cases");
    }

    [Fact]
    public void TypicalCaseBulletin_RareCharactersAndEmoji_AreKeptOrReported()
    {
        using var pdf = new MemoryStream();

        var result = Bulletin.Write(Round("rare-and-huge"), pdf, new BulletinSpec { CaseIds = ["f001"], UseSystemFonts = false });

        result.PageCount.Should().BeGreaterThan(5, "a 16,000-character description runs over pages");
        var text = new Rendering.Bulletins.PdfReadBack(pdf.ToArray()).Text;
        foreach (var c in new[] { "𠮷", "䶮", "😀" })
        {
            var codePoint = char.ConvertToUtf32(c, 0);
            var reported = result.Warnings.Any(w => w.Message.Contains($"U+{codePoint:X4}", StringComparison.Ordinal));
            (text.Contains(c, StringComparison.Ordinal) || reported).Should().BeTrue($"{c} is either drawn or reported");
        }
    }
}
