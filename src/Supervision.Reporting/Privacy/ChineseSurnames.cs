namespace Supervision.Reporting.Privacy;

// Compound surnames (复姓) that masking must keep whole: 欧阳某, not 欧某. The list covers the compound
// surnames in current use (the 百家姓 compounds still borne today); a person whose surname is not here
// and is not the first character of the name sets `surname` in the round.
internal static class ChineseSurnames
{
    private static readonly string[] Compound =
    [
        "欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒",
        "夏侯", "轩辕", "令狐", "钟离", "端木", "呼延", "独孤", "南宫", "西门", "申屠", "澹台", "公冶",
        "太史", "闻人", "赫连", "濮阳", "淳于", "单于", "司空", "仲孙", "万俟", "亓官", "司寇", "巫马",
        "宗政", "拓跋", "百里", "东郭", "南门", "羊舌", "微生", "梁丘", "左丘", "东门", "第五", "公羊",
        "谷梁", "乐正", "漆雕", "壤驷", "公良", "宰父", "段干", "子车", "颛孙", "鲜于", "闾丘", "歐陽",
        "諸葛", "東方", "長孫", "軒轅", "鍾離", "獨孤", "南宮", "尉遲", "司馬", "公孫", "澹臺", "單于",
        "聞人", "赫連", "拓拔",
    ];

    // The surname of a full name: a known compound surname when the name starts with one and is longer
    // than it, else the first character (a whole code point, so 𠮷 is not split).
    public static string SurnameOf(string name)
    {
        foreach (var compound in Compound)
        {
            if (name.Length > compound.Length && name.StartsWith(compound, StringComparison.Ordinal))
            {
                return compound;
            }
        }

        return name.Length == 0 ? name : name[..(char.IsHighSurrogate(name[0]) && name.Length > 1 ? 2 : 1)];
    }
}
