using Supervision.Reporting.Rendering.Pdf.Bulletins.Content;

namespace Supervision.Reporting.Tests.Rendering.Bulletins;

// English titles in headline style, vocabulary labels inside sentences in lower case except proper nouns and acronyms.
public sealed class EnglishTextTests
{
    [Theory]
    [InlineData("Notice on 5 Typical Cases of Lax enforcement of control measures and Others in 疫情防控 Work", "Notice on 5 Typical Cases of Lax Enforcement of Control Measures and Others in 疫情防控 Work")]
    [InlineData("Notice on 1 Typical Case of One-size-fits-all in the work", "Notice on 1 Typical Case of One-Size-Fits-All in the Work")]
    [InlineData("Notice on 2 Typical Cases of “Four winds” problems and Formalism", "Notice on 2 Typical Cases of “Four Winds” Problems and Formalism")]
    [InlineData("疫情防控专项监督: the work on 17 November", "疫情防控专项监督: The Work on 17 November")]
    [InlineData("the way to go", "The Way to Go")]
    [InlineData("Notice on the progress of COVID-19 checks in", "Notice on the Progress of COVID-19 Checks In")]
    [InlineData("Intra-Party warning of an official", "Intra-Party Warning of an Official")]
    [InlineData("关于疫情防控", "关于疫情防控")]
    public void Headline_CapitalisesAllButInnerMinorWords(string title, string expected)
    {
        EnglishText.Headline(title).Should().Be(expected);
    }

    [Theory]
    [InlineData("Lax enforcement of control measures", "lax enforcement of control measures")]
    [InlineData("Intra-Party warning", "intra-Party warning")]
    [InlineData("“Four winds” problems", "“four winds” problems")]
    [InlineData("PPE shortages", "PPE shortages")]
    [InlineData("形式主义", "形式主义")]
    [InlineData("", "")]
    public void InSentence_LowersTheFirstLetterOnly(string label, string expected)
    {
        EnglishText.InSentence(label).Should().Be(expected);
    }
}
