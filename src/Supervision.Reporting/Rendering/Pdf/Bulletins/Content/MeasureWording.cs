using System.Collections.Frozen;
using Supervision.Reporting.Domain;

namespace Supervision.Reporting.Rendering.Pdf.Bulletins.Content;

// Each measure form in its own legal wording, in the three languages kept in step in one table. A 党纪处分 or
// 政务处分 is "给予X…处分" (never 处理); the first-form measures have their own verbs (对X进行提醒谈话, 责令X作出书面
// 检查, 对X予以通报批评); 组织处理 is "对X作出免职处理". zh-Hant is written out, not converted, so that no
// character of a legal term is left to a character map. {0} is the people ("唐某等4人").
internal static class MeasureWording
{
    // The order forms are told in: sanctions and organisational handling before the lighter forms, heaviest first;
    // the first-form measures in the order the regulations list them (谈话提醒、批评教育、责令检查、诫勉), as
    // offices write "提醒谈话4人、批评教育5人".
    private static readonly MeasureForm[] Order =
    [
        MeasureForm.TransferToJudiciary,
        MeasureForm.ExpulsionFromParty, MeasureForm.PartyProbation, MeasureForm.RemovalFromPartyPosts, MeasureForm.PartySeriousWarning, MeasureForm.PartyWarning,
        MeasureForm.GovDismissal, MeasureForm.GovRemoval, MeasureForm.GovDowngrade, MeasureForm.GovMajorDemerit, MeasureForm.GovDemerit, MeasureForm.GovWarning,
        MeasureForm.OrderedResignation, MeasureForm.RemovalFromPost, MeasureForm.Demotion, MeasureForm.PositionAdjustment, MeasureForm.SuspensionForInspection,
        MeasureForm.ReminderTalk, MeasureForm.CriticismEducation, MeasureForm.OrderedSelfExamination, MeasureForm.Admonishment, MeasureForm.CirculatedCriticism,
    ];

    private static readonly FrozenDictionary<MeasureForm, int> Ranks = Order.Select((f, i) => (f, i)).ToFrozenDictionary(p => p.f, p => p.i);

    private static readonly FrozenDictionary<MeasureForm, (string ZhHans, string ZhHant, string English)> Clauses = new Dictionary<MeasureForm, (string, string, string)>
    {
        [MeasureForm.ReminderTalk] = ("对{0}进行提醒谈话", "對{0}進行提醒談話", "held a reminder talk with {0}"),
        [MeasureForm.CriticismEducation] = ("对{0}进行批评教育", "對{0}進行批評教育", "criticised and educated {0}"),
        [MeasureForm.OrderedSelfExamination] = ("责令{0}作出书面检查", "責令{0}作出書面檢查", "ordered {0} to make a written self-examination"),
        [MeasureForm.Admonishment] = ("对{0}进行诫勉", "對{0}進行誡勉", "admonished {0}"),
        [MeasureForm.CirculatedCriticism] = ("对{0}予以通报批评", "對{0}予以通報批評", "issued a circulated criticism of {0}"),
        [MeasureForm.PartyWarning] = ("给予{0}党内警告处分", "給予{0}黨內警告處分", "gave {0} an intra-Party warning"),
        [MeasureForm.PartySeriousWarning] = ("给予{0}党内严重警告处分", "給予{0}黨內嚴重警告處分", "gave {0} a serious intra-Party warning"),
        [MeasureForm.GovWarning] = ("给予{0}政务警告处分", "給予{0}政務警告處分", "gave {0} an administrative warning"),
        [MeasureForm.GovDemerit] = ("给予{0}政务记过处分", "給予{0}政務記過處分", "gave {0} an administrative demerit"),
        [MeasureForm.GovMajorDemerit] = ("给予{0}政务记大过处分", "給予{0}政務記大過處分", "gave {0} an administrative major demerit"),
        [MeasureForm.GovDowngrade] = ("给予{0}政务降级处分", "給予{0}政務降級處分", "gave {0} an administrative downgrade"),
        [MeasureForm.SuspensionForInspection] = ("责令{0}停职检查", "責令{0}停職檢查", "suspended {0} pending inspection"),
        [MeasureForm.PositionAdjustment] = ("对{0}作出调整职务处理", "對{0}作出調整職務處理", "adjusted the position of {0}"),
        [MeasureForm.OrderedResignation] = ("责令{0}辞职", "責令{0}辭職", "ordered {0} to resign"),
        [MeasureForm.RemovalFromPost] = ("对{0}作出免职处理", "對{0}作出免職處理", "removed {0} from post"),
        [MeasureForm.Demotion] = ("对{0}作出降职处理", "對{0}作出降職處理", "demoted {0}"),
        [MeasureForm.RemovalFromPartyPosts] = ("给予{0}撤销党内职务处分", "給予{0}撤銷黨內職務處分", "removed {0} from Party posts"),
        [MeasureForm.PartyProbation] = ("给予{0}留党察看处分", "給予{0}留黨察看處分", "placed {0} on Party probation"),
        [MeasureForm.ExpulsionFromParty] = ("给予{0}开除党籍处分", "給予{0}開除黨籍處分", "expelled {0} from the Party"),
        [MeasureForm.GovRemoval] = ("给予{0}政务撤职处分", "給予{0}政務撤職處分", "removed {0} from office as an administrative sanction"),
        [MeasureForm.GovDismissal] = ("给予{0}开除公职处分", "給予{0}開除公職處分", "dismissed {0} from public employment"),
        [MeasureForm.TransferToJudiciary] = ("将{0}涉嫌犯罪问题移送司法机关依法处理", "將{0}涉嫌犯罪問題移送司法機關依法處理", "transferred the suspected crimes of {0} to the judicial authorities"),
    }.ToFrozenDictionary();

