using Supervision.Reporting.Domain;

namespace Supervision.Reporting.Benchmarks;

// The synthetic round with the texts a real ledger carries: a one-line summary, a description of about a
// hundred characters, rectification measures, a progress note and responsible people. Texts come from a
// pool so that the round itself stays small in memory; the writers still encode every cell of every row.
internal static class LedgerRound
{
    private static readonly string[] Places = ["检查站", "卫生院", "核酸采样点", "农贸市场", "中心学校", "村委会", "社区服务中心", "隔离酒店"];
    private static readonly string[] Problems = ["未落实扫码测温登记", "值班人员脱岗", "台账记录不全", "物资储备不足", "信息报送不及时", "排查流于形式"];

    public static SupervisionRound Create(int findingCount, int seed)
    {
        var round = SyntheticRound.Create(findingCount, seed);
        var people = Enumerable.Range(0, findingCount / 25 + 1)
            .Select(p => new Person { Id = $"p{p}", Name = $"{"张王李赵刘陈杨黄"[p % 8]}某{p % 100}", Position = "负责人", Disclosure = Disclosure.Masked })
            .ToArray();
        var summaries = new string[48];
        var descriptions = new string[48];
        var measures = new string[48];
        for (var i = 0; i < summaries.Length; i++)
        {
            var place = Places[i % Places.Length];
            var problem = Problems[i % Problems.Length];
            summaries[i] = $"{place}{problem}";
            descriptions[i] = $"监督检查组实地检查发现，该{place}{problem}，工作人员对防控要求理解不到位、执行不严格，存在思想麻痹和侥幸心理，相关问题已现场反馈责任单位并督促整改。";
            measures[i] = $"责任单位立即召开专题会议，明确专人负责；对{place}开展全面自查，建立问题清单和整改台账，按期报送整改情况。";
        }

        var findings = new Finding[round.Findings.Count];
        for (var i = 0; i < findings.Length; i++)
        {
            var f = round.Findings[i];
            findings[i] = f with
            {
                Summary = summaries[i % summaries.Length],
                Description = descriptions[i % descriptions.Length],
                ResponsiblePersonIds = [people[i % people.Length].Id],
                Rectification = f.Rectification! with
                {
                    Measures = measures[i % measures.Length],
                    OwnerId = people[i % people.Length].Id,
                    Progress = [new ProgressEntry { Date = f.Rectification.AssignedOn, Status = RectificationStatus.InProgress, Note = "已制定整改方案，正在推进落实。" }],
                },
            };
        }

        return round with { People = people, Findings = findings };
    }
}
