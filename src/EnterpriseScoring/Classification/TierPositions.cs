namespace EnterpriseScoring.Classification;

/// <summary>
/// The position range of each firm's tie group in a scope sorted by total, descending: the best position of a
/// group is 1 + the number of firms with a strictly higher total, the worst is the number with a total ≥ its own.
/// Independent of row order and of the ranking tie policy.
/// </summary>
internal static class TierPositions
{
    public static void Compute(ReadOnlySpan<double> totals, Span<int> best, Span<int> worst)
    {
        var n = totals.Length;
        var order = new int[n];
        var keys = new double[n];
        for (var i = 0; i < n; i++)
        {
            order[i] = i;
            keys[i] = -totals[i];
        }

        Array.Sort(keys, order);
        var start = 0;
        while (start < n)
        {
            var end = start;
            while (end + 1 < n && keys[end + 1] == keys[start])
            {
                end++;
            }

            for (var k = start; k <= end; k++)
            {
                best[order[k]] = start + 1;
                worst[order[k]] = end + 1;
            }

            start = end + 1;
        }
    }

    public static int Headcount(double percent, int count, HeadcountRounding rounding)
    {
        var exact = Math.Round(percent * count / 100.0, 9);
        var rounded = rounding switch
        {
            HeadcountRounding.Floor => Math.Floor(exact),
            HeadcountRounding.Ceiling => Math.Ceiling(exact),
            _ => Math.Round(exact, MidpointRounding.AwayFromZero),
        };
        return (int)Math.Clamp(rounded, 0, count);
    }
}
