namespace Supervision.Reporting.Privacy;

// Compound surnames (复姓) that masking must keep whole: 欧阳某, not 欧某.
internal static class ChineseSurnames
{
    private static readonly string[] Compound =
    [
        "欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯", "轩辕",
        "令狐", "钟离", "端木", "呼延", "独孤", "南宫", "西门", "百里", "东郭", "南门", "万俟", "闻人", "赫连", "澹台",
        "公冶", "宗政", "濮阳", "淳于", "单于", "太叔", "申屠", "仲孙", "闾丘", "子车", "颛孙", "司寇", "巫马", "公西",
        "漆雕", "乐正", "壤驷", "公良", "拓跋", "夹谷", "宰父", "谷梁", "段干", "司空", "第五", "梁丘", "左丘", "东门",
        "歐陽", "司馬", "諸葛", "皇甫", "尉遲", "公孫", "長孫", "宇文", "夏侯", "軒轅", "令狐", "鍾離", "獨孤", "南宮",
    ];

    public static string SurnameOf(string name, string? explicitSurname)
    {
        if (!string.IsNullOrEmpty(explicitSurname))
        {
            return explicitSurname;
        }

        foreach (var compound in Compound)
        {
            if (name.Length > compound.Length && name.StartsWith(compound, StringComparison.Ordinal))
            {
                return compound;
            }
        }

        // One character, counting a surrogate pair (a rare CJK character) as one.
        return name.Length >= 2 && char.IsHighSurrogate(name[0]) ? name[..2] : name.Length > 0 ? name[..1] : name;
    }
}
