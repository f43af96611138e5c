namespace Supervision.Reporting.Rendering.Pdf.Bulletins.Content;

// Shares shown with one decimal that add up to 100.0% (largest-remainder rounding): 15 and 1 of 16 are 93.8% and
// 6.2%, not 93.8% and 6.3%, so that a reader adding up the column finds the total the table states.
internal static class Shares
{
    // Fractions in steps of 0.001 (0.1%), one per count, summing to exactly 1 when the counts are not all zero.
    public static double[] Of(IReadOnlyList<int> counts)
    {
        var result = new double[counts.Count];
        long total = 0;
        foreach (var c in counts)
        {
            total += c;
        }

        if (total <= 0)
        {
            return result;
        }

        const int Steps = 1000;
        var floors = new long[counts.Count];
        var remainders = new (long Remainder, int Index)[counts.Count];
        long given = 0;
        for (var i = 0; i < counts.Count; i++)
        {
            var scaled = (long)counts[i] * Steps;
            floors[i] = scaled / total;
            remainders[i] = (scaled % total, i);
            given += floors[i];
        }

        // The steps left go to the largest remainders; ties to the earlier entry, so the result is stable.
        foreach (var (_, index) in remainders.OrderByDescending(r => r.Remainder).ThenBy(r => r.Index).Take((int)(Steps - given)))
        {
            floors[index]++;
        }

        for (var i = 0; i < counts.Count; i++)
        {
            result[i] = floors[i] / (double)Steps;
        }

        return result;
    }
}
