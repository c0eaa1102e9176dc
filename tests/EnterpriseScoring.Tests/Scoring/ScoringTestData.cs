namespace EnterpriseScoring.Tests.Scoring;

/// <summary>Seeded random pools shared by the scoring and benchmark tests.</summary>
internal static class ScoringTestData
{
    /// <summary>A pool of <paramref name="n"/> values in [min, max); about a third rounded to integers so that ties occur.</summary>
    public static double[] Pool(int seed, int n, double min = -20, double max = 200)
    {
        var random = new Random(seed);
        var values = new double[n];
        for (var i = 0; i < n; i++)
        {
            var v = min + (random.NextDouble() * (max - min));
            values[i] = random.Next(3) == 0 ? Math.Round(v) : v;
        }

        return values;
    }

    /// <summary>A shuffled copy (Fisher–Yates, seeded).</summary>
    public static double[] Shuffled(double[] values, int seed)
    {
        var copy = (double[])values.Clone();
        new Random(seed).Shuffle(copy);
        return copy;
    }

    /// <summary>Whether two doubles have the same bits.</summary>
    public static bool SameBits(double a, double b) => BitConverter.DoubleToInt64Bits(a) == BitConverter.DoubleToInt64Bits(b);

    /// <summary>Index of the first element whose bits differ, or −1.</summary>
    public static int FirstBitDifference(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        if (a.Length != b.Length)
        {
            return Math.Min(a.Length, b.Length);
        }

        for (var i = 0; i < a.Length; i++)
        {
            if (!SameBits(a[i], b[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
