using NodaTime;
using Supervision.Reporting.Rendering.Pdf.Bulletins.Content;

namespace Supervision.Reporting.Tests.Rendering.Bulletins;

public sealed class ChineseTextTests
{
    [Theory]
    [InlineData("全州县", "全州县黄沙河镇", "全州县黄沙河镇")]
    [InlineData("全州县黄沙河镇", "黄沙河镇高速路口检查站", "全州县黄沙河镇高速路口检查站")]
    [InlineData("全州县", "文桥镇", "全州县文桥镇")]
    public void AppendWithoutOverlap_DropsTheRepeatedPart(string head, string next, string expected) =>
        ChineseText.AppendWithoutOverlap(head, next).Should().Be(expected);

    [Theory]
    [InlineData("资源县梅溪镇坪水底村党总支部书记", "坪水底村党总支部书记对丧事未报备", "对丧事未报备")]
    [InlineData("全州县某检查站", "未对车辆应检尽检", "未对车辆应检尽检")]
    public void StripRepeatedSubject_RemovesWhatTheSubjectAlreadySays(string subject, string text, string expected) =>
        ChineseText.StripRepeatedSubject(subject, text).Should().Be(expected);

    [Theory]
    [InlineData("未整改", "未整改。")]
    [InlineData("已整改。", "已整改。")]
    [InlineData("措施如下，", "措施如下。")]
    public void Sentence_EndsWithOneFullStop(string text, string expected) => ChineseText.Sentence(text).Should().Be(expected);
}
