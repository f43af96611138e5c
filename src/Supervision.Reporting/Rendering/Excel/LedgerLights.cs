using NodaTime;
using Supervision.Reporting.Analytics;
using Supervision.Reporting.Domain;

namespace Supervision.Reporting.Rendering.Excel;

// The fill of a detail row: the deadline light of DESIGN §6 as the analytics module defines it, so the
// ledger and the statistics can never disagree about which problems are red.
internal static class LedgerLights
{
    public static LightFill Of(Finding finding, LocalDate asOf, AnalyticsOptions options) => RoundAnalytics.LightOf(finding, asOf, options) switch
    {
        DeadlineLight.Green => LightFill.Green,
        DeadlineLight.Yellow => LightFill.Yellow,
        DeadlineLight.Red => LightFill.Red,
        DeadlineLight.Blue => LightFill.Blue,
        _ => LightFill.None,
    };
}
