using NodaTime;
using Supervision.Reporting.Domain;

namespace Supervision.Reporting.Rendering.Excel;

// The deadline light of a detail row as of the ledger's date (DESIGN §6).
// TEMPORARY until the analytics module lands: then this delegates to RoundAnalytics.LightOf.
internal static class LedgerLights
{
    public static LightFill Of(Finding finding, LocalDate asOf, LedgerOptions options)
    {
        if (finding.Rectification is not { } r || finding.FoundOn > asOf)
        {
            return LightFill.None;
        }

        if (r.IsRectifiedAsOf(asOf))
        {
            return LightFill.Green;
        }

        if (r.IsOverdueAsOf(asOf, options.Calendar))
        {
            return LightFill.Red;
        }

        if (r.Mode == RectificationMode.Ongoing)
        {
            return LightFill.Blue;
        }

        return r.EffectiveDeadline(asOf, options.Calendar) is { } deadline
            && options.Calendar.CountWorkingDays(asOf, deadline) <= options.DueSoonWorkingDays
            ? LightFill.Yellow
            : LightFill.None;
    }
}
