using Supervision.Reporting.Domain;
using Supervision.Reporting.Privacy;
using Supervision.Reporting.Rendering.Pdf.Bulletins;
using Supervision.Reporting.Tests.Support;
using Supervision.Reporting.Validation;

namespace Supervision.Reporting.Tests.Rendering.Bulletins;

public sealed class TypicalCaseBulletinTests
{
    private const double Mm = 72.0 / 25.4;
    private static readonly BulletinSpec Numbered = new() { DocumentNumber = "桂纪通〔2022〕12号", CopyTo = "市委办公室" };

    private static byte[] Render(BulletinSpec spec, SupervisionRound? round = null)
    {
        using var stream = new MemoryStream();
        Bulletin.Write(round ?? Example.Guilin, stream, spec with { UseSystemFonts = false });
        return stream.ToArray();
    }

    [Fact]
    public void Write_Guilin_PartsAppearInDocumentOrder()
    {
        var pdf = new PdfReadBack(Render(Numbered));
        var text = pdf.Text;

        string[] parts =
        [
            "中共桂林市纪律检查委员会", "桂林市监察委员会", "桂纪通〔2022〕12号", "关于5起疫情防控工作中防控措施落实不严等典型问题的通报",
            "各县（市、区）纪委监委，市纪委监委各派驻纪检监察组，各监督检查组：", "现将5起典型问题通报如下：",
            "一、全州县黄沙河镇高速路口疫情防控临时检查站未对过往车辆应检尽检问题。", "二、", "五、", "上述问题反映出",
            "中共桂林市纪律检查委员会桂林市监察委员会2022年11月30日", "抄送：市委办公室", "桂林市纪委监委办公室2022年11月30日印发",
        ];
        var position = -1;
        foreach (var part in parts)
        {
            var next = text.IndexOf(part.Replace("“", string.Empty, StringComparison.Ordinal), position + 1, StringComparison.Ordinal);
            next.Should().BeGreaterThan(position, $"'{part}' comes after the previous part");
            position = next;
        }
    }

    [Fact]
    public void Write_Guilin_CheckpointAndFuneralFacts()
    {
        var text = new PdfReadBack(Render(Numbered)).Text;

        text.Should().Contain("对唐某等4人进行提醒谈话").And.Contain("等5人进行批评教育");
        text.Should().Contain("资源县梅溪镇坪水底村党总支部书记、村民委员会主任刘某对村民丧事").And.Contain("梅溪镇纪委对刘某进行诫勉");
    }

    [Fact]
    public void Write_Public_NoFullNameOfAMaskedPerson_InTextOrMetadata()
    {
        var round = Example.Guilin;
        var pdf = new PdfReadBack(Render(Numbered with { CaseIds = [.. round.Findings.Where(f => f.IsViolation).Take(40).Select(f => f.Id)] }));

        foreach (var person in round.People.Where(p => p.Disclosure != Disclosure.Full))
        {
            pdf.Text.Should().NotContain(person.Name, person.Id);
            pdf.RawInfo.Should().NotContain(person.Name, person.Id);
        }
    }

    [Fact]
    public void Write_Internal_ShowsFullNames()
    {
        var secretary = Example.Guilin.People.Single(p => p.Position?.EndsWith("村党总支部书记、村民委员会主任", StringComparison.Ordinal) == true);

        new PdfReadBack(Render(Numbered with { Audience = Audience.Internal })).TextWithoutPageNumbers.Should().Contain($"对{secretary.Name}进行诫勉");
    }

    [Fact]
    public void Write_CompoundSurname_IsMaskedWhole()
    {
        var round = TestRounds.Minimal();
        var pdf = new PdfReadBack(Render(new BulletinSpec(), round with
        {
            Measures = round.Measures.Add(new AccountabilityMeasure { Id = "m2", PersonId = "p-ouyang", FindingIds = ["f001"], Form = MeasureForm.Admonishment, DecidedOn = TestRounds.D(11, 16), DecidedBy = "某纪委" }),
        }));

        pdf.Text.Should().Contain("对欧阳某进行诫勉").And.NotContain("欧某");
    }

    [Fact]
    public void Write_Metadata_TitleAuthorDate_NoPersonalNames()
    {
        var pdf = new PdfReadBack(Render(Numbered));

        pdf.Title.Should().Be("关于5起疫情防控工作中防控措施落实不严等典型问题的通报");
        pdf.Author.Should().Be("桂林市纪委监委");
        pdf.Subject.Should().Contain("典型问题通报");
        pdf.RawInfo.Should().Contain("20221130");
    }

    [Fact]
    public void Write_BodyLinesFitTheGbT9704TextArea_AndPageNumbersAlternate()
    {
        var pdf = new PdfReadBack(Render(Numbered));

        pdf.Pages.Count.Should().BeGreaterThan(1);
        for (var i = 0; i < pdf.Pages.Count; i++)
        {
            var page = pdf.Pages[i];
            var number = page.Single(l => l.Text == $"—{i + 1}—");
            if ((i + 1) % 2 == 1)
            {
                number.Right.Should().BeGreaterThan(150 * Mm, "odd page numbers sit right");
            }
            else
            {
                number.Left.Should().BeLessThan(60 * Mm, "even page numbers sit left");
            }

            foreach (var line in page.Where(l => l != number))
            {
                line.Left.Should().BeGreaterThanOrEqualTo(28 * Mm - 1);
                line.Right.Should().BeLessThanOrEqualTo((28 + 156) * Mm + 1);
            }
        }
    }