    public static int Rank(MeasureForm form) => Ranks[form];

    // The name of a sanction inside "给予X…处分" (党内警告, 政务记过, 开除公职), for one person given several in one
    // decision: "给予魏某党内警告、政务记过处分". Null for a form that is not a sanction.
    public static string? SanctionName(MeasureForm form, Language language)
    {
        if (!IsSanction(form) || language == Language.English)
        {
            return null;
        }

        var clause = Clause(form, "\u0000", language);
        var start = clause.IndexOf('\u0000', StringComparison.Ordinal) + 1;
        return clause[start..^2];
    }

    // The handling clause for one form: "给予唐某党内警告处分", "對唐某進行提醒談話", "admonished Tang".
    public static string Clause(MeasureForm form, string people, Language language)
    {
        var (zhHans, zhHant, english) = Clauses[form];
        var pattern = language switch
        {
            Language.ZhHant => zhHant,
            Language.English => english,
            _ => zhHans,
        };
        return pattern.Replace("{0}", people, StringComparison.Ordinal);
    }

    // 党纪处分: decided by a 纪委 or a 党组织.
    public static bool IsPartySanction(MeasureForm form) => form is MeasureForm.PartyWarning or MeasureForm.PartySeriousWarning
        or MeasureForm.RemovalFromPartyPosts or MeasureForm.PartyProbation or MeasureForm.ExpulsionFromParty;

    // 政务处分: decided by a 监委 or the appointing body (任免机关).
    public static bool IsGovSanction(MeasureForm form) => form is MeasureForm.GovWarning or MeasureForm.GovDemerit or MeasureForm.GovMajorDemerit
        or MeasureForm.GovDowngrade or MeasureForm.GovRemoval or MeasureForm.GovDismissal;

    public static bool IsSanction(MeasureForm form) => IsPartySanction(form) || IsGovSanction(form);

    // 组织调整或组织处理.
    public static bool IsOrganisational(MeasureForm form) => form is MeasureForm.SuspensionForInspection or MeasureForm.PositionAdjustment
        or MeasureForm.OrderedResignation or MeasureForm.RemovalFromPost or MeasureForm.Demotion;
}
