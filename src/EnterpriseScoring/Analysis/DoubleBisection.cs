namespace EnterpriseScoring.Analysis;

/// <summary>Bisection over the representable doubles: finds where a monotone test switches, to the last bit (at most 64 steps).</summary>
internal static class DoubleBisection
{
    /// <summary>
    /// The value on the passing side of the switch between <paramref name="fail"/> (the test is false) and
    /// <paramref name="pass"/> (true), adjacent to the last failing value: the smallest passing value when
    /// <paramref name="fail"/> &lt; <paramref name="pass"/>, the largest when <paramref name="fail"/> &gt; <paramref name="pass"/>.
    /// </summary>
    public static double Boundary(double fail, double pass, Func<double, bool> test)
    {
        var a = Key(fail);
        var b = Key(pass);
        while (a - b is > 1 or < -1)
        {
            var mid = (a >> 1) + (b >> 1) + (a & b & 1);
            if (test(Value(mid)))
            {
                b = mid;
            }
            else
            {
                a = mid;
            }
        }

        return Value(b);
    }

    /// <summary>A key in the order of the doubles (−0 and +0 share one).</summary>
    private static long Key(double value)
    {
        var bits = BitConverter.DoubleToInt64Bits(value);
        return bits >= 0 ? bits : long.MinValue - bits;
    }

    private static double Value(long key) => BitConverter.Int64BitsToDouble(key >= 0 ? key : long.MinValue - key);
}