    [Fact]
    public void Write_SameInputs_SameBytes_AlsoInParallel()
    {
        var first = Render(Numbered);
        Render(Numbered).Should().Equal(first);

        var parallel = new byte[20][];
        Parallel.For(0, parallel.Length, i => parallel[i] = Render(Numbered));
        parallel.Should().OnlyContain(bytes => bytes.SequenceEqual(first));
    }

    [Fact]
    public void Write_TypicalBulletin_IsSmall()
    {
        Render(Numbered).Length.Should().BeLessThan(300 * 1024);
    }

    [Fact]
    public void WriteFile_InvalidRound_ThrowsWithReport_AndLeavesNoFile()
    {
        var folder = Directory.CreateTempSubdirectory();
        try
        {
            var path = Path.Combine(folder.FullName, "out.pdf");
            var bad = TestRounds.Minimal().WithFinding(f => f with { UnitId = "nowhere" });

            var act = () => Bulletin.WriteFile(bad, path, new BulletinSpec { UseSystemFonts = false });

            act.Should().Throw<InvalidInputException>().Which.Report.Errors.Should().ContainSingle();
            Directory.GetFiles(folder.FullName).Should().BeEmpty();
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData(Language.ZhHant, "關於5起疫情防控工作中防控措施落實不嚴等典型問題的通報")]
    [InlineData(Language.English, "Notice on 5 Typical Cases of Lax Enforcement of Control Measures and Others in 疫情防控 Work")]
    [InlineData(Language.ZhHans, "关于5起疫情防控工作中防控措施落实不严等典型问题的通报")]
    public void Write_EachLanguage_RendersWithTheBundledFonts_WithoutMissingGlyphs(Language language, string title)
    {
        using var stream = new MemoryStream();

        var result = Bulletin.Write(Example.Guilin, stream, Numbered with { Language = language, UseSystemFonts = false });

        result.Warnings.Should().BeEmpty();
        new PdfReadBack(stream.ToArray()).Text.Replace(" ", string.Empty, StringComparison.Ordinal)
            .Should().Contain(title.Replace(" ", string.Empty, StringComparison.Ordinal));
    }

    [Fact]
    public void Write_FullBodyPages_Hold22LinesOn28CharacterGrid()
    {
        var pdf = new PdfReadBack(Render(Numbered));
        const double linePitch = 225 * Mm / 22;
        var bodyPages = pdf.Pages.Skip(1).Take(pdf.Pages.Count - 2).Select(page => page.Where(l => !l.Text.StartsWith('—')).ToList()).ToList();

        bodyPages.Should().NotBeEmpty();
        bodyPages.Max(p => p.Count).Should().Be(22, "a full body page holds 22 lines");
        foreach (var page in bodyPages)
        {
            page.Count.Should().BeLessThanOrEqualTo(22);
            var top = page[0].Baseline;
            foreach (var line in page)
            {
                var steps = (top - line.Baseline) / linePitch;
                Math.Abs(steps - Math.Round(steps)).Should().BeLessThan(0.02, "every line sits on the grid");
            }
        }

        // Lines of Chinese characters only, that are not a paragraph's last line, hold 28 characters (a line
        // shortened by pushing a closing mark down holds 27 and is justified to the full measure; each pair of marks
        // set at half width, 标点挤压, makes room for one more).
        var full = bodyPages.SelectMany(p => p).Where(l => l.Text.All(c => c >= '\u3000') && l.Left < 28 * Mm + 2 && l.Right > (28 + 156) * Mm - 2).ToList();
        full.Should().NotBeEmpty();
        full.Should().OnlyContain(l => l.Text.Length >= 27 && l.Text.Length <= 28 + (l.Text.Count(c => "，。、；：？！）》」』”’〕】（《「『“‘〔【".Contains(c, StringComparison.Ordinal)) / 2));
        full.Count(l => l.Text.Length == 28).Should().BeGreaterThan(full.Count / 2);
    }

    [Fact]
    public void Write_FirstPageBody_SitsOnTheSameLineGridAsLaterPages()
    {
        var pdf = new PdfReadBack(Render(Numbered));
        const double linePitch = 225 * Mm / 22;
        var grid = pdf.Pages[1][0].Baseline;

        // Page 1 after the 主送 line: the preamble's lines (the 版头 and title above are not body text).
        var preamble = pdf.Pages[0].SkipWhile(l => !l.Text.EndsWith('：')).Skip(1).Where(l => !l.Text.StartsWith('—')).ToList();

        preamble.Should().NotBeEmpty();
        foreach (var line in preamble)
        {
            var steps = (grid - line.Baseline) / linePitch;
            Math.Abs(steps - Math.Round(steps)).Should().BeLessThan(0.02, $"'{line.Text}' is on the page grid");
        }
    }
}
