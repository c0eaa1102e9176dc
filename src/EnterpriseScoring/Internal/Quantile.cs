namespace EnterpriseScoring.Internal;

/// <summary>
/// Sample quantiles of sorted data (Hyndman &amp; Fan definitions). Our own implementation so that MathNet stays out
/// of public signatures; tested against MathNet's <c>Statistics.Quantile</c>.
/// </summary>
internal static class Quantile
{
    /// <summary>
    /// Hyndman–Fan type 7 (Excel <c>PERCENTILE.INC</c>, R's default): h = (n − 1)p (0-based),
    /// Q = x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋ + 1] − x[⌊h⌋]).
    /// </summary>
    /// <param name="sorted">Values sorted ascending; not empty.</param>
    /// <param name="p">The probability, in [0, 1].</param>
    public static double R7(ReadOnlySpan<double> sorted, double p)
    {
        var n = sorted.Length;
        if (n == 1 || p <= 0)
        {
            return sorted[0];
        }

        if (p >= 1)
        {
            return sorted[n - 1];
        }

        var h = (n - 1) * p;
        var lo = (int)Math.Floor(h);
        return Interpolate(sorted, lo, h - lo);
    }

    /// <summary>
    /// Hyndman–Fan type 6 (Excel <c>PERCENTILE.EXC</c>): h = (n + 1)p (1-based), clamped to the data range
    /// where Excel would return #NUM!.
    /// </summary>
    /// <param name="sorted">Values sorted ascending; not empty.</param>
    /// <param name="p">The probability, in [0, 1].</param>
    public static double R6(ReadOnlySpan<double> sorted, double p)
    {
        var n = sorted.Length;
        var h = (n + 1) * p;
        if (h <= 1)
        {
            return sorted[0];
        }

        if (h >= n)
        {
            return sorted[n - 1];
        }

        var lo = (int)Math.Floor(h);
        return Interpolate(sorted, lo - 1, h - lo);
    }

    /// <summary>The zero-based position and fraction a type-7 quantile interpolates at (for explanations).</summary>
    public static (int Lower, double Fraction) R7Position(int n, double p)
    {
        if (n == 1 || p <= 0)
        {
            return (0, 0);
        }

        if (p >= 1)
        {
            return (n - 1, 0);
        }

        var h = (n - 1) * p;
        var lo = (int)Math.Floor(h);
        return (lo, h - lo);
    }

    /// <summary>The zero-based position and fraction a type-6 quantile interpolates at (for explanations).</summary>
    public static (int Lower, double Fraction) R6Position(int n, double p)
    {
        var h = (n + 1) * p;
        if (h <= 1)
        {
            return (0, 0);
        }

        if (h >= n)
        {
            return (n - 1, 0);
        }

        var lo = (int)Math.Floor(h);
        return (lo - 1, h - lo);
    }

    private static double Interpolate(ReadOnlySpan<double> sorted, int lo, double fraction)
    {
        if (fraction == 0 || lo + 1 >= sorted.Length)
        {
            return sorted[lo];
        }

        return sorted[lo] + (fraction * (sorted[lo + 1] - sorted[lo]));
    }
}
