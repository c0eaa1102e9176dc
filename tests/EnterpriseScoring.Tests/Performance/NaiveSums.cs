using System.Globalization;
using System.Numerics;

namespace EnterpriseScoring.Tests.Performance;

/// <summary>Obviously-correct sums that the fast kernels are checked against.</summary>
internal static class NaiveSums
{
    private static readonly BigInteger FivePow1074 = BigInteger.Pow(5, 1074);

    /// <summary>Neumaier's compensated sum of the values in ascending order, sorted by a stable comparison sort.</summary>
    public static double SortedNeumaier(IEnumerable<double> values)
    {
        double sum = 0, compensation = 0;
        foreach (var v in values.Order())
        {
            var t = sum + v;
            compensation += Math.Abs(sum) >= Math.Abs(v) ? (sum - t) + v : (v - t) + sum;
            sum = t;
        }

        return sum + compensation;
    }

    /// <summary>
    /// The exact sum of finite values rounded once to the nearest double (+0 for none): every value as an integer number
    /// of 2^−1074 (the smallest double's unit), added as a <see cref="BigInteger"/>, written out as an exact decimal and
    /// parsed by <see cref="double.Parse(string, IFormatProvider)"/> (correctly rounded, ties to even, in .NET 6 and later) —
    /// independent of the engine's bit arithmetic.
    /// </summary>
    public static double Exact(IEnumerable<double> values)
    {
        var units = BigInteger.Zero;
        foreach (var v in values)
        {
            if (!double.IsFinite(v))
            {
                throw new ArgumentException($"Not finite: {v}.", nameof(values));
            }

            var bits = BitConverter.DoubleToUInt64Bits(v);
            var biased = (int)((bits >> 52) & 0x7FF);
            var fraction = (long)(bits & 0xF_FFFF_FFFF_FFFFUL);
            var m = biased == 0 ? fraction : fraction | (1L << 52);
            var term = new BigInteger(m) << (Math.Max(biased, 1) - 1); // m × 2^(e − 1075) = m × 2^(biased − 1) units of 2^−1074
            units += v < 0 ? -term : term;
        }

        if (units.IsZero)
        {
            return 0.0;
        }

        // units × 2^−1074 = units × 5^1074 / 10^1074: an exact decimal with 1074 digits after the point.
        var digits = BigInteger.Abs(units * FivePow1074).ToString(CultureInfo.InvariantCulture).PadLeft(1075, '0');
        var text = (units.Sign < 0 ? "-" : string.Empty) + digits[..^1074] + "." + digits[^1074..];
        return double.Parse(text, CultureInfo.InvariantCulture);
    }
}
