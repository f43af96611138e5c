namespace Supervision.Reporting.Analytics;

internal static class Ratio
{
    // Every rate of §6 is 0 when its denominator is 0: a report must never print NaN.
    public static double Of(int part, int whole) => whole == 0 ? 0d : (double)part / whole;
}
